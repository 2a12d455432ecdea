using Shop.Domain.Ordering;
using Shop.Web.Languages;

namespace Shop.Web.Shared;

/// <summary>
/// The words for why an EU business paid no VAT (<see cref="VatNotCharged"/>), the same on the invoice, the review page,
/// the confirmation, the order pages and the mails: an intra-Community supply for goods, reverse charge for services.
/// </summary>
public static class VatNotChargedWording
{
    /// <summary>The exemption's wording for goods carried to an EU business; the Directive's article is valid in every member state.</summary>
    public const string IntraCommunitySupply = "Tax-exempt intra-Community supply (Art. 138 VAT Directive)";
    /// <summary>A French seller cites its own code, as French invoices do.</summary>
    public const string IntraCommunitySupplyFromFrance = "Tax-exempt intra-Community supply (Art. 262 ter I CGI)";

    /// <summary>The notes in English (translation keys), goods first; none when VAT was charged or the order says neither.</summary>
    public static IReadOnlyList<string> Notes(VatNotCharged why, string? sellerCountry)
    {
        ArgumentNullException.ThrowIfNull(why);
        return [.. why.IntraCommunitySupply ? [sellerCountry == "FR" ? IntraCommunitySupplyFromFrance : IntraCommunitySupply] : Array.Empty<string>(),
            .. why.ReverseChargedService ? [TaxRows.ReverseCharge] : Array.Empty<string>()];
    }

    /// <summary>The label of the totals' row of the VAT not charged, in the page's language: the notes, or reverse charge where the order says neither.</summary>
    public static string Row(VatNotCharged why, string? sellerCountry) =>
        Notes(why, sellerCountry) is { Count: > 0 } notes ? string.Join("; ", notes.Select(ShopText.Translate)) : ShopText.Translate(TaxRows.ReverseCharge);
}
