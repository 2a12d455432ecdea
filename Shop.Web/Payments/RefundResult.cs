using Shop.Domain;

namespace Shop.Web.Payments;

/// <summary>What became of a refund.</summary>
public abstract record RefundResult
{
    private RefundResult() { }

    public sealed record Refunded(string RefundId, string Status, Money? Amount) : RefundResult;

    /// <summary>The refund transaction itself failed at the processor.</summary>
    public sealed record Declined(string Status, string Message) : RefundResult;

    /// <summary>e.g. "91506" cannot refund unless settled (void it instead), "91512" already refunded, "NOT_FOUND".</summary>
    public sealed record Invalid(string Code, string Message) : RefundResult;

    public sealed record Unavailable(string Message) : RefundResult;

    /// <summary>Not retried (a partial refund could happen twice): look at the transaction before trying again.</summary>
    public sealed record OutcomeUnknown(string Message) : RefundResult;
}
