namespace Shop.Web.Documents;

/// <summary>The shop as printed at the top of its documents (from <see cref="BusinessOptions"/>).</summary>
public sealed record PrintedBusiness(IReadOnlyList<string> Lines, IReadOnlyList<string> TaxLines, string InvoicePrefix)
{
    public static PrintedBusiness From(BusinessOptions business, string shopName) => new(
        [string.IsNullOrWhiteSpace(business.Name) ? shopName : business.Name.Trim(),
         .. business.Address.Where(l => !string.IsNullOrWhiteSpace(l)).Select(l => l.Trim()),
         .. string.IsNullOrWhiteSpace(business.Email) ? Array.Empty<string>() : [business.Email.Trim()]],
        string.IsNullOrWhiteSpace(business.TaxId) ? [] : [$"{business.TaxIdLabel}: {business.TaxId.Trim()}"],
        business.InvoicePrefix);

    /// <summary>"INV-000042": the prefix and the sequence number, six digits at least.</summary>
    public string InvoiceLabel(int number) => $"{InvoicePrefix}{number:D6}";
}
