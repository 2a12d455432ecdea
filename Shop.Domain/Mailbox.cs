namespace Shop.Domain;

/// <summary>
/// The mailbox an email address reaches, for judging "the same person" by an address: lower-case and without a "+tag"
/// in the local part ("Ada+shop@Example.com" is "ada@example.com"; most mail services deliver every tag to one inbox).
/// Dots stay: only Gmail ignores them.
/// </summary>
public static class Mailbox
{
    public static string Of(string address)
    {
        var lower = address.Trim().ToLowerInvariant();
        var at = lower.LastIndexOf('@');
        var plus = at > 0 ? lower.IndexOf('+', 0, at) : -1;
        return plus > 0 ? lower[..plus] + lower[at..] : lower;
    }
}
