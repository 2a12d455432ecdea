using Microsoft.Extensions.Options;

namespace Shop.Web.Payments.Braintree;

/// <summary>
/// At start, refuses a shop whose currency (Shop:Currency) is not the one its Braintree merchant account settles in:
/// every charge would be in the wrong currency. When Braintree cannot tell (keys without that permission, an outage)
/// the shop starts and says so in the log.
/// </summary>
public sealed class MerchantAccountCheck(BraintreeGateway gateway, IOptions<ShopOptions> shop, IOptions<BraintreeOptions> braintree,
    ILogger<MerchantAccountCheck> log) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var (currency, reason) = await gateway.ReadMerchantAccountCurrencyAsync(cancellationToken);
        var account = string.IsNullOrWhiteSpace(braintree.Value.MerchantAccountId)
            ? "The default Braintree merchant account"
            : $"Braintree merchant account '{braintree.Value.MerchantAccountId!.Trim()}'";
        if (currency is null)
        {
            log.LogWarning("Could not check the currency of the Braintree merchant account: {Reason}", reason);
            return;
        }
        var ours = shop.Value.Currency.Trim().ToUpperInvariant();
        if (currency != ours)
            throw new StartupFailure(
                $"{account} settles in {currency} but Shop:Currency is {ours}: set Shop:Payments:Braintree:MerchantAccountId to an account in {ours}, or Shop:Currency to {currency}.");
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
