using Shop.Web;
using Shop.Web.Payments.Braintree;

namespace Shop.Tests.Payments;

/// <summary>Any currency: amounts in the currency's own decimals, and the merchant account's currency checked at start.</summary>
public class CurrencyContractTests : BraintreeContractFixture
{
    private static string Accounts(params (string Id, string Currency, bool IsDefault)[] accounts) =>
        """{"data":{"viewer":{"merchant":{"merchantAccounts":{"edges":[""" +
        string.Join(",", accounts.Select(a => $$$"""{"node":{"id":"{{{a.Id}}}","currencyCode":"{{{a.Currency}}}","isDefault":{{{(a.IsDefault ? "true" : "false")}}}}}""")) +
        "]}}}}}";

    private Task CheckAsync(string shopCurrency, string? merchantAccountId = null) =>
        new MerchantAccountCheck(Gateway(merchantAccountId: merchantAccountId), Options.Create(new ShopOptions { Currency = shopCurrency }),
            Options.Create(new BraintreeOptions { MerchantAccountId = merchantAccountId }), new ListLogger<MerchantAccountCheck>())
            .StartAsync(CancellationToken.None);

    [Test]
    public async Task A_yen_charge_is_sent_without_decimals_to_the_chosen_merchant_account()
    {
        Server.Always("""{"data":{"chargePaymentMethod":{"transaction":{"id":"dHhuX2pweQ","legacyId":"txnjpy","status":"SUBMITTED_FOR_SETTLEMENT","amount":{"value":"1235","currencyCode":"JPY"},"statusHistory":[]}}}}""");

        var result = await Gateway(merchantAccountId: "shop_jpy").ChargeAsync(new ChargeRequest(new Money(1234.5m, "JPY"), OrderId, "fake-valid-nonce", Key));

        var transaction = Server.Requests.Single().Input.GetProperty("transaction");
        Assert.Multiple(() =>
        {
            Assert.That(transaction.GetProperty("amount").GetString(), Is.EqualTo("1235"));
            Assert.That(transaction.GetProperty("merchantAccountId").GetString(), Is.EqualTo("shop_jpy"));
            Assert.That(result, Is.TypeOf<ChargeResult.Paid>().With.Property("Amount").EqualTo(new Money(1235m, "JPY")));
        });
    }

    [Test]
    public async Task A_yen_refund_is_sent_without_decimals()
    {
        Server.Always("""{"data":{"refundTransaction":{"refund":{"id":"cmVmdW5k","status":"SUBMITTED_FOR_SETTLEMENT","amount":{"value":"500","currencyCode":"JPY"}}}}}""");

        await Gateway().RefundAsync("dHhuX2pweQ", new Money(500m, "JPY"));

        Assert.That(Server.Requests.Single().Input.GetProperty("refund").GetProperty("amount").GetString(), Is.EqualTo("500"));
    }

    [Test]
    public async Task A_shop_in_another_currency_than_the_named_merchant_account_is_refused_at_start()
    {
        Server.Always(Accounts(("shop_eur", "EUR", false)));

        await Assert.ThatAsync(() => CheckAsync("USD", "shop_eur"), Throws.TypeOf<StartupFailure>().With.Message.EqualTo(
            "Braintree merchant account 'shop_eur' settles in EUR but Shop:Currency is USD: set Shop:Payments:Braintree:MerchantAccountId to an account in USD, or Shop:Currency to EUR."));
        Assert.That(Server.Requests.Single().Input.GetProperty("id").GetProperty("is").GetString(), Is.EqualTo("shop_eur"));
    }

    [Test]
    public async Task Without_a_named_account_the_default_one_is_checked()
    {
        Server.Always(Accounts(("shop_gbp", "GBP", false), ("shop_usd", "USD", true)));

        await Assert.ThatAsync(() => CheckAsync("USD"), Throws.Nothing);
        await Assert.ThatAsync(() => CheckAsync("GBP"), Throws.TypeOf<StartupFailure>().With.Message
            .StartsWith("The default Braintree merchant account settles in USD but Shop:Currency is GBP"));
    }

    [TestCase("""{"data":{"viewer":null},"errors":[{"message":"not allowed","extensions":{"errorClass":"AUTHORIZATION"}}]}""")]
    [TestCase("""{"data":{"viewer":{"merchant":{"merchantAccounts":{"edges":[]}}}}}""")]
    public async Task When_braintree_cannot_tell_the_shop_starts(string answer)
    {
        Server.Always(answer);
        await Assert.ThatAsync(() => CheckAsync("USD", "shop_usd"), Throws.Nothing);
    }

    [Test]
    public async Task A_dinar_charge_is_sent_with_three_decimals()
    {
        Server.Always("""{"data":{"chargePaymentMethod":{"transaction":{"id":"dHhuX2t3ZA","legacyId":"txnkwd","status":"SUBMITTED_FOR_SETTLEMENT","amount":{"value":"12.345","currencyCode":"KWD"},"statusHistory":[]}}}}""");

        var result = await Gateway().ChargeAsync(new ChargeRequest(new Money(12.345m, "KWD"), OrderId, "fake-valid-nonce", Key));

        Assert.That(Server.Requests.Single().Input.GetProperty("transaction").GetProperty("amount").GetString(), Is.EqualTo("12.345"));
        Assert.That(result, Is.TypeOf<ChargeResult.Paid>().With.Property("Amount").EqualTo(new Money(12.345m, "KWD")));
    }
}
