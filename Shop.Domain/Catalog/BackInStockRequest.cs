using System.Linq.Expressions;

namespace Shop.Domain.Catalog;

/// <summary>
/// "Tell me when it's back": an address waiting for a sold-out variant. A guest's address is confirmed from a mail
/// first (double opt-in); a signed-in shopper's own address is confirmed at once. When the variant is back on the
/// shelf, each confirmed request gets one mail: the node that claims it first (<see cref="ClaimedAt"/>) mails it and then
/// marks it <see cref="NotifiedAt"/>; a claim whose mail never went out (the node died, the mail server refused) expires
/// after <see cref="ClaimFor"/> and any node takes it again.
/// </summary>
public class BackInStockRequest
{
    public const int EmailMax = 256, LanguageMax = 10;

    /// <summary>Longer than a mail server takes to answer or refuse: a claim this old was never mailed.</summary>
    public static readonly TimeSpan ClaimFor = TimeSpan.FromMinutes(10);

    public int Id { get; private set; }
    public int ProductId { get; private set; }
    public int VariantId { get; private set; }
    public string Email { get; private set; } = "";
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset? ConfirmedAt { get; private set; }
    public DateTimeOffset? NotifiedAt { get; private set; }
    /// <summary>When a node took it to mail it; null or expired (<see cref="ClaimFor"/>): free to take.</summary>
    public DateTimeOffset? ClaimedAt { get; private set; }
    /// <summary>The storefront language the shopper asked in ("de"); its mails are written in it. Null: the shop's default.</summary>
    public string? Language { get; private set; }

    private BackInStockRequest() { }

    /// <summary>A request for a variant that is sold out; <paramref name="confirmed"/> when the address is the shopper's own account's.</summary>
    public static BackInStockRequest For(int productId, int variantId, bool soldOut, string email, bool confirmed, DateTimeOffset now,
        string? language = null)
    {
        InStockCheck(soldOut);
        var request = new BackInStockRequest
        {
            ProductId = productId,
            VariantId = variantId,
            Email = Guard.Text(email, nameof(email), EmailMax).ToLowerInvariant(),
            CreatedAt = now,
            Language = LanguageOf(language),
        };
        if (confirmed) request.Confirm(now);
        return request;
    }

    public bool IsConfirmed => ConfirmedAt is not null;

    /// <summary>Confirmed and not mailed yet: mailed once its variant is on the shelf again.</summary>
    public static readonly Expression<Func<BackInStockRequest, bool>> Waiting = r => r.ConfirmedAt != null && r.NotifiedAt == null;

    /// <summary>Waiting, and not taken by a node that may be mailing it right now.</summary>
    public static Expression<Func<BackInStockRequest, bool>> Claimable(DateTimeOffset now)
    {
        var expired = now - ClaimFor;
        return r => r.ConfirmedAt != null && r.NotifiedAt == null && (r.ClaimedAt == null || r.ClaimedAt < expired);
    }

    public void Confirm(DateTimeOffset now) => ConfirmedAt ??= now;

    /// <summary>
    /// Asked again after an earlier mail: wait for the next restock. Unless <paramref name="confirmed"/> (the signed-in
    /// owner of the address asked), the address confirms again first: whoever typed it may not be its owner.
    /// </summary>
    public void Renew(bool soldOut, bool confirmed, DateTimeOffset now, string? language = null)
    {
        InStockCheck(soldOut);
        NotifiedAt = null;
        ClaimedAt = null;
        CreatedAt = now;
        Language = LanguageOf(language);
        ConfirmedAt = confirmed ? now : null;
    }

    private static string? LanguageOf(string? language) =>
        string.IsNullOrWhiteSpace(language) ? null : Guard.Text(language, nameof(language), LanguageMax);

    private static void InStockCheck(bool soldOut)
    {
        if (!soldOut) throw new DomainException("Good news: this is in stock now, you can order it.");
    }
}
