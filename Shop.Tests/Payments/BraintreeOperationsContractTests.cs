using System.Net.Sockets;
using System.Text.Json;
using Shop.Web.Payments.Braintree;

namespace Shop.Tests.Payments;

/// <summary>Searches, refunds, reversals, client tokens and pings against the fake Braintree.</summary>
public class BraintreeOperationsContractTests : BraintreeContractFixture
{
    [Test]
    public async Task A_search_is_retried_once_after_a_server_error()
    {
        var calls = 0;
        Server.Answer = async (_, ctx) =>
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
            Assert.That(Server.Requests, Has.Count.EqualTo(2));
            var sent = Server.Requests.Last();
            Assert.That(sent.Query, Does.Contain("search").And.Contain("transactions(input: $input"));
            Assert.That(sent.Input.GetProperty("orderId").GetProperty("is").GetString(), Is.EqualTo(OrderId));
        });
    }

    [Test]
    public async Task A_search_that_keeps_failing_is_unavailable()
    {
        Server.Always("{}", 500);
        Assert.That(await Gateway().FindByOrderIdAsync(OrderId), Is.TypeOf<TransactionSearchResult.Unavailable>());
        Assert.That(Server.Requests, Has.Count.EqualTo(2));
    }

    [Test]
    public async Task A_partial_refund_sends_the_amount_and_reads_the_refund()
    {
        Server.Always("""{"data":{"refundTransaction":{"refund":{"id":"cmVmdW5kXzE","legacyId":"r1","status":"SUBMITTED_FOR_SETTLEMENT","amount":{"value":"4.50","currencyCode":"USD"}}}}}""");

        var result = await Gateway().RefundAsync("dHhuMQ", new Money(4.5m, "USD"));

        Assert.That(result, Is.EqualTo(new RefundResult.Refunded("cmVmdW5kXzE", "SUBMITTED_FOR_SETTLEMENT", new Money(4.5m, "USD"))));
        var input = Server.Requests.Single().Input;
        Assert.That(Server.Requests.Single().Query, Does.Contain("refundTransaction(input: $input)"));
        Assert.That(input.GetProperty("transactionId").GetString(), Is.EqualTo("dHhuMQ"));
        Assert.That(input.GetProperty("refund").GetProperty("amount").GetString(), Is.EqualTo("4.50"));
    }

    [Test]
    public async Task A_full_refund_sends_no_amount()
    {
        Server.Always("""{"data":{"refundTransaction":{"refund":{"id":"r","status":"SUBMITTED_FOR_SETTLEMENT"}}}}""");
        await Gateway().RefundAsync("dHhuMQ", null);
        Assert.That(Server.Requests.Single().Input.GetProperty("refund").TryGetProperty("amount", out _), Is.False);
    }

    [Test]
    public async Task Refunding_an_unsettled_transaction_is_invalid_91506()
    {
        Server.Always("""{"data":{"refundTransaction":null},"errors":[{"message":"Cannot refund transaction unless it is settled.","extensions":{"errorClass":"VALIDATION","legacyCode":"91506"}}]}""");
        var result = await Gateway().RefundAsync("dHhuMQ", null);
        Assert.That(result, Is.EqualTo(new RefundResult.Invalid("91506", "Cannot refund transaction unless it is settled.")));
    }

    [TestCase("Transaction", typeof(ReverseResult.Voided))]
    [TestCase("Refund", typeof(ReverseResult.Refunded))]
    public async Task A_reversal_is_a_void_or_a_refund(string typename, Type expected)
    {
        Server.Always($$$$$"""{"data":{"reverseTransaction":{"reversal":{"__typename":"{{{{{typename}}}}}","id":"x1","status":"VOIDED"}}}}""");
        var result = await Gateway().ReverseAsync("dHhuMQ");
        Assert.That(result, Is.TypeOf(expected));
        Assert.That(Server.Requests.Single().Query, Does.Contain("reverseTransaction(input: $input)"));
        Assert.That(Server.Requests.Single().Input.GetProperty("transactionId").GetString(), Is.EqualTo("dHhuMQ"));
    }

    [Test]
    public async Task A_client_token_is_read_and_the_merchant_account_sent()
    {
        Server.Always("""{"data":{"createClientToken":{"clientToken":"eyJ2ZXJzaW9uIjoyfQ=="}}}""");
        var result = await Gateway(merchantAccountId: "shop_usd").CreateClientTokenAsync();
        Assert.That(result, Is.EqualTo(new ClientTokenResult.Issued("eyJ2ZXJzaW9uIjoyfQ==")));
        Assert.That(Server.Requests.Single().Input.GetProperty("clientToken").GetProperty("merchantAccountId").GetString(), Is.EqualTo("shop_usd"));
    }

    [Test]
    public async Task Ping_says_whether_braintree_answers()
    {
        Server.Always("""{"data":{"ping":"pong"}}""");
        Assert.That(await Gateway().PingAsync(), Is.True);
        Assert.That(Server.Requests.Single().Query, Is.EqualTo("query Ping { ping }"));
        Server.Always("nope", 401, "text/plain");
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
