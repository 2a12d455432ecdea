using Microsoft.Extensions.Configuration;
using Shop.Web.Payments.Braintree;

namespace Shop.Tests.Payments;

public class PaymentsSetupTests
{
    private static ServiceProvider Services(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddPayments(configuration);
        return services.BuildServiceProvider();
    }

    [Test]
    public void Without_keys_the_simulated_gateway_is_used()
    {
        using var sp = Services(new() { ["Shop:Payments:Braintree:PublicKey"] = "pub", ["Shop:Payments:Braintree:PrivateKey"] = "" });
        var gateway = sp.GetRequiredService<IPaymentGateway>();
        Assert.That(gateway, Is.TypeOf<SimulatedBraintreeGateway>());
        Assert.That(sp.GetRequiredService<IPaymentGateway>(), Is.SameAs(gateway), "one in-memory ledger per app");
    }

    [Test]
    public void With_keys_braintree_is_used()
    {
        using var sp = Services(new()
        {
            ["Shop:Payments:Braintree:PublicKey"] = "pub",
            ["Shop:Payments:Braintree:PrivateKey"] = "priv",
            ["Shop:Payments:Braintree:MerchantId"] = "mid",
        });
        Assert.That(sp.GetRequiredService<IPaymentGateway>(), Is.TypeOf<BraintreeGateway>());
        Assert.That(sp.GetRequiredService<BraintreeWebhookVerifier>(), Is.Not.Null);
    }

    [Test]
    public void A_misspelt_environment_fails_at_startup()
    {
        Assert.Throws<InvalidOperationException>(() => Services(new()
        {
            ["Shop:Payments:Braintree:PublicKey"] = "pub",
            ["Shop:Payments:Braintree:PrivateKey"] = "priv",
            ["Shop:Payments:Braintree:MerchantId"] = "mid",
            ["Shop:Payments:Braintree:Environment"] = "Sandbx",
        }));
    }
}

public class PaymentsInTheShopTests
{
    [Test]
    public void The_shop_starts_with_the_simulated_gateway_when_no_keys_are_configured()
    {
        using var app = new Shop.Tests.Support.ShopApp();
        var gateway = app.Services.GetRequiredService<IPaymentGateway>();
        Assert.That(gateway.IsSimulated, Is.True);
    }
}
