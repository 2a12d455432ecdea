using System.Globalization;

namespace Shop.Web.Admin.Products;

/// <summary>One line of an import file, with its values parsed and what could not be parsed.</summary>
public sealed record ImportRow(int Line, string Sku, string Name, string Slug, string Category, decimal? Price, decimal? CompareAtPrice,
    int? Stock, bool Published, string Description, IReadOnlyList<string> ParseProblems)
{
    private static readonly string[] Yes = ["true", "yes", "y", "1"];
    private static readonly string[] No = ["false", "no", "n", "0", ""];

    public static ImportRow Parse(int line, Func<string, string?> field)
    {
        var problems = new List<string>();
        string Text(string name) => Unescape(field(name)?.Trim() ?? "");

        decimal? Money(string name, bool required)
        {
            var text = Text(name);
            if (text.Length == 0)
            {
                if (required) problems.Add($"{name}: give a price such as 19.99.");
                return null;
            }
            if (decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var value)) return value;
            problems.Add($"{name}: '{Short(text)}' is not a number such as 19.99.");
            return null;
        }

        int? stock = null;
        var stockText = Text("Stock");
        if (stockText.Length > 0)
        {
            if (int.TryParse(stockText, NumberStyles.Integer, CultureInfo.InvariantCulture, out var s)) stock = s;
            else problems.Add($"Stock: '{Short(stockText)}' is not a whole number.");
        }
        var publishedText = Text("Published").ToLowerInvariant();
        var published = Yes.Contains(publishedText);
        if (!published && !No.Contains(publishedText)) problems.Add($"Published: use true or false, not '{Short(publishedText)}'.");

        return new ImportRow(line, Text("Sku").ToUpperInvariant(), Text("Name"), Text("Slug"), Text("Category"), Money("Price", true),
            Money("CompareAtPrice", false), stock, published, Text("Description"), problems);
    }

    /// <summary>Undoes the export's formula guard: a quote mark put in front of = + - @.</summary>
    private static string Unescape(string value) =>
        value.Length > 1 && value[0] == '\'' && "=+-@\t\r".Contains(value[1]) ? value[1..] : value;

    private static string Short(string value) => value.Length <= 20 ? value : value[..20] + "…";
}
