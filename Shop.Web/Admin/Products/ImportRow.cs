using System.Globalization;
using System.Text.RegularExpressions;
using Shop.Web.Languages;

namespace Shop.Web.Admin.Products;

/// <summary>
/// One line of an import file: one variant, with its product's columns repeated (or left empty after the product's
/// first line), its values parsed, which cells were empty, and what could not be parsed.
/// </summary>
public sealed partial record ImportRow(int Line, string Slug, string Sku, string Name, string Category, decimal? Price, decimal? CompareAtPrice,
    bool? Published, bool? Digital, string Description, IReadOnlyList<string> OptionNames, IReadOnlyList<string> OptionValues, string VariantSku,
    decimal? VariantPrice, decimal? VariantCompareAtPrice, int? WeightGrams, int? Stock, int? StockAtExport, bool? VariantPublished,
    IReadOnlySet<string> Empty, IReadOnlyList<string> ParseProblems)
{
    /// <summary>The variant's own content ("500 ml"; <see cref="Shop.Domain.Catalog.NetContent"/>); null: the product's.</summary>
    public Shop.Domain.Catalog.NetContent? Content { get; init; }
    /// <summary>The product's brand; empty: none.</summary>
    public string Brand { get; init; } = "";
    /// <summary>The variant's barcode number as its digits (<see cref="Shop.Domain.Catalog.Gtin"/>); null: none.</summary>
    public string? Gtin { get; init; }

    // Excel shows and saves true and false in the sheet's language: WAHR and FALSCH in German, VRAI and FAUX in French.
    private static readonly string[] Yes = ["true", "yes", "y", "1", "wahr", "vrai"];
    private static readonly string[] No = ["false", "no", "n", "0", "falsch", "faux"];

    /// <summary>Parses a line from its cells by column name (a column missing from the file reads as empty), its numbers as its <paramref name="format"/> writes them.</summary>
    public static ImportRow Parse(int line, IReadOnlyDictionary<string, string?> fields, CatalogFileFormat format)
    {
        var problems = new List<string>();
        var empty = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        string Text(string name)
        {
            var text = Unescape(fields.GetValueOrDefault(name)?.Trim() ?? "");
            if (text.Length == 0) empty.Add(name);
            return text;
        }

        decimal? Money(string name)
        {
            var text = Text(name);
            if (text.Length == 0) return null;
            if (format.TryAmount(text, out var value)) return value;
            problems.Add(format.DecimalComma
                ? ShopText.Translate("{0}: '{1}' is not an amount such as 19,99 or 1.299,00 (this file is separated by semicolons, so its amounts have decimal commas).", name, Short(text))
                : ShopText.Translate("{0}: '{1}' is not a number such as 19.99.", name, Short(text)));
            return null;
        }

        int? Whole(string name)
        {
            var text = Text(name);
            if (text.Length == 0) return null;
            if (format.TryWhole(text, out var value)) return value;
            problems.Add(format.DecimalComma
                ? ShopText.Translate("{0}: '{1}' is not a whole number such as 1000 or 1.000.", name, Short(text))
                : ShopText.Translate("{0}: '{1}' is not a whole number.", name, Short(text)));
            return null;
        }

        bool? YesNo(string name)
        {
            var text = Text(name).ToLowerInvariant();
            if (text.Length == 0) return null;
            if (Yes.Contains(text)) return true;
            if (No.Contains(text)) return false;
            problems.Add(ShopText.Translate("{0}: use true or false, not '{1}'.", name, Short(text)));
            return null;
        }

        // More than three options cannot be stored; say so rather than drop the values.
        foreach (var (name, value) in fields)
        {
            if (!string.IsNullOrWhiteSpace(value) && OptionColumn().Match(name) is { Success: true } m
                && int.Parse(m.Groups[1].ValueSpan, CultureInfo.InvariantCulture) > Shop.Domain.Catalog.Product.MaxOptions)
                problems.Add(ShopText.Translate("{0}: a product has at most {1} options.", name, Shop.Domain.Catalog.Product.MaxOptions));
        }

        Shop.Domain.Catalog.NetContent? content = null;
        if (Text("Content") is { Length: > 0 } written)
        {
            if (format.ContentProblem(written) is { } problem) problems.Add("Content: " + problem);
            else content = Shop.Domain.Catalog.NetContent.Parse(written);
        }

        string? gtin = null;
        if (Text("Gtin") is { Length: > 0 } barcode)
        {
            if (Shop.Domain.Catalog.Gtin.Problem(barcode) is not null) problems.Add($"Gtin: {GtinProblem.Of(barcode)}{(SpreadsheetNumber().IsMatch(barcode) ? ShopText.Translate(SpreadsheetHint) : "")}");
            else gtin = Shop.Domain.Catalog.Gtin.Normalize(barcode);
        }

        return new ImportRow(line, Text("Slug"), Text("Sku").ToUpperInvariant(), Text("Name"), Text("Category"), Money("Price"),
            Money("CompareAtPrice"), YesNo("Published"), YesNo("Digital"), Text("Description"),
            [Text("Option1Name"), Text("Option2Name"), Text("Option3Name")],
            [Text("Option1Value"), Text("Option2Value"), Text("Option3Value")],
            Text("VariantSku").ToUpperInvariant(), Money("VariantPrice"), Money("VariantCompareAtPrice"), Whole("WeightGrams"), Whole("Stock"),
            Whole("StockAtExport"), YesNo("VariantPublished"), empty, problems) { Content = content, Brand = Text("Brand"), Gtin = gtin };
    }

    /// <summary>The first <paramref name="count"/> option values: which variant of its product this line is.</summary>
    public IReadOnlyList<string> Combination(int count) => OptionValues.Take(count).ToList();

    /// <summary>Undoes the export's formula guard: a quote mark put in front of = + - @.</summary>
    private static string Unescape(string value) =>
        value.Length > 1 && value[0] == '\'' && "=+-@\t\r".Contains(value[1]) ? value[1..] : value;

    /// <summary>A barcode a spreadsheet turned into a number: "4.00638E+12", or eleven digits where a zero led.</summary>
    [GeneratedRegex(@"^([0-9]+([.,][0-9]+)?[eE]\+[0-9]+|[0-9]{7}|[0-9]{11})$", RegexOptions.CultureInvariant)]
    private static partial Regex SpreadsheetNumber();

    private const string SpreadsheetHint =
        " A spreadsheet writes long numbers as 4.00638E+12 and drops leading zeros: format the Gtin column as text before typing or pasting barcodes.";

    [GeneratedRegex("^Option([0-9]{1,4})(Name|Value)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OptionColumn();

    public static string Short(string value) => value.Length <= 20 ? value : value[..20] + "…";
}
