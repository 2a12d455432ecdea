using Shop.Domain.Ordering;
using Shop.Web.Payments.Braintree;

namespace Shop.Tests.Payments;

/// <summary>PayPal accounts and saved cards with their CVV: which mutation charges them, and what is sent.</summary>
public class BraintreePayPalContractTests : BraintreeContractFixture
{
    private static string Transaction(string mutation, string status, string history = "") => $$$$$"""
        {"data":{"{{{{{mutation}}}}}":{"transaction":{"id":"dHJhbnNhY3Rpb25fcHA","legacyId":"pp123456","status":"{{{{{status}}}}}",
         "orderId":"{{{{{OrderId}}}}}","amount":{"value":"10.00","currencyCode":"USD"},"statusHistory":[{{{{{history}}}}}]}}}}
        """;

    [Test]
    public async Task A_PayPal_account_is_charged_with_chargePayPalAccount()
    {
        Server.Always(Transaction("chargePayPalAccount", "SETTLING"));

        var result = await Gateway().ChargeAsync(TenDollars("fake-paypal-one-time-nonce") with { Method = PaymentMethod.PayPal });

        var sent = Server.Requests.Single();
        Assert.Multiple(() =>
        {
            Assert.That(result, Is.EqualTo(new ChargeResult.Paid("dHJhbnNhY3Rpb25fcHA", "SETTLING", "pp123456", new Money(10m, "USD"))));
            Assert.That(sent.Query, Does.Contain("chargePayPalAccount(input: $input)"));
            Assert.That(sent.Input.GetProperty("paymentMethodId").GetString(), Is.EqualTo("fake-paypal-one-time-nonce"));
            Assert.That(sent.Input.GetProperty("transaction").GetProperty("orderId").GetString(), Is.EqualTo(OrderId));
        });
    }

    [Test]
    public async Task A_card_without_a_CVV_is_charged_as_before()
    {
        Server.Always(Transaction("chargePaymentMethod", "SUBMITTED_FOR_SETTLEMENT"));
        await Gateway().ChargeAsync(TenDollars());
        Assert.That(Server.Requests.Single().Query, Does.Contain("chargePaymentMethod(input: $input)"));
    }

    [Test]
    public async Task A_saved_card_s_CVV_goes_with_chargeCreditCard()
    {
        Server.Always(Transaction("chargeCreditCard", "SUBMITTED_FOR_SETTLEMENT"));

        var result = await Gateway().ChargeAsync(TenDollars("cGF5bWVudG1ldGhvZF9jYw") with { TokenizedCvv = "tokencvv_123" });

        var sent = Server.Requests.Single();
        Assert.Multiple(() =>
        {
            Assert.That(result, Is.TypeOf<ChargeResult.Paid>());
            Assert.That(sent.Query, Does.Contain("chargeCreditCard(input: $input)"));
            Assert.That(sent.Input.GetProperty("paymentMethodId").GetString(), Is.EqualTo("cGF5bWVudG1ldGhvZF9jYw"));
            Assert.That(sent.Input.GetProperty("options").GetProperty("tokenizedCvv").GetString(), Is.EqualTo("tokencvv_123"));
        });
    }

    [Test]
    public async Task A_CVV_that_does_not_match_is_a_CVV_rejection()
    {
        Server.Always(Transaction("chargeCreditCard", "GATEWAY_REJECTED", """{"status":"GATEWAY_REJECTED","gatewayRejectionReason":"CVV"}"""));

        var result = await Gateway().ChargeAsync(TenDollars("cGF5bWVudG1ldGhvZF9jYw") with { TokenizedCvv = "tokencvv_200" });

        Assert.That(result, Is.EqualTo(new ChargeResult.Rejected("CVV", "dHJhbnNhY3Rpb25fcHA")));
        Assert.That(Shop.Web.Payments.PaymentRefusals.Explain(result), Does.Contain("security code (CVV) did not match"));
    }
}
