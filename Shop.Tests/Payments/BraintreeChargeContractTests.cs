using System.Net.Sockets;
using System.Text.Json;
using Shop.Web.Payments.Braintree;

namespace Shop.Tests.Payments;

/// <summary>Charges: the request Braintree gets, and every kind of answer read into a result.</summary>
public class BraintreeChargeContractTests : BraintreeContractFixture
{
    private static string Transaction(string status, string history) => $$$$$"""
        {"data":{"chargePaymentMethod":{"transaction":{"id":"dHJhbnNhY3Rpb25fYWJjMTIzNDU","legacyId":"abc12345","status":"{{{{{status}}}}}",
         "orderId":"{{{{{OrderId}}}}}","amount":{"value":"10.00","currencyCode":"USD"},"statusHistory":[{{{{{history}}}}}]}}},
         "extensions":{"requestId":"req-42"}}
        """;

    [Test]
    public async Task A_charge_sends_the_documented_request()
    {
        Server.Always(Transaction("SUBMITTED_FOR_SETTLEMENT", """{"status":"SUBMITTED_FOR_SETTLEMENT"},{"status":"AUTHORIZED"}"""));

        var result = await Gateway(merchantAccountId: "shop_usd").ChargeAsync(TenDollars());

        Assert.That(result, Is.EqualTo(new ChargeResult.Paid("dHJhbnNhY3Rpb25fYWJjMTIzNDU", "SUBMITTED_FOR_SETTLEMENT", "abc12345", new Money(10m, "USD"))));
        var sent = Server.Requests.Single();
        var input = sent.Input;
        Assert.Multiple(() =>
        {
            Assert.That(sent.Authorization, Is.EqualTo("Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("pub_key:priv_secret"))));
            Assert.That(sent.BraintreeVersion, Is.EqualTo("2019-01-01"));
            Assert.That(sent.ContentType, Does.StartWith("application/json"));
            Assert.That(sent.Query, Does.Contain("mutation ChargePaymentMethod($input: ChargePaymentMethodInput!)"));
            Assert.That(sent.Query, Does.Contain("chargePaymentMethod(input: $input)"));
            Assert.That(input.GetProperty("paymentMethodId").GetString(), Is.EqualTo("fake-valid-nonce"));
            Assert.That(input.GetProperty("transaction").GetProperty("amount").GetString(), Is.EqualTo("10.00"));
            Assert.That(input.GetProperty("transaction").GetProperty("orderId").GetString(), Is.EqualTo(OrderId));
            Assert.That(input.GetProperty("transaction").GetProperty("merchantAccountId").GetString(), Is.EqualTo("shop_usd"));
            Assert.That(input.GetProperty("clientMutationId").GetString(), Is.EqualTo(Key.ToString()));
        });
    }

    [Test]
    public async Task Amounts_are_sent_with_invariant_culture_whatever_the_thread_culture()
    {
        Server.Always(Transaction("SUBMITTED_FOR_SETTLEMENT", ""));
        var culture = System.Globalization.CultureInfo.CurrentCulture;
        System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("de-DE");
        try
        {
            await Gateway().ChargeAsync(new ChargeRequest(new Money(1234.5m, "EUR"), OrderId, "fake-valid-nonce", Key));
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = culture;
        }
        Assert.That(Server.Requests.Single().Input.GetProperty("transaction").GetProperty("amount").GetString(), Is.EqualTo("1234.50"));
    }

    [Test]
    public async Task A_processor_decline_gives_its_code_and_message()
    {
        Server.Always(Transaction("PROCESSOR_DECLINED",
            """{"status":"PROCESSOR_DECLINED","declineType":"SOFT","processorResponse":{"legacyCode":"2000","message":"Do Not Honor"}},{"status":"AUTHORIZING"}"""));

        var result = await Gateway().ChargeAsync(TenDollars());

        Assert.That(result, Is.EqualTo(new ChargeResult.Declined("2000", "Do Not Honor", "dHJhbnNhY3Rpb25fYWJjMTIzNDU", MayRetry: true)));
    }

    [Test]
    public async Task A_failed_transaction_is_a_decline_that_may_be_retried()
    {
        Server.Always(Transaction("FAILED", """{"status":"FAILED","processorResponse":{"legacyCode":"3000","message":"Processor Network Unavailable - Try Again"}}"""));
        var result = await Gateway().ChargeAsync(TenDollars());
        Assert.That(result, Is.TypeOf<ChargeResult.Declined>().With.Property("Code").EqualTo("3000").And.Property("MayRetry").True);
    }

    [TestCase("FRAUD")]
    [TestCase("DUPLICATE")]
    [TestCase("APPLICATION_INCOMPLETE")]
    public async Task A_gateway_rejection_gives_its_reason(string reason)
    {
        Server.Always(Transaction("GATEWAY_REJECTED", $$$$$"""{"status":"GATEWAY_REJECTED","gatewayRejectionReason":"{{{{{reason}}}}}"}"""));
        var result = await Gateway().ChargeAsync(TenDollars());
        Assert.That(result, Is.EqualTo(new ChargeResult.Rejected(reason, "dHJhbnNhY3Rpb25fYWJjMTIzNDU")));
    }

    [TestCase("91564", "Cannot use a payment_method_nonce more than once.")]
    [TestCase("91565", "Unknown or expired payment_method_nonce.")]
    public async Task A_validation_error_is_invalid_with_its_legacy_code(string code, string message)
    {
        Server.Always($$$$$"""
            {"data":{"chargePaymentMethod":null},"errors":[{"message":"{{{{{message}}}}}","locations":[{"line":2,"column":3}],
             "path":["chargePaymentMethod"],"extensions":{"errorClass":"VALIDATION","legacyCode":"{{{{{code}}}}}","inputPath":["input","paymentMethodId"]}}],
             "extensions":{"requestId":"req-val"}}
            """);
        var result = await Gateway().ChargeAsync(TenDollars());
        Assert.That(result, Is.EqualTo(new ChargeResult.Invalid(code, message)));
        Assert.That(Log.Text, Does.Contain("req-val"));
    }

    [TestCase("AUTHENTICATION")]
    [TestCase("AUTHORIZATION")]
    public async Task Refused_keys_in_a_graphql_error_mean_unavailable_and_nothing_charged(string errorClass)
    {
        Server.Always($$$$$"""{"data":null,"errors":[{"message":"nope","extensions":{"errorClass":"{{{{{errorClass}}}}}"}}]}""");
        var result = await Gateway().ChargeAsync(TenDollars());
        Assert.That(result, Is.TypeOf<ChargeResult.Unavailable>());
    }

    [TestCase(401)]
    [TestCase(403)]
    public async Task Http_401_and_403_mean_unavailable(int status)
    {
        Server.Always("Unauthorized", status, "text/plain");
        var result = await Gateway().ChargeAsync(TenDollars());
        Assert.That(result, Is.TypeOf<ChargeResult.Unavailable>().With.Property("Message").Contains("API keys"));
    }

    [TestCase(500)]
    [TestCase(503)]
    [TestCase(504)]
    public async Task A_server_error_on_a_charge_is_an_unknown_outcome_and_is_not_retried(int status)
    {
        Server.Always("""{"errors":[{"message":"boom","extensions":{"errorClass":"INTERNAL"}}]}""", status);
        var result = await Gateway().ChargeAsync(TenDollars());
        Assert.That(result, Is.TypeOf<ChargeResult.OutcomeUnknown>());
        Assert.That(Server.Requests, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task An_internal_graphql_error_on_a_charge_is_an_unknown_outcome()
    {
        Server.Always("""{"data":{"chargePaymentMethod":null},"errors":[{"message":"x","extensions":{"errorClass":"INTERNAL"}}]}""");
        Assert.That(await Gateway().ChargeAsync(TenDollars()), Is.TypeOf<ChargeResult.OutcomeUnknown>());
    }

    [Test]
    public async Task A_slow_gateway_times_out_as_an_unknown_outcome_without_a_retry()
    {
        Server.Answer = async (_, ctx) => await Task.Delay(TimeSpan.FromSeconds(30), ctx.RequestAborted);
        var watch = System.Diagnostics.Stopwatch.StartNew();

        var result = await Gateway().ChargeAsync(TenDollars());

        Assert.That(result, Is.TypeOf<ChargeResult.OutcomeUnknown>().With.Property("Message").Contains("did not answer"));
        Assert.That(watch.Elapsed, Is.LessThan(TimeSpan.FromSeconds(10)));
        Assert.That(Server.Requests, Has.Count.EqualTo(1));
    }

    [TestCase("<html><body>Bad gateway</body></html>")]
    [TestCase("{\"data\":")]
    [TestCase("[1,2,3]")]
    [TestCase("")]
    [TestCase("{\"unexpected\":true}")]
    public async Task A_garbage_body_is_an_unknown_outcome(string body)
    {
        Server.Always(body, 200, "text/html");
        Assert.That(await Gateway().ChargeAsync(TenDollars()), Is.TypeOf<ChargeResult.OutcomeUnknown>());
    }

    [Test]
    public async Task A_flood_of_a_body_is_not_read_to_the_end()
    {
        Server.Always("{\"data\":{\"x\":\"" + new string('a', 3_000_000) + "\"}}");
        Assert.That(await Gateway().ChargeAsync(TenDollars()), Is.TypeOf<ChargeResult.OutcomeUnknown>());
    }

    [Test]
    public async Task A_transaction_with_a_status_we_do_not_know_is_an_unknown_outcome()
    {
        Server.Always(Transaction("SOMETHING_NEW", ""));
        Assert.That(await Gateway().ChargeAsync(TenDollars()), Is.TypeOf<ChargeResult.OutcomeUnknown>());
    }

    [Test]
    public async Task A_gateway_nobody_listens_on_is_unavailable()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        var result = await Gateway(new Uri($"http://127.0.0.1:{port}/graphql")).ChargeAsync(TenDollars());
        Assert.That(result, Is.TypeOf<ChargeResult.Unavailable>());
    }

    [Test]
    public async Task Logs_carry_the_request_id_but_never_keys_or_nonces()
    {
        Server.Always(Transaction("SUBMITTED_FOR_SETTLEMENT", ""));
        await Gateway().ChargeAsync(TenDollars("fake-valid-visa-nonce"));
        Assert.That(Log.Text, Does.Contain("req-42").And.Contain("ChargePaymentMethod"));
        Assert.That(Log.Text, Does.Not.Contain("priv_secret").And.Not.Contain("fake-valid-visa-nonce")
            .And.Not.Contain(Convert.ToBase64String(Encoding.UTF8.GetBytes("pub_key:priv_secret"))));
    }
}
