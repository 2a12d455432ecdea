using System.Linq.Expressions;

namespace Shop.Domain.Catalog;

/// <summary>
/// "Tell me when it's back": an address waiting for a sold-out variant. A guest's address is confirmed from a mail
/// first (double opt-in); a signed-in shopper's own address is confirmed at once. When the variant is back on the
/// shelf, each confirmed request gets one mail, marked <see cref="NotifiedAt"/> by whichever node claims it first.
/// </summary>
public class BackInStockRequest
{
    public const int EmailMax = 256, LanguageMax = 10;

    public int Id { get; private set; }
    public int ProductId { get; private set; }
    public int VariantId { get; private set; }
    public string Email { get; private set; } = "";
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset? ConfirmedAt { get; private set; }
    public DateTimeOffset? NotifiedAt { get; private set; }
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

    public void Confirm(DateTimeOffset now) => ConfirmedAt ??= now;

    /// <summary>Asked again after an earlier mail: wait for the next restock.</summary>
    public void Renew(bool soldOut, bool confirmed, DateTimeOffset now, string? language = null)
    {
        InStockCheck(soldOut);
        NotifiedAt = null;
        CreatedAt = now;
        Language = LanguageOf(language);
        if (confirmed) Confirm(now);
    }

    private static string? LanguageOf(string? language) =>
        string.IsNullOrWhiteSpace(language) ? null : Guard.Text(language, nameof(language), LanguageMax);

    private static void InStockCheck(bool soldOut)
    {
        if (!soldOut) throw new DomainException("Good news: this is in stock now, you can order it.");
    }
}
