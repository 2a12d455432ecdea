using Shop.Web.Payments.Braintree;

namespace Shop.Tests.Payments;

public class SimulatedGatewayTests
{
    private sealed class Clock(DateTimeOffset now) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = now;
        public override DateTimeOffset GetUtcNow() => Now;
    }

    private Clock _clock = null!;
    private SimulatedBraintreeGateway _gateway = null!;

    [SetUp]
    public void NewGateway()
    {
        _clock = new Clock(new DateTimeOffset(2026, 11, 23, 12, 0, 0, TimeSpan.Zero));
        _gateway = new SimulatedBraintreeGateway(Options.Create(new BraintreeOptions { SimulatedSettlementSeconds = 60 }), _clock);
    }

    private static ChargeRequest Charge(decimal amount, string nonce = TestNonces.Valid, string orderId = "SHP-AAAA-BBBB", Guid? key = null) =>
        new(new Money(amount, "USD"), orderId, nonce, key ?? Guid.NewGuid());

    [TestCase(TestNonces.Valid)]
    [TestCase(TestNonces.ValidVisa)]
    [TestCase(TestNonces.ValidMastercard)]
    [TestCase(TestNonces.PayPalOneTime)]
    public async Task Valid_nonces_pay(string nonce)
    {
        var result = await _gateway.ChargeAsync(Charge(10m, nonce));
        Assert.That(result, Is.TypeOf<ChargeResult.Paid>().With.Property("Status").EqualTo("SUBMITTED_FOR_SETTLEMENT"));
        var paid = (ChargeResult.Paid)result;
        Assert.That(paid.LegacyId, Has.Length.EqualTo(8));
        Assert.That(Convert.FromBase64String(paid.TransactionId + "="), Is.EqualTo(System.Text.Encoding.UTF8.GetBytes("transaction_" + paid.LegacyId)));
        Assert.That(_gateway.IsSimulated, Is.True);
    }

    [TestCase(2000.00, "2000", "Do Not Honor")]
    [TestCase(2001.00, "2001", "Insufficient Funds")]
    [TestCase(2004.99, "2004", "Expired Card")]
    [TestCase(2999.99, "2999", "Processor Declined")]
    [TestCase(3000.00, "3000", "Processor Network Unavailable - Try Again")]
    [TestCase(3000.99, "3000", "Processor Network Unavailable - Try Again")]
    public async Task Test_amounts_decline_with_the_processor_code(decimal amount, string code, string message)
    {
        var result = await _gateway.ChargeAsync(Charge(amount));
        Assert.That(result, Is.TypeOf<ChargeResult.Declined>());
        var declined = (ChargeResult.Declined)result;
        Assert.That((declined.Code, declined.Message), Is.EqualTo((code, message)));
        Assert.That(declined.TransactionId, Is.Not.Null);
    }

    [TestCase(0.01)]
    [TestCase(1999.99)]
    [TestCase(3001.00)]
    [TestCase(5002.00)]
    public async Task Other_amounts_pay(decimal amount)
    {
        Assert.That(await _gateway.ChargeAsync(Charge(amount)), Is.TypeOf<ChargeResult.Paid>());
    }

    [Test]
    public async Task Amount_5001_is_rejected_as_application_incomplete()
    {
        var result = await _gateway.ChargeAsync(Charge(5001m));
        Assert.That(result, Is.TypeOf<ChargeResult.Rejected>().With.Property("Reason").EqualTo("APPLICATION_INCOMPLETE"));
    }

    [TestCase(TestNonces.Consumed, "91564")]
    [TestCase(TestNonces.LuhnInvalid, "81715")]
    [TestCase("made-up-nonce", "91565")]
    [TestCase("", "91565")]
    public async Task Bad_nonces_are_validation_errors(string nonce, string code)
    {
        var result = await _gateway.ChargeAsync(Charge(10m, nonce));
        Assert.That(result, Is.TypeOf<ChargeResult.Invalid>().With.Property("Code").EqualTo(code));
        Assert.That(((TransactionSearchResult.Found)await _gateway.FindByOrderIdAsync("SHP-AAAA-BBBB")).Transactions, Is.Empty);
    }

    [TestCase(0)]
    [TestCase(-1)]
    public async Task Amounts_must_be_above_zero(decimal amount)
    {
        Assert.That(await _gateway.ChargeAsync(Charge(amount)), Is.TypeOf<ChargeResult.Invalid>().With.Property("Code").EqualTo("81531"));
    }

    [Test]
    public async Task Our_decline_and_fraud_nonces_work_at_any_amount()
    {
        Assert.That(await _gateway.ChargeAsync(Charge(10m, TestNonces.ProcessorDeclined)),
            Is.TypeOf<ChargeResult.Declined>().With.Property("Code").EqualTo("2000").And.Property("Message").EqualTo("Do Not Honor"));
        Assert.That(await _gateway.ChargeAsync(Charge(10m, TestNonces.GatewayRejectedFraud)),
            Is.TypeOf<ChargeResult.Rejected>().With.Property("Reason").EqualTo("FRAUD"));
        Assert.That(await _gateway.ChargeAsync(Charge(10m, TestNonces.Unavailable)), Is.TypeOf<ChargeResult.Unavailable>());
    }

    [Test]
    public async Task A_timed_out_charge_went_through_and_can_be_found_by_order_id()
    {
        var result = await _gateway.ChargeAsync(Charge(42m, TestNonces.Timeout, "SHP-TIME-0UT2"));
        Assert.That(result, Is.TypeOf<ChargeResult.OutcomeUnknown>());

        var found = (TransactionSearchResult.Found)await _gateway.FindByOrderIdAsync("SHP-TIME-0UT2");
        var txn = found.Transactions.Single();
        Assert.That(txn.MoneyTaken, Is.True);
        Assert.That(txn.Amount, Is.EqualTo(new Money(42m, "USD")));
    }

    [Test]
    public async Task Find_by_order_id_lists_declined_attempts_too()
    {
        await _gateway.ChargeAsync(Charge(2000m));
        await _gateway.ChargeAsync(Charge(20m));
        await _gateway.ChargeAsync(Charge(20m, orderId: "SHP-OTHR-0RDR"));
        var found = (TransactionSearchResult.Found)await _gateway.FindByOrderIdAsync("SHP-AAAA-BBBB");
        Assert.That(found.Transactions.Select(t => t.Status), Is.EqualTo(new[] { "PROCESSOR_DECLINED", "SUBMITTED_FOR_SETTLEMENT" }));
    }

    [Test]
    public async Task The_same_idempotency_key_never_charges_twice()
    {
        var key = Guid.NewGuid();
        var first = await _gateway.ChargeAsync(Charge(10m, key: key));
        var again = await _gateway.ChargeAsync(Charge(10m, key: key));
        var otherCard = await _gateway.ChargeAsync(Charge(10m, TestNonces.ValidVisa, key: key));
        Assert.That(again, Is.EqualTo(first));
        Assert.That(otherCard, Is.EqualTo(first));
        Assert.That(((TransactionSearchResult.Found)await _gateway.FindByOrderIdAsync("SHP-AAAA-BBBB")).Transactions, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task After_a_decline_the_same_order_can_pay_with_another_card()
    {
        var key = Guid.NewGuid();
        Assert.That(await _gateway.ChargeAsync(Charge(10m, TestNonces.ProcessorDeclined, key: key)), Is.TypeOf<ChargeResult.Declined>());
        Assert.That(await _gateway.ChargeAsync(Charge(10m, TestNonces.ValidVisa, key: key)), Is.TypeOf<ChargeResult.Paid>());
    }

    [Test]
    public async Task Concurrent_charges_with_one_key_take_the_money_once()
    {
        var key = Guid.NewGuid();
        var results = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Task.Run(() => _gateway.ChargeAsync(Charge(10m, key: key)))));
        Assert.That(results.Distinct().Count(), Is.EqualTo(1));
        Assert.That(((TransactionSearchResult.Found)await _gateway.FindByOrderIdAsync("SHP-AAAA-BBBB")).Transactions, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task An_unsettled_charge_cannot_be_refunded_but_can_be_voided()
    {
        var paid = (ChargeResult.Paid)await _gateway.ChargeAsync(Charge(10m));
        Assert.That(await _gateway.RefundAsync(paid.TransactionId, null),
            Is.EqualTo(new RefundResult.Invalid("91506", "Cannot refund transaction unless it is settled.")));
        Assert.That(await _gateway.ReverseAsync(paid.TransactionId), Is.EqualTo(new ReverseResult.Voided(paid.TransactionId, "VOIDED")));
        Assert.That(await _gateway.ReverseAsync(paid.TransactionId), Is.TypeOf<ReverseResult.Invalid>().With.Property("Code").EqualTo("91504"));
    }

    [Test]
    public async Task A_settled_charge_takes_partial_refunds_up_to_its_amount()
    {
        var paid = (ChargeResult.Paid)await _gateway.ChargeAsync(Charge(10m));
        _clock.Now = _clock.Now.AddSeconds(60);

        Assert.That(await _gateway.RefundAsync(paid.TransactionId, new Money(4m, "USD")),
            Is.TypeOf<RefundResult.Refunded>().With.Property("Amount").EqualTo(new Money(4m, "USD")));
        Assert.That(await _gateway.RefundAsync(paid.TransactionId, new Money(7m, "USD")),
            Is.TypeOf<RefundResult.Invalid>().With.Property("Code").EqualTo("91521"));
        Assert.That(await _gateway.RefundAsync(paid.TransactionId, null),
            Is.TypeOf<RefundResult.Invalid>().With.Property("Code").EqualTo("91521"), "no amount means the whole 10.00, as at Braintree");
        Assert.That(await _gateway.RefundAsync(paid.TransactionId, new Money(6m, "USD")),
            Is.TypeOf<RefundResult.Refunded>().With.Property("Amount").EqualTo(new Money(6m, "USD")));
        Assert.That(await _gateway.RefundAsync(paid.TransactionId, null),
            Is.TypeOf<RefundResult.Invalid>().With.Property("Code").EqualTo("91512"));
    }

    [Test]
    public async Task Reversing_a_partly_refunded_charge_is_refused_as_a_refund_of_the_whole_amount()
    {
        var paid = (ChargeResult.Paid)await _gateway.ChargeAsync(Charge(10m));
        _gateway.Settle(paid.TransactionId);
        await _gateway.RefundAsync(paid.TransactionId, new Money(4m, "USD"));

        Assert.That(await _gateway.ReverseAsync(paid.TransactionId), Is.TypeOf<ReverseResult.Invalid>().With.Property("Code").EqualTo("91521"));
    }

    [Test]
    public async Task A_zero_decimal_currency_is_charged_and_refunded_in_whole_units()
    {
        var paid = (ChargeResult.Paid)await _gateway.ChargeAsync(new ChargeRequest(new Money(1234.5m, "JPY"), "SHP-JPY1-AAAA", TestNonces.Valid, Guid.NewGuid()));
        _gateway.Settle(paid.TransactionId);

        Assert.That(paid.Amount, Is.EqualTo(new Money(1235m, "JPY")));
        Assert.That(await _gateway.RefundAsync(paid.TransactionId, new Money(1m, "USD")),
            Is.TypeOf<RefundResult.Invalid>(), "a refund in another currency");
        Assert.That(await _gateway.RefundAsync(paid.TransactionId, null),
            Is.TypeOf<RefundResult.Refunded>().With.Property("Amount").EqualTo(new Money(1235m, "JPY")));
    }

    [Test]
    public async Task Reversing_a_settled_charge_refunds_it()
    {
        var paid = (ChargeResult.Paid)await _gateway.ChargeAsync(Charge(10m));
        _gateway.Settle(paid.TransactionId);
        Assert.That(await _gateway.ReverseAsync(paid.TransactionId), Is.TypeOf<ReverseResult.Refunded>());
        var txn = ((TransactionSearchResult.Found)await _gateway.FindByOrderIdAsync("SHP-AAAA-BBBB")).Transactions.Single();
        Assert.That(txn.Status, Is.EqualTo("SETTLED"));
    }

    [Test]
    public async Task Unknown_transactions_are_not_found()
    {
        Assert.That(await _gateway.RefundAsync("nope", null), Is.TypeOf<RefundResult.Invalid>().With.Property("Code").EqualTo("NOT_FOUND"));
        Assert.That(await _gateway.ReverseAsync("nope"), Is.TypeOf<ReverseResult.Invalid>().With.Property("Code").EqualTo("NOT_FOUND"));
    }

    [Test]
    public async Task A_client_token_and_ping_always_work()
    {
        Assert.That(await _gateway.CreateClientTokenAsync(), Is.TypeOf<ClientTokenResult.Issued>());
        Assert.That(await _gateway.PingAsync(), Is.True);
    }
}
