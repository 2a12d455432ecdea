namespace Shop.Web.Payments;

public abstract record TransactionSearchResult
{
    private TransactionSearchResult() { }

    public sealed record Found(IReadOnlyList<GatewayTransaction> Transactions) : TransactionSearchResult;

    /// <summary>We could not ask; try again later. An empty <see cref="Found"/> means "no such charge".</summary>
    public sealed record Unavailable(string Message) : TransactionSearchResult;
}
