using Shop.Domain.Ordering;

namespace Shop.Tests.Payments;

/// <summary>Reading a nonce's 3-D Secure result: the request, and each kind of answer.</summary>
public class BraintreeThreeDSecureContractTests : BraintreeContractFixture
{
    private const string Nonce = "tokencc_bc_3ds_nonce";

    private static string Card(string authentication) => $$$"""
        {"data":{"node":{"__typename":"PaymentMethod","id":"{{{Nonce}}}","details":{"__typename":"CreditCardDetails",
         "threeDSecure":{{{authentication}}} } } } }
        """;

    [Test]
    public async Task An_authenticated_card_is_read_from_the_payment_method_node()
    {
        Server.Always(Card("""{"authentication":{"liabilityShifted":true,"liabilityShiftPossible":true,"authenticationStatus":"AUTHENTICATE_SUCCESSFUL","cardEnrolled":"YES"}}"""));

        var lookup = await Gateway().ReadThreeDSecureAsync(Nonce);

        Assert.That(lookup, Is.EqualTo(new ThreeDSecureLookup.Found(new ThreeDSecureResult(true, true, true, "AUTHENTICATE_SUCCESSFUL", "YES"))));
        var sent = Server.Requests.Single();
        Assert.That(sent.Query, Does.Contain("node(id: $id)").And.Contain("threeDSecure"));
        Assert.That(sent.Variables.GetProperty("id").GetString(), Is.EqualTo(Nonce));
    }

    [Test]
    public async Task A_failed_authentication_is_read_as_such()
    {
        Server.Always(Card("""{"authentication":{"liabilityShifted":false,"liabilityShiftPossible":true,"authenticationStatus":"AUTHENTICATE_FAILED","cardEnrolled":"YES"}}"""));
        var lookup = await Gateway().ReadThreeDSecureAsync(Nonce);
        Assert.That(lookup, Is.EqualTo(new ThreeDSecureLookup.Found(new ThreeDSecureResult(true, false, true, "AUTHENTICATE_FAILED", "YES"))));
    }

    [Test]
    public async Task A_saved_payment_method_is_told_from_a_one_time_nonce_by_its_usage()
    {
        Server.Always("""{"data":{"node":{"__typename":"PaymentMethod","id":"cGF5bWVudG1ldGhvZF9jY19hYmM","usage":"MULTI_USE","details":{"__typename":"CreditCardDetails","threeDSecure":null}}}}""");
        var saved = await Gateway().ReadThreeDSecureAsync(Nonce);
        Server.Always("""{"data":{"node":{"__typename":"PaymentMethod","id":"tokencc_x","usage":"SINGLE_USE","details":{"__typename":"CreditCardDetails","threeDSecure":null}}}}""");
        var once = await Gateway().ReadThreeDSecureAsync(Nonce);

        Assert.That(saved, Is.EqualTo(new ThreeDSecureLookup.Found(ThreeDSecureResult.NotRun) { IsSaved = true }));
        Assert.That(once, Is.EqualTo(new ThreeDSecureLookup.Found(ThreeDSecureResult.NotRun)));
        Assert.That(Server.Requests.First().Query, Does.Contain("usage"));
    }

    [Test]
    public async Task A_card_without_3DS_data_was_not_run()
    {
        Server.Always(Card("null"));
        Assert.That(await Gateway().ReadThreeDSecureAsync(Nonce), Is.EqualTo(new ThreeDSecureLookup.Found(ThreeDSecureResult.NotRun)));
    }

    [Test]
    public async Task PayPal_is_not_a_card_and_names_its_payer()
    {
        Server.Always("""{"data":{"node":{"__typename":"PaymentMethod","id":"x","details":{"__typename":"PayPalAccountDetails","email":"payer@example.com"}}}}""");
        Assert.That(await Gateway().ReadThreeDSecureAsync(Nonce), Is.EqualTo(new ThreeDSecureLookup.Found(ThreeDSecureResult.NotACard)
        {
            Method = PaymentMethod.PayPal, PayerEmail = "payer@example.com",
        }));
    }

    [Test]
    public async Task An_unknown_nonce_is_invalid()
    {
        Server.Always("""{"data":{"node":null},"errors":[{"message":"An object with this ID was not found.","extensions":{"errorClass":"NOT_FOUND"}}]}""");
        Assert.That(await Gateway().ReadThreeDSecureAsync(Nonce), Is.TypeOf<ThreeDSecureLookup.Invalid>());
    }

    [Test]
    public async Task An_outage_is_unavailable_after_one_retry()
    {
        Server.Always("oops", status: 503);
        Assert.That(await Gateway().ReadThreeDSecureAsync(Nonce), Is.TypeOf<ThreeDSecureLookup.Unavailable>());
        Assert.That(Server.Requests, Has.Count.EqualTo(2), "a read is retried once");
    }

    [Test]
    public async Task Braintree_s_own_3DS_rejection_is_told_as_a_failed_3DS()
    {
        Server.Always("""
            {"data":{"chargePaymentMethod":{"transaction":{"id":"dHJhbnNhY3Rpb25fMw","status":"GATEWAY_REJECTED",
             "statusHistory":[{"status":"GATEWAY_REJECTED","gatewayRejectionReason":"THREE_D_SECURE"}]}}}}
            """);

        var result = await Gateway().ChargeAsync(TenDollars(Nonce));

        Assert.That(result, Is.EqualTo(new ChargeResult.Rejected("THREE_D_SECURE", "dHJhbnNhY3Rpb25fMw")));
        Assert.That(Shop.Web.Payments.PaymentRefusals.Explain(result), Does.Contain("3-D Secure").And.Contain("not been charged"));
    }
}
