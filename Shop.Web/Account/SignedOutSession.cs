namespace Shop.Web.Account;

/// <summary>A session signed out, refused until <see cref="Until"/>.</summary>
public sealed class SignedOutSession(string id, DateTimeOffset until)
{
    public string Id { get; private set; } = id;
    public DateTimeOffset Until { get; private set; } = until;
}
