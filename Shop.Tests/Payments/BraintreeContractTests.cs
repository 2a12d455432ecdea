using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;
using Shop.Domain;
using Shop.Web.Payments;
using Shop.Web.Payments.Braintree;

namespace Shop.Tests.Payments;

/// <summary>The real <see cref="BraintreeGateway"/> against a fake Braintree on 127.0.0.1: what it sends, how it reads answers.</summary>
public class BraintreeContractTests
{
    private const string OrderId = "SHP-7K3Q-X9MA";
    private static readonly Guid Key = Guid.Parse("6f1c9a4e-1d2b-4c3d-9e8f-0a1b2c3d4e5f");

    private FakeBraintreeServer _server = null!;
    private ListLogger<BraintreeGateway> _log = null!;

    [SetUp]
    public async Task StartFake()
    {
        _server = await FakeBraintreeServer.StartAsync();
        _log = new ListLogger<BraintreeGateway>();
    }

    [TearDown]
    public async Task StopFake() => await _server.DisposeAsync();

    private BraintreeGateway Gateway(Uri? endpoint = null, string? merchantAccountId = null) =>
        new(new HttpClient(), Options.Create(new BraintreeOptions
        {
            Endpoint = (endpoint ?? _server.Endpoint).ToString(),
            PublicKey = "pub_key",
            PrivateKey = "priv_secret",
            MerchantId = "merchant",
            MerchantAccountId = merchantAccountId,
            TimeoutSeconds = 1,
        }), _log);

    private static ChargeRequest TenDollars(string nonce = "fake-valid-nonce") => new(new Money(10m, "USD"), OrderId, nonce, Key);

    private static string Transaction(string status, string history) => $$$$$"""
        {"data":{"chargePaymentMethod":{"transaction":{"id":"dHJhbnNhY3Rpb25fYWJjMTIzNDU","legacyId":"abc12345","status":"{{{{{status}}}}}",
         "orderId":"{{{{{OrderId}}}}}","amount":{"value":"10.00","currencyCode":"USD"},"statusHistory":[{{{{{history}}}}}]}}},
         "extensions":{"requestId":"req-42"}}
        """;

    [Test]
    public async Task A_charge_sends_the_documented_request()
    {
        _server.Always(Transaction("SUBMITTED_FOR_SETTLEMENT", """{"status":"SUBMITTED_FOR_SETTLEMENT"},{"status":"AUTHORIZED"}"""));

        var result = await Gateway(merchantAccountId: "shop_usd").ChargeAsync(TenDollars());

        Assert.That(result, Is.EqualTo(new ChargeResult.Paid("dHJhbnNhY3Rpb25fYWJjMTIzNDU", "SUBMITTED_FOR_SETTLEMENT", "abc12345")));
        var sent = _server.Requests.Single();
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
        _server.Always(Transaction("SUBMITTED_FOR_SETTLEMENT", ""));
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
        Assert.That(_server.Requests.Single().Input.GetProperty("transaction").GetProperty("amount").GetString(), Is.EqualTo("1234.50"));
    }

    [Test]
    public async Task A_processor_decline_gives_its_code_and_message()
    {
        _server.Always(Transaction("PROCESSOR_DECLINED",
            """{"status":"PROCESSOR_DECLINED","declineType":"SOFT","processorResponse":{"legacyCode":"2000","message":"Do Not Honor"}},{"status":"AUTHORIZING"}"""));

        var result = await Gateway().ChargeAsync(TenDollars());

        Assert.That(result, Is.EqualTo(new ChargeResult.Declined("2000", "Do Not Honor", "dHJhbnNhY3Rpb25fYWJjMTIzNDU", MayRetry: true)));
    }

    [Test]
    public async Task A_failed_transaction_is_a_decline_that_may_be_retried()
    {
        _server.Always(Transaction("FAILED", """{"status":"FAILED","processorResponse":{"legacyCode":"3000","message":"Processor Network Unavailable - Try Again"}}"""));
        var result = await Gateway().ChargeAsync(TenDollars());
        Assert.That(result, Is.TypeOf<ChargeResult.Declined>().With.Property("Code").EqualTo("3000").And.Property("MayRetry").True);
    }

    [TestCase("FRAUD")]
    [TestCase("DUPLICATE")]
    [TestCase("APPLICATION_INCOMPLETE")]
    public async Task A_gateway_rejection_gives_its_reason(string reason)
    {
        _server.Always(Transaction("GATEWAY_REJECTED", $$$$$"""{"status":"GATEWAY_REJECTED","gatewayRejectionReason":"{{{{{reason}}}}}"}"""));
        var result = await Gateway().ChargeAsync(TenDollars());
        Assert.That(result, Is.EqualTo(new ChargeResult.Rejected(reason, "dHJhbnNhY3Rpb25fYWJjMTIzNDU")));
    }

    [TestCase("91564", "Cannot use a payment_method_nonce more than once.")]
    [TestCase("91565", "Unknown or expired payment_method_nonce.")]
    public async Task A_validation_error_is_invalid_with_its_legacy_code(string code, string message)
    {
        _server.Always($$$$$"""
            {"data":{"chargePaymentMethod":null},"errors":[{"message":"{{{{{message}}}}}","locations":[{"line":2,"column":3}],
             "path":["chargePaymentMethod"],"extensions":{"errorClass":"VALIDATION","legacyCode":"{{{{{code}}}}}","inputPath":["input","paymentMethodId"]}}],
             "extensions":{"requestId":"req-val"}}
            """);
        var result = await Gateway().ChargeAsync(TenDollars());
        Assert.That(result, Is.EqualTo(new ChargeResult.Invalid(code, message)));
        Assert.That(_log.Text, Does.Contain("req-val"));
    }

    [TestCase("AUTHENTICATION")]
    [TestCase("AUTHORIZATION")]
    public async Task Refused_keys_in_a_graphql_error_mean_unavailable_and_nothing_charged(string errorClass)
    {
        _server.Always($$$$$"""{"data":null,"errors":[{"message":"nope","extensions":{"errorClass":"{{{{{errorClass}}}}}"}}]}""");
        var result = await Gateway().ChargeAsync(TenDollars());
        Assert.That(result, Is.TypeOf<ChargeResult.Unavailable>());
    }

    [TestCase(401)]
    [TestCase(403)]
    public async Task Http_401_and_403_mean_unavailable(int status)
    {
        _server.Always("Unauthorized", status, "text/plain");
        var result = await Gateway().ChargeAsync(TenDollars());
        Assert.That(result, Is.TypeOf<ChargeResult.Unavailable>().With.Property("Message").Contains("API keys"));
    }

    [TestCase(500)]
    [TestCase(503)]
    [TestCase(504)]
    public async Task A_server_error_on_a_charge_is_an_unknown_outcome_and_is_not_retried(int status)
    {
        _server.Always("""{"errors":[{"message":"boom","extensions":{"errorClass":"INTERNAL"}}]}""", status);
        var result = await Gateway().ChargeAsync(TenDollars());
        Assert.That(result, Is.TypeOf<ChargeResult.OutcomeUnknown>());
        Assert.That(_server.Requests, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task An_internal_graphql_error_on_a_charge_is_an_unknown_outcome()
    {
        _server.Always("""{"data":{"chargePaymentMethod":null},"errors":[{"message":"x","extensions":{"errorClass":"INTERNAL"}}]}""");
        Assert.That(await Gateway().ChargeAsync(TenDollars()), Is.TypeOf<ChargeResult.OutcomeUnknown>());
    }

    [Test]
    public async Task A_slow_gateway_times_out_as_an_unknown_outcome_without_a_retry()
    {
        _server.Answer = async (_, ctx) => await Task.Delay(TimeSpan.FromSeconds(30), ctx.RequestAborted);
        var watch = System.Diagnostics.Stopwatch.StartNew();

        var result = await Gateway().ChargeAsync(TenDollars());

        Assert.That(result, Is.TypeOf<ChargeResult.OutcomeUnknown>().With.Property("Message").Contains("did not answer"));
        Assert.That(watch.Elapsed, Is.LessThan(TimeSpan.FromSeconds(10)));
        Assert.That(_server.Requests, Has.Count.EqualTo(1));
    }

    [TestCase("<html><body>Bad gateway</body></html>")]
    [TestCase("{\"data\":")]
    [TestCase("[1,2,3]")]
    [TestCase("")]
    [TestCase("{\"unexpected\":true}")]
    public async Task A_garbage_body_is_an_unknown_outcome(string body)
    {
        _server.Always(body, 200, "text/html");
        Assert.That(await Gateway().ChargeAsync(TenDollars()), Is.TypeOf<ChargeResult.OutcomeUnknown>());
    }

    [Test]
    public async Task A_flood_of_a_body_is_not_read_to_the_end()
    {
        _server.Always("{\"data\":{\"x\":\"" + new string('a', 3_000_000) + "\"}}");
        Assert.That(await Gateway().ChargeAsync(TenDollars()), Is.TypeOf<ChargeResult.OutcomeUnknown>());
    }

    [Test]
    public async Task A_transaction_with_a_status_we_do_not_know_is_an_unknown_outcome()
    {
        _server.Always(Transaction("SOMETHING_NEW", ""));
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
        _server.Always(Transaction("SUBMITTED_FOR_SETTLEMENT", ""));
        await Gateway().ChargeAsync(TenDollars("fake-valid-visa-nonce"));
        Assert.That(_log.Text, Does.Contain("req-42").And.Contain("ChargePaymentMethod"));
        Assert.That(_log.Text, Does.Not.Contain("priv_secret").And.Not.Contain("fake-valid-visa-nonce")
            .And.Not.Contain(Convert.ToBase64String(Encoding.UTF8.GetBytes("pub_key:priv_secret"))));
    }

    [Test]
    public async Task A_search_is_retried_once_after_a_server_error()
    {
        var calls = 0;
        _server.Answer = async (_, ctx) =>
        {
            if (Interlocked.Increment(ref calls) == 1) { await FakeBraintreeServer.Json(ctx, "{}", 502); return; }
            await FakeBraintreeServer.Json(ctx, $$$$$"""
                {"data":{"search":{"transactions":{"edges":[{"node":{"id":"dHhuMQ","legacyId":"txn1","status":"SETTLED","orderId":"{{{{{OrderId}}}}}",
                 "createdAt":"2026-11-23T12:00:00.000000Z","amount":{"value":"10.00","currencyCode":"USD"}}}]}}}}
                """);
        };

        var result = await Gateway().FindByOrderIdAsync(OrderId);

        var found = (TransactionSearchResult.Found)result;
        Assert.Multiple(() =>
        {
            Assert.That(found.Transactions.Single(), Is.EqualTo(new GatewayTransaction("dHhuMQ", "txn1", OrderId, "SETTLED",
                new Money(10m, "USD"), new DateTimeOffset(2026, 11, 23, 12, 0, 0, TimeSpan.Zero))));
            Assert.That(found.Transactions.Single().MoneyTaken, Is.True);
            Assert.That(_server.Requests, Has.Count.EqualTo(2));
            var sent = _server.Requests.Last();
            Assert.That(sent.Query, Does.Contain("search").And.Contain("transactions(input: $input"));
            Assert.That(sent.Input.GetProperty("orderId").GetProperty("is").GetString(), Is.EqualTo(OrderId));
        });
    }

    [Test]
    public async Task A_search_that_keeps_failing_is_unavailable()
    {
        _server.Always("{}", 500);
        Assert.That(await Gateway().FindByOrderIdAsync(OrderId), Is.TypeOf<TransactionSearchResult.Unavailable>());
        Assert.That(_server.Requests, Has.Count.EqualTo(2));
    }

    [Test]
    public async Task A_partial_refund_sends_the_amount_and_reads_the_refund()
    {
        _server.Always("""{"data":{"refundTransaction":{"refund":{"id":"cmVmdW5kXzE","legacyId":"r1","status":"SUBMITTED_FOR_SETTLEMENT","amount":{"value":"4.50","currencyCode":"USD"}}}}}""");

        var result = await Gateway().RefundAsync("dHhuMQ", new Money(4.5m, "USD"));

        Assert.That(result, Is.EqualTo(new RefundResult.Refunded("cmVmdW5kXzE", "SUBMITTED_FOR_SETTLEMENT", new Money(4.5m, "USD"))));
        var input = _server.Requests.Single().Input;
        Assert.That(_server.Requests.Single().Query, Does.Contain("refundTransaction(input: $input)"));
        Assert.That(input.GetProperty("transactionId").GetString(), Is.EqualTo("dHhuMQ"));
        Assert.That(input.GetProperty("refund").GetProperty("amount").GetString(), Is.EqualTo("4.50"));
    }

    [Test]
    public async Task A_full_refund_sends_no_amount()
    {
        _server.Always("""{"data":{"refundTransaction":{"refund":{"id":"r","status":"SUBMITTED_FOR_SETTLEMENT"}}}}""");
        await Gateway().RefundAsync("dHhuMQ", null);
        Assert.That(_server.Requests.Single().Input.GetProperty("refund").TryGetProperty("amount", out _), Is.False);
    }

    [Test]
    public async Task Refunding_an_unsettled_transaction_is_invalid_91506()
    {
        _server.Always("""{"data":{"refundTransaction":null},"errors":[{"message":"Cannot refund transaction unless it is settled.","extensions":{"errorClass":"VALIDATION","legacyCode":"91506"}}]}""");
        var result = await Gateway().RefundAsync("dHhuMQ", null);
        Assert.That(result, Is.EqualTo(new RefundResult.Invalid("91506", "Cannot refund transaction unless it is settled.")));
    }

    [TestCase("Transaction", typeof(ReverseResult.Voided))]
    [TestCase("Refund", typeof(ReverseResult.Refunded))]
    public async Task A_reversal_is_a_void_or_a_refund(string typename, Type expected)
    {
        _server.Always($$$$$"""{"data":{"reverseTransaction":{"reversal":{"__typename":"{{{{{typename}}}}}","id":"x1","status":"VOIDED"}}}}""");
        var result = await Gateway().ReverseAsync("dHhuMQ");
        Assert.That(result, Is.TypeOf(expected));
        Assert.That(_server.Requests.Single().Query, Does.Contain("reverseTransaction(input: $input)"));
        Assert.That(_server.Requests.Single().Input.GetProperty("transactionId").GetString(), Is.EqualTo("dHhuMQ"));
    }

    [Test]
    public async Task A_client_token_is_read_and_the_merchant_account_sent()
    {
        _server.Always("""{"data":{"createClientToken":{"clientToken":"eyJ2ZXJzaW9uIjoyfQ=="}}}""");
        var result = await Gateway(merchantAccountId: "shop_usd").CreateClientTokenAsync();
        Assert.That(result, Is.EqualTo(new ClientTokenResult.Issued("eyJ2ZXJzaW9uIjoyfQ==")));
        Assert.That(_server.Requests.Single().Input.GetProperty("clientToken").GetProperty("merchantAccountId").GetString(), Is.EqualTo("shop_usd"));
    }

    [Test]
    public async Task Ping_says_whether_braintree_answers()
    {
        _server.Always("""{"data":{"ping":"pong"}}""");
        Assert.That(await Gateway().PingAsync(), Is.True);
        Assert.That(_server.Requests.Single().Query, Is.EqualTo("query Ping { ping }"));
        _server.Always("nope", 401, "text/plain");
        Assert.That(await Gateway().PingAsync(), Is.False);
    }

    [Test]
    public void The_endpoint_follows_the_environment()
    {
        Assert.That(new BraintreeOptions { Environment = "Sandbox" }.GraphQlEndpoint.ToString(), Is.EqualTo("https://payments.sandbox.braintree-api.com/graphql"));
        Assert.That(new BraintreeOptions { Environment = "production" }.GraphQlEndpoint.ToString(), Is.EqualTo("https://payments.braintree-api.com/graphql"));
        Assert.Throws<InvalidOperationException>(() => _ = new BraintreeOptions { Environment = "Staging" }.GraphQlEndpoint);
    }

    [Test]
    public void A_charge_request_does_not_print_its_nonce()
    {
        Assert.That(TenDollars("fake-valid-visa-nonce").ToString(), Does.Not.Contain("nonce").And.Contain("10.00"));
    }
}
