namespace Shop.Web.Payments;

/// <summary>What became of a reversal: a void if the transaction had not settled, else a full refund.</summary>
public abstract record ReverseResult
{
    private ReverseResult() { }

    public sealed record Voided(string TransactionId, string Status) : ReverseResult;

    public sealed record Refunded(string RefundId, string Status) : ReverseResult;

    /// <summary>e.g. "91504" cannot be voided (already voided, declined…), "NOT_FOUND".</summary>
    public sealed record Invalid(string Code, string Message) : ReverseResult;

    public sealed record Unavailable(string Message) : ReverseResult;

    public sealed record OutcomeUnknown(string Message) : ReverseResult;
}
