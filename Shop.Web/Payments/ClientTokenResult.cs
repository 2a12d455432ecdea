namespace Shop.Web.Payments;

public abstract record ClientTokenResult
{
    private ClientTokenResult() { }

    public sealed record Issued(string ClientToken) : ClientTokenResult;

    /// <summary>The card form cannot load; the payment page says payments are unavailable for now.</summary>
    public sealed record Unavailable(string Message) : ClientTokenResult;
}
