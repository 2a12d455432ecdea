using Shop.Domain;

namespace Shop.Web.Payments;

/// <summary>What became of a charge. Switch on the case; each one says what the caller should do.</summary>
public abstract record ChargeResult
{
    private ChargeResult() { }

    /// <summary>
    /// The money is taken (authorized and submitted for settlement). Mark the order paid once <paramref name="Amount"/>
    /// (what the gateway says it took; null if it did not say) matches the order. Keep <paramref name="LegacyId"/> too:
    /// webhooks name transactions by their legacy id.
    /// </summary>
    public sealed record Paid(string TransactionId, string Status, string? LegacyId, Money? Amount) : ChargeResult
    {
        /// <summary>The saved card's id when the charge asked to save it (<see cref="ChargeRequest.SaveForCustomerId"/>).</summary>
        public string? SavedCardId { get; init; }
    }

    /// <summary>
    /// The card issuer said no, e.g. code "2000" "Do Not Honor", "2001" "Insufficient Funds"; FAILED transactions
    /// (processor trouble, code "3000") land here too with <paramref name="MayRetry"/> true. Nothing was taken: the
    /// shopper may use another card.
    /// </summary>
    public sealed record Declined(string Code, string Message, string? TransactionId, bool MayRetry) : ChargeResult;

    /// <summary>The gateway refused before asking the bank: FRAUD, DUPLICATE, CVV, AVS, APPLICATION_INCOMPLETE…</summary>
    public sealed record Rejected(string Reason, string? TransactionId) : ChargeResult;

    /// <summary>The request itself was wrong, e.g. "91564" nonce already used, "91565" unknown nonce, "81531" amount.</summary>
    public sealed record Invalid(string Code, string Message) : ChargeResult;

    /// <summary>The gateway could not be used (bad keys, rate limit, unreachable) and certainly did not charge.</summary>
    public sealed record Unavailable(string Message) : ChargeResult;

    /// <summary>
    /// We do not know whether the shopper was charged (timeout, 5xx, unreadable answer). Do not charge again: keep
    /// the order pending and reconcile with <see cref="IPaymentGateway.FindByOrderIdAsync"/>.
    /// </summary>
    public sealed record OutcomeUnknown(string Message) : ChargeResult;
}
