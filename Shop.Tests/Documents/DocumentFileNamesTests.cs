using System.Globalization;
using Shop.Web.Documents;

namespace Shop.Tests.Documents;

/// <summary>The names PDFs download under: a shopper's documents in the order's language, a packer's in the staff's, ASCII only.</summary>
public class DocumentFileNamesTests
{
    [Test]
    public void Downloaded_names_are_in_the_document_s_language_and_ASCII_only()
    {
        Assert.Multiple(() =>
        {
            Assert.That(In("de-DE", () => DocumentFileNames.Invoice("SHP-1A2B3C")), Is.EqualTo("Rechnung-SHP-1A2B3C.pdf"));
            Assert.That(In("de-DE", () => DocumentFileNames.CreditNote("SHP-1A2B3C", 7)), Is.EqualTo("Rechnungskorrektur-SHP-1A2B3C-000007.pdf"));
            Assert.That(In("fr-FR", () => DocumentFileNames.Invoice("SHP-1A2B3C")), Is.EqualTo("facture-SHP-1A2B3C.pdf"));
            Assert.That(In("fr-FR", () => DocumentFileNames.CreditNote("SHP-1A2B3C", 1234567)), Is.EqualTo("avoir-SHP-1A2B3C-1234567.pdf"));
            Assert.That(In("en-GB", () => DocumentFileNames.Invoice("SHP-1A2B3C")), Is.EqualTo("invoice-SHP-1A2B3C.pdf"));
            Assert.That(In("fr-FR", () => DocumentFileNames.PackingSlip("SHP-1A2B3C")), Is.EqualTo("packing-slip-SHP-1A2B3C.pdf"), "the staff's");
            Assert.That(DocumentFileNames.Batch("invoices", new DateTimeOffset(2026, 12, 7, 5, 42, 0, TimeSpan.FromHours(1))),
                Is.EqualTo("invoices-2026-12-07-0442.pdf"), "in UTC");
        });
    }

    private static string In(string culture, Func<string> name)
    {
        var before = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (CultureInfo.GetCultureInfo(culture), CultureInfo.GetCultureInfo(culture));
        try { return name(); }
        finally { (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = before; }
    }
}
