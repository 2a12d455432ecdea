namespace Shop.Web.Documents;

/// <summary>
/// Who the shop is on paper (<c>Shop:Business</c>): the name, address and tax details printed on packing slips and
/// invoices. An empty name falls back to <c>Shop:Name</c>.
/// </summary>
public sealed class BusinessOptions
{
    public const string Section = "Shop:Business";

    /// <summary>The legal or trading name; empty means the shop's name.</summary>
    public string Name { get; set; } = "";
    /// <summary>The postal address, one line each (<c>Shop:Business:Address:0</c>, <c>:1</c>, ...).</summary>
    public List<string> Address { get; set; } = [];
    /// <summary>A VAT or sales-tax registration, printed as "<see cref="TaxIdLabel"/>: value".</summary>
    public string TaxId { get; set; } = "";
    public string TaxIdLabel { get; set; } = DefaultTaxIdLabel;
    public const string DefaultTaxIdLabel = "VAT number";
    /// <summary>The company register entry printed under the tax number ("Amtsgericht München HRB 123456"); empty: none.</summary>
    public string Register { get; set; } = "";
    /// <summary>The managing directors a company's invoices name (§ 35a GmbHG), printed as "Directors: …"; empty: none.</summary>
    public string Directors { get; set; } = "";
    public string Email { get; set; } = "";
    /// <summary>Printed before the invoice's sequence number: "INV-" gives INV-000042.</summary>
    public string InvoicePrefix { get; set; } = "INV-";
    /// <summary>Printed before a credit note's number, a series of its own: "CN-" gives CN-000007.</summary>
    public string CreditNotePrefix { get; set; } = DefaultCreditNotePrefix;
    public const string DefaultCreditNotePrefix = "CN-";
    /// <summary>What invoices to business buyers say about payment (<c>Shop:Business:PaymentTerms</c>); see <see cref="PaymentTerms"/>.</summary>
    public PaymentTermsOptions PaymentTerms { get; set; } = new();
    /// <summary>Where TrueType fonts are looked for; empty means the system's font folders.</summary>
    public string FontDirectory { get; set; } = "";
}
