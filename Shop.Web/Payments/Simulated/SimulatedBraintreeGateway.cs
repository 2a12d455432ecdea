using Shop.Domain.Ordering;
using Microsoft.Extensions.Options;
using Shop.Domain;
using Shop.Web.Payments.Braintree;

namespace Shop.Web.Payments.Simulated;

/// <summary>
/// Stands in for Braintree when no keys are configured, answering like its sandbox: test amounts decide a sale
/// (<see cref="SandboxAmounts"/>), test nonces decide validation (<see cref="TestNonces"/>). No money moves.
/// Transactions live in memory (one instance per app, thread-safe) so reconciliation, refunds and voids work.
/// Settlement: a charge is SUBMITTED_FOR_SETTLEMENT and counts as SETTLED after
/// <see cref="BraintreeOptions.SimulatedSettlementSeconds"/> (or <see cref="Settle"/>). Before that a refund is
/// refused with 91506 exactly as in the sandbox, and a reversal voids instead. A refund without an amount, and a
/// reversal of a settled transaction, are for the whole transaction (refused with 91521 after a partial refund).
/// </summary>
public sealed partial class SimulatedBraintreeGateway(IOptions<BraintreeOptions> options, TimeProvider clock) : IPaymentGateway, IPaymentVault
{
    private readonly Lock _lock = new();
    private readonly List<SimulatedTransaction> _transactions = [];
    private readonly Dictionary<(Guid Key, string Nonce), ChargeResult> _attempts = [];
    private readonly Dictionary<Guid, ChargeResult.Paid> _paid = [];
    private readonly TimeSpan _settlementDelay = TimeSpan.FromSeconds(Math.Max(0, options.Value.SimulatedSettlementSeconds));

    public bool IsSimulated => true;

    public Task<bool> PingAsync(CancellationToken cancellationToken = default) => Task.FromResult(true);

    public Task<ClientTokenResult> CreateClientTokenAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult<ClientTokenResult>(new ClientTokenResult.Issued("simulated-client-token"));

    public Task<ThreeDSecureLookup> ReadThreeDSecureAsync(string nonce, CancellationToken cancellationToken = default) =>
        Task.FromResult<ThreeDSecureLookup>(nonce switch
        {
            TestNonces.Unavailable => new ThreeDSecureLookup.Unavailable("Braintree could not be reached."),
            TestNonces.PayPalOneTime => new ThreeDSecureLookup.Found(ThreeDSecureResult.NotACard)
            {
                Method = PaymentMethod.PayPal, PayerEmail = TestNonces.PayPalPayerEmail,
            },
            _ when ThreeDSecureNonces.Results.TryGetValue(nonce, out var result) => new ThreeDSecureLookup.Found(result),
            // Sandbox nonces without 3-D Secure data, and ours that only matter at the charge.
            _ when TestNonces.Paying.Contains(nonce) || TestNonces.Declining.Contains(nonce) || nonce is TestNonces.ProcessorFailure
                or TestNonces.GatewayRejectedFraud or TestNonces.Timeout or TestNonces.LuhnInvalid =>
                new ThreeDSecureLookup.Found(ThreeDSecureResult.NotRun),
            TestNonces.Consumed => new ThreeDSecureLookup.Invalid("91564", "Cannot use a payment_method_nonce more than once."),
            _ when IsSavedCard(nonce) => new ThreeDSecureLookup.Found(ThreeDSecureResult.NotRun) { IsSaved = true },
            _ => new ThreeDSecureLookup.Invalid("NOT_FOUND", "The payment method was not found."),
        });

    public Task<ChargeResult> ChargeAsync(ChargeRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        lock (_lock)
        {
            // A paid key stays paid: resubmitting a checkout must never take the money twice.
            if (_paid.TryGetValue(request.IdempotencyKey, out var paid)) return Task.FromResult<ChargeResult>(paid);
            var attempt = (request.IdempotencyKey, request.PaymentMethodNonce ?? "");
            if (!_attempts.TryGetValue(attempt, out var result))
            {
                result = Charge(request);
                _attempts[attempt] = result;
                if (result is ChargeResult.Paid p) _paid[request.IdempotencyKey] = p;
            }
            return Task.FromResult(result);
        }
    }

    public Task<RefundResult> RefundAsync(string transactionId, Money? amount, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            var txn = Find(transactionId);
            if (txn is null) return Task.FromResult<RefundResult>(new RefundResult.Invalid("NOT_FOUND", "Transaction not found."));
            var status = txn.StatusAt(clock.GetUtcNow(), _settlementDelay);
            if (status is not ("SETTLED" or "SETTLING"))
                return Task.FromResult<RefundResult>(new RefundResult.Invalid("91506", "Cannot refund transaction unless it is settled."));
            var left = txn.Amount - txn.Refunded;
            if (left.IsZero)
                return Task.FromResult<RefundResult>(new RefundResult.Invalid("91512", "Transaction has already been fully refunded."));
            // As Braintree: no amount means the whole transaction, which is too much once part of it was refunded.
            var refund = amount ?? txn.Amount;
            if (refund.Currency != txn.Amount.Currency || refund.Amount <= 0m)
                return Task.FromResult<RefundResult>(new RefundResult.Invalid("81531", "Amount must be greater than zero."));
            if (refund > left)
                return Task.FromResult<RefundResult>(new RefundResult.Invalid("91521", "Refund amount is too large."));

            txn.Status = status;
            txn.Refunded += refund;
            var id = SimulatedIds.Global("refund", SimulatedIds.NewLegacy());
            return Task.FromResult<RefundResult>(new RefundResult.Refunded(id, "SUBMITTED_FOR_SETTLEMENT", refund));
        }
    }

    public async Task<ReverseResult> ReverseAsync(string transactionId, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            var txn = Find(transactionId);
            if (txn is null) return new ReverseResult.Invalid("NOT_FOUND", "Transaction not found.");
            var status = txn.StatusAt(clock.GetUtcNow(), _settlementDelay);
            if (status is "AUTHORIZED" or "SUBMITTED_FOR_SETTLEMENT")
            {
                txn.Status = "VOIDED";
                return new ReverseResult.Voided(txn.Id, "VOIDED");
            }
            if (status is not ("SETTLED" or "SETTLING"))
                return new ReverseResult.Invalid("91504",
                    "Transaction can only be voided if status is authorized, submitted_for_settlement, or - for PayPal - settlement_pending.");
        }
        // Settled: a reversal is a refund of the whole transaction, refused (91521) once part of it was refunded.
        return await RefundAsync(transactionId, null, cancellationToken) switch
        {
            RefundResult.Refunded r => new ReverseResult.Refunded(r.RefundId, r.Status),
            RefundResult.Invalid i => new ReverseResult.Invalid(i.Code, i.Message),
            var other => new ReverseResult.Unavailable($"Reversal failed: {other}"),
        };
    }

    public Task<TransactionSearchResult> FindByOrderIdAsync(string orderId, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (_lock)
        {
            var now = clock.GetUtcNow();
            var found = _transactions.Where(t => t.OrderId == orderId).Select(t => t.ToGatewayTransaction(now, _settlementDelay)).ToList();
            return Task.FromResult<TransactionSearchResult>(new TransactionSearchResult.Found(found));
        }
    }

    /// <summary>Settles a transaction now, like the sandbox's testing settle helper, so refunds can be tried at once.</summary>
    public void Settle(string transactionId)
    {
        lock (_lock)
        {
            var txn = Find(transactionId) ?? throw new InvalidOperationException($"No simulated transaction {transactionId}.");
            if (txn.Status is not ("SUBMITTED_FOR_SETTLEMENT" or "AUTHORIZED"))
                throw new InvalidOperationException($"A {txn.Status} transaction cannot settle.");
            txn.Status = "SETTLED";
        }
    }

    private ChargeResult Charge(ChargeRequest request)
    {
        var amount = request.Amount;
        if (amount.Amount <= 0m) return new ChargeResult.Invalid("81531", "Amount must be greater than zero.");
        if (string.IsNullOrEmpty(request.OrderId) || request.OrderId.Length > 255)
            return new ChargeResult.Invalid("91501", "Order ID is too long.");

        var nonce = request.PaymentMethodNonce ?? "";
        // As Braintree: chargePayPalAccount takes only a PayPal account, chargeCreditCard (a CVV re-check) only a card.
        var isPayPal = nonce == TestNonces.PayPalOneTime;
        if ((request.Method == PaymentMethod.PayPal && !isPayPal) || (request.TokenizedCvv is not null && isPayPal))
            return new ChargeResult.Invalid("91565", "Unknown or expired payment_method_nonce.");
        switch (nonce)
        {
            case TestNonces.Consumed:
                return new ChargeResult.Invalid("91564", "Cannot use a payment_method_nonce more than once.");
            case TestNonces.LuhnInvalid:
                return new ChargeResult.Invalid("81715", "Credit card number is invalid.");
            case TestNonces.Unavailable:
                return new ChargeResult.Unavailable("The simulated gateway is unreachable (test nonce).");
            case TestNonces.GatewayRejectedFraud:
                return new ChargeResult.Rejected("FRAUD", Record(request, "GATEWAY_REJECTED").Id);
            case TestNonces.ProcessorFailure:
                return new ChargeResult.Declined("3000", "Processor Network Unavailable - Try Again", Record(request, "FAILED").Id, MayRetry: true);
            case TestNonces.Timeout:
                Record(request, "SUBMITTED_FOR_SETTLEMENT");
                return new ChargeResult.OutcomeUnknown("The simulated gateway did not answer in time (test nonce); the charge went through.");
        }
        if (TestNonces.Declining.Contains(nonce))
            return new ChargeResult.Declined("2000", "Do Not Honor", Record(request, "PROCESSOR_DECLINED").Id, MayRetry: true);
        if (!TestNonces.Paying.Contains(nonce) && !IsSavedCard(nonce))
            return new ChargeResult.Invalid("91565", "Unknown or expired payment_method_nonce.");

        if (SandboxAmounts.Decline(amount.Amount) is { } decline)
        {
            var status = decline.Code == "3000" ? "FAILED" : "PROCESSOR_DECLINED";
            return new ChargeResult.Declined(decline.Code, decline.Message, Record(request, status).Id, decline.Soft);
        }
        if (isPayPal && SandboxAmounts.IsPayPalDeclined(amount.Amount))
            return new ChargeResult.Declined("2038", "Processor Declined", Record(request, "PROCESSOR_DECLINED").Id, MayRetry: false);
        if (request.TokenizedCvv is { } cvv && SandboxCvv.IsRejected(cvv))
            return new ChargeResult.Rejected("CVV", Record(request, "GATEWAY_REJECTED").Id);
        if (SandboxAmounts.IsApplicationIncomplete(amount.Amount))
            return new ChargeResult.Rejected("APPLICATION_INCOMPLETE", Record(request, "GATEWAY_REJECTED").Id);

        var txn = Record(request, "SUBMITTED_FOR_SETTLEMENT");
        return new ChargeResult.Paid(txn.Id, "SUBMITTED_FOR_SETTLEMENT", txn.LegacyId, txn.Amount)
        {
            SavedCardId = request.SaveForCustomerId is { } customer ? Save(customer, nonce) : null,
        };
    }

    private SimulatedTransaction Record(ChargeRequest request, string status)
    {
        var txn = new SimulatedTransaction(SimulatedIds.NewLegacy(), request.OrderId, request.Amount, status, clock.GetUtcNow());
        _transactions.Add(txn);
        return txn;
    }

    private SimulatedTransaction? Find(string transactionId) =>
        _transactions.Find(t => t.Id == transactionId || t.LegacyId == transactionId);
}
