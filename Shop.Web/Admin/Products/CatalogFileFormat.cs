using System.Globalization;
using System.Text.RegularExpressions;
using Shop.Domain;
using Shop.Domain.Catalog;
using Shop.Web.Languages;

namespace Shop.Web.Admin.Products;

/// <summary>
/// How a catalog file separates its cells and writes its numbers: the shop's export (commas, decimal points), Excel's
/// "CSV UTF-8" under German or French settings (semicolons, decimal commas: "1.299,00", "1 299,00"), or tabs (decimal
/// points). Told apart by the header line; the one place that reads and writes a file's amounts and whole numbers.
/// </summary>
public sealed partial record CatalogFileFormat(char Separator, bool DecimalComma, string Description)
{
    public static readonly CatalogFileFormat Comma = new(',', false, "separated by commas, with decimal points");
    public static readonly CatalogFileFormat Excel = new(';', true, "separated by semicolons, with decimal commas (as Excel saves it in German or French)");
    public static readonly CatalogFileFormat Tab = new('\t', false, "separated by tabs, with decimal points");

    private static readonly CatalogFileFormat[] Known = [Comma, Excel, Tab];

    /// <summary>The format whose separator splits the header line into the most known column names; comma when none does.</summary>
    public static CatalogFileFormat OfHeader(string header) =>
        Known.Select(f => (Format: f, Names: f.Cells(header).Count(IsColumn))).OrderByDescending(x => x.Names).First() is { Names: > 0 } best
            ? best.Format : Comma;

    private IEnumerable<string> Cells(string header) => header.Split(Separator).Select(c => c.Trim().Trim('"').Trim());

    private static bool IsColumn(string name) =>
        CatalogFile.Columns.Contains(name, StringComparer.OrdinalIgnoreCase) || OptionColumn().IsMatch(name);

    /// <summary>"semicolons", as a refusal names what separates the cells.</summary>
    public string SeparatorName => Separator switch { ';' => "semicolons", '\t' => "tabs", _ => "commas" };

    /// <summary>An amount as this format writes it: "19.99", or "19,99"; exactly the currency's decimals, no thousands separator.</summary>
    public string Amount(decimal? amount, string currency) =>
        amount is not { } a ? "" : DecimalComma ? CurrencyDigits.Invariant(a, currency).Replace('.', ',') : CurrencyDigits.Invariant(a, currency);

    /// <summary>A content as this format writes it: "0.75 l", or "0,75 l".</summary>
    public string Content(NetContent? content) =>
        content?.ToString() is not { } text ? "" : DecimalComma ? text.Replace('.', ',') : text;

    /// <summary>An amount such as this format's files give it, for the refusals.</summary>
    public string AmountExample => DecimalComma ? "19,99" : "19.99";

    /// <summary>
    /// Reads an amount. Decimal points: as before, no thousands separators ("12,50" is a mistake for 12.50, not 1250).
    /// Decimal commas: "19,99", "1299", and thousands grouped by dots or spaces in threes ("1.299,00", "1 299,00").
    /// </summary>
    public bool TryAmount(string text, out decimal value)
    {
        if (!DecimalComma)
            return decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
        value = 0m;
        return GroupedAmount().Match(text) is { Success: true } m
               && decimal.TryParse(Digits(m) + (m.Groups["fraction"].Success ? "." + m.Groups["fraction"].Value : ""),
                   NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>Reads a whole number; with decimal commas its thousands may be grouped as in amounts ("1.000" is a thousand).</summary>
    public bool TryWhole(string text, out int value)
    {
        if (!DecimalComma) return int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out value);
        value = 0;
        return GroupedWhole().Match(text) is { Success: true } m && int.TryParse(Digits(m), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>
    /// Why a content cannot be read in this format, or null. With decimal commas, "1.250 g" would read as 1.25 g where a
    /// German means 1250 g: it is refused rather than guessed.
    /// </summary>
    public string? ContentProblem(string text)
    {
        if (!NetContent.IsReadable(text)) return ShopText.Translate("'{0}' is not a content. {1}", ImportRow.Short(text), ShopText.Translate(NetContent.Refusal));
        if (DecimalComma && DotThousands().IsMatch(text))
            return ShopText.Translate("'{0}' could be read two ways: this file has decimal commas, so write a thousand and more without a dot (1250 g) and decimals with a comma (1,25 g).", ImportRow.Short(text));
        return null;
    }

    private static string Digits(Match m) => m.Groups["sign"].Value + new string([.. m.Groups["whole"].Value.Where(char.IsAsciiDigit)]);

    // Groups of three after the first, all with the same separator: a dot (German), a space or no-break space (French).
    [GeneratedRegex(@"^(?<sign>[-+]?)(?<whole>[0-9]+|[0-9]{1,3}(?<g>[. \u00A0\u202F])[0-9]{3}(?:\k<g>[0-9]{3})*)(?:,(?<fraction>[0-9]+))?$", RegexOptions.CultureInvariant)]
    private static partial Regex GroupedAmount();

    [GeneratedRegex(@"^(?<sign>[-+]?)(?<whole>[0-9]+|[0-9]{1,3}(?<g>[. \u00A0\u202F])[0-9]{3}(?:\k<g>[0-9]{3})*)$", RegexOptions.CultureInvariant)]
    private static partial Regex GroupedWhole();

    [GeneratedRegex(@"^[0-9]+\.[0-9]{3}(?![0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex DotThousands();

    [GeneratedRegex("^Option[0-9]{1,4}(Name|Value)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OptionColumn();
}
