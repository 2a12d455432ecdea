using Shop.Domain.Markets;
using Shop.Web.Languages;

namespace Shop.Web.Documents;

/// <summary>
/// The shop as printed at the top of its documents (from <see cref="BusinessOptions"/>), in the document's language:
/// made while that language is spoken, so the default tax label reads "USt-IdNr." on a German invoice.
/// </summary>
public sealed record PrintedBusiness(IReadOnlyList<string> Lines, IReadOnlyList<string> TaxLines, IReadOnlyList<string> RegisterLines,
    string InvoicePrefix, string? Country, string CreditNotePrefix = BusinessOptions.DefaultCreditNotePrefix, PaymentTerms? PaymentTerms = null)
{
    public static PrintedBusiness From(BusinessOptions business, ShopOptions shop) => From(business, shop, ShopCountry(shop));

    private static PrintedBusiness From(BusinessOptions business, ShopOptions shop, string? country) => new(
        [string.IsNullOrWhiteSpace(business.Name) ? shop.Name : business.Name.Trim(),
         .. business.Address.Where(l => !string.IsNullOrWhiteSpace(l)).Select(l => l.Trim()),
         .. string.IsNullOrWhiteSpace(business.Email) ? Array.Empty<string>() : [business.Email.Trim()]],
        string.IsNullOrWhiteSpace(business.TaxId) ? [] : [$"{TaxIdLabel(business)}{ShopText.Colon} {business.TaxId.Trim()}"],
        [.. string.IsNullOrWhiteSpace(business.Register) ? Array.Empty<string>() : [business.Register.Trim()],
         .. string.IsNullOrWhiteSpace(business.Directors) ? Array.Empty<string>()
             : [$"{ShopText.Translate("Directors")}{ShopText.Colon} {business.Directors.Trim()}"]],
        business.InvoicePrefix,
        country,
        business.CreditNotePrefix,
        PaymentTerms.Of(business.PaymentTerms, country, shop.CurrencyCode));

    private static string? ShopCountry(ShopOptions shop) =>
        string.IsNullOrWhiteSpace(shop.Tax.ShopCountry) ? null : shop.Tax.ShopCountry.Trim().ToUpperInvariant();

    /// <summary>The shop's label translated while it is the default one; a label staff wrote stays as written.</summary>
    private static string TaxIdLabel(BusinessOptions business) =>
        business.TaxIdLabel.Trim() == BusinessOptions.DefaultTaxIdLabel ? ShopText.Translate(BusinessOptions.DefaultTaxIdLabel) : business.TaxIdLabel.Trim();

    /// <summary>The seller is in the EU: its invoices carry what EU VAT law asks (the tax per rate with its net).</summary>
    public bool InEu => Country is { } c && VatNumber.IsEu(c);

    /// <summary>"INV-000042": the prefix and the sequence number, six digits at least.</summary>
    public string InvoiceLabel(int number) => $"{InvoicePrefix}{number:D6}";

    /// <summary>"CN-000007": the credit note prefix and the credit note series' number, six digits at least.</summary>
    public string CreditNoteLabel(int number) => $"{CreditNotePrefix}{number:D6}";

    /// <summary>The seller as the top of an invoice or credit note names it: name, address, tax number, register.</summary>
    public IReadOnlyList<string> Letterhead => [.. Lines, .. TaxLines, .. RegisterLines];
}
