using System.Globalization;
using System.Text;
using Shop.Web.Languages;

namespace Shop.Web.Documents;

/// <summary>
/// The names PDFs download under. A shopper's documents, the invoice and credit notes, are named in the current language,
/// which prints them in the order's ("Rechnung-SHP-….pdf", "avoir-SHP-…-000007.pdf"); staff's packing slips and batches
/// stay English. ASCII only, so every browser, mail program and file system keeps the name as it is.
/// </summary>
public static class DocumentFileNames
{
    public static string Invoice(string orderNumber) => Ascii(ShopText.Translate("invoice-{0}.pdf", orderNumber));

    public static string CreditNote(string orderNumber, int number) =>
        Ascii(ShopText.Translate("credit-note-{0}-{1}.pdf", orderNumber, number.ToString("D6", CultureInfo.InvariantCulture)));

    public static string PackingSlip(string orderNumber) => Ascii($"packing-slip-{orderNumber}.pdf");

    /// <summary>The file of several orders' documents ("invoices-2026-12-07-0542.pdf"), printed at <paramref name="at"/> (UTC).</summary>
    public static string Batch(string kind, DateTimeOffset at) => Ascii($"{kind}-{at.UtcDateTime:yyyy-MM-dd-HHmm}.pdf");

    /// <summary>Accents dropped ("é" is "e"), "ß" as "ss", and anything else outside letters, digits, '-', '_' and '.' as '-'.</summary>
    private static string Ascii(string name)
    {
        var ascii = new StringBuilder(name.Length);
        foreach (var c in name.Replace("ß", "ss").Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            ascii.Append(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '-');
        }
        return ascii.ToString();
    }
}
