using System.Globalization;
using System.Text;
using CsvHelper;
using Shop.Web.Languages;

namespace Shop.Web.Admin.Products;

/// <summary>
/// The catalog file as staff save it from a spreadsheet: UTF-8 CSV, comma- or (Excel in German or French) semicolon-separated
/// (<see cref="CatalogFileFormat"/>), a header row naming the <see cref="Columns"/> (the <see cref="Required"/> ones at least,
/// in any order and case), one row per variant, read into rows or problems by line.
/// Written by <see cref="CatalogExport"/>; what the rows mean is <see cref="CatalogImport"/>'s.
/// </summary>
public static class CatalogFile
{
    /// <summary>A year's catalog of 5,000 products in 4 variants each (4.6 MB) imports whole; a larger one goes by category.</summary>
    public const long MaxFileBytes = 8 * 1024 * 1024;
    public const int MaxRows = 25_000;

    /// <summary>"8 MB" ("8 Mo" in French), as the import page and its refusal say it.</summary>
    public static string MaxFileSize => ShopText.Translate("{0} MB", MaxFileBytes / (1024 * 1024));

    public const string SplitHint = "export one category at a time (filter the product list by category, then Export CSV) or split it into several files, keeping each product's rows together.";

    public static readonly string[] Columns =
    [
        "Slug", "Sku", "Name", "Category", "Price", "CompareAtPrice", "Published", "Digital", "Brand",
        "Option1Name", "Option1Value", "Option2Name", "Option2Value", "Option3Name", "Option3Value",
        "VariantSku", "Gtin", "VariantPrice", "VariantCompareAtPrice", "WeightGrams", "Stock", "StockAtExport",
        "VariantPublished", "Description", "Content",
    ];

    /// <summary>What the one-row-per-product format already had; every other column may be left out.</summary>
    public static readonly string[] Required = ["Sku", "Name", "Slug", "Category", "Price", "Stock", "Published"];

    public const string NotUtf8 = "The file is not UTF-8 text, so its accented letters would be garbled: save it as \"CSV UTF-8\" " +
        "(in Excel: File, Save As, CSV UTF-8 (Comma delimited)) and import it again. Nothing was changed.";

    /// <summary>
    /// The file in memory (it is at most <see cref="MaxFileBytes"/>) if it is UTF-8, else null: a spreadsheet's
    /// Windows-1252 "CSV" would otherwise be read with its é and ü replaced, and saved that way.
    /// </summary>
    private static async Task<MemoryStream?> Utf8TextAsync(Stream file, CancellationToken ct)
    {
        var copy = new MemoryStream();
        await file.CopyToAsync(copy, ct);
        try
        {
            StrictUtf8.GetCharCount(copy.GetBuffer(), 0, (int)copy.Length);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
        copy.Position = 0;
        return copy;
    }

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The line starting at byte <paramref name="from"/>, without a byte order mark, and where the next one starts.</summary>
    private static (string Line, int Next) LineAt(MemoryStream text, int from)
    {
        var bytes = text.GetBuffer().AsSpan(from, (int)text.Length - from);
        var end = bytes.IndexOf((byte)'\n');
        return (Encoding.UTF8.GetString(end < 0 ? bytes : bytes[..end]).TrimStart('\uFEFF').TrimEnd('\r'), end < 0 ? (int)text.Length : from + end + 1);
    }

    /// <summary>
    /// The header line, which tells the file's <see cref="CatalogFileFormat"/>, and how many lines come before it: a file
    /// made for Excel may open with Excel's separator hint ("sep=;"), which is read past.
    /// </summary>
    private static (string Header, int Skipped) Header(MemoryStream text)
    {
        var (first, next) = LineAt(text, 0);
        if (first.Length != 5 || !first.StartsWith("sep=", StringComparison.OrdinalIgnoreCase)) return (first, 0);
        text.Position = next;
        return (LineAt(text, next).Line, 1);
    }

    /// <summary>
    /// Reads and parses every row, in the format its header line tells (<see cref="CatalogFileFormat.OfHeader"/>); problems
    /// with the file's encoding, its shape or a value's format come back by line.
    /// </summary>
    public static async Task<(List<ImportRow> Rows, HashSet<string> Columns, CatalogFileFormat Format, List<ImportProblem> Problems)> ReadAsync(
        Stream file, CancellationToken ct)
    {
        if (await Utf8TextAsync(file, ct) is not { } text) return ([], [], CatalogFileFormat.Comma, [new ImportProblem(0, ShopText.Translate(NotUtf8))]);
        await using var _ = text;
        var (header, skipped) = Header(text);
        var format = CatalogFileFormat.OfHeader(header);
        var rows = new List<ImportRow>();
        var columns = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var problems = new List<ImportProblem>();
        var options = CsvReaderOptions.Default with { Separator = format.Separator, TrackLineNumbers = true, FormatProvider = CultureInfo.InvariantCulture };
        try
        {
            await using var csv = CsvReader.Create(text, options);
            while (await csv.ReadAsync(ct))
            {
                var line = Convert.ToInt32(csv.LineNumber, CultureInfo.InvariantCulture) + skipped;
                // Spreadsheets change header case and add spaces; "sku " is still the Sku column.
                var fields = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
                foreach (var (name, value) in csv.Current.ToDictionary()) fields.TryAdd(name.Trim(), value?.ToString());
                if (rows.Count == 0 && problems.Count == 0)
                {
                    columns.UnionWith(fields.Keys);
                    var missing = Required.Where(c => !fields.ContainsKey(c)).ToList();
                    if (missing.Count > 0)
                    {
                        var one = fields.Count == 1 && !Columns.Contains(fields.Keys.Single(), StringComparer.OrdinalIgnoreCase) ? fields.Keys.Single() : null;
                        problems.Add(new ImportProblem(1 + skipped, one is not null ? OneColumn(one)
                            : ShopText.Plural(missing.Count, "The header row lacks the column {1}. Expected: {2}.", "The header row lacks the columns {1}. Expected: {2}.", string.Join(", ", missing), string.Join(",", Columns))));
                        return (rows, columns, format, problems);
                    }
                }
                // A spreadsheet writes rows it only formatted as separators alone (";;;;"): no product, nothing to say.
                if (fields.Values.All(string.IsNullOrWhiteSpace)) continue;
                // Cells are read by header name, so an unquoted separator would shift or drop a row's cells without a word.
                if (csv.FieldCount != csv.Headers.Count)
                {
                    var example = format == CatalogFileFormat.Excel ? "\"Warm; soft\"" : "\"Warm, soft\"";
                    problems.Add(new ImportProblem(line, ShopText.Translate("This line has {0} values and the header {1}: "
                        + "put text that contains {2} in double quotes ({3}), as a spreadsheet's CSV does.", csv.FieldCount, csv.Headers.Count, ShopText.Translate(format.SeparatorName), example)));
                    continue;
                }
                if (rows.Count >= MaxRows)
                {
                    problems.Add(new ImportProblem(line, ShopText.Translate("A file may hold at most {0:N0} rows (one per variant); {1}", MaxRows, ShopText.Translate(SplitHint))));
                    return (rows, columns, format, problems);
                }
                rows.Add(ImportRow.Parse(line, fields, format));
            }
        }
        catch (CsvFormatException e)
        {
            problems.Add(new ImportProblem(Math.Max(1, Convert.ToInt32(e.LineNumber, CultureInfo.InvariantCulture)) + skipped, ShopText.Translate("This line is not valid CSV (check its quotes and the number of columns).")));
        }
        return (rows, columns, format, problems);
    }

    /// <summary>The refusal of a header the file's separators do not split: it names what it read, not a list of "missing" columns.</summary>
    private static string OneColumn(string header) =>
        ShopText.Translate("The header row reads as one column ('{0}'): separate the columns with commas, or with semicolons as Excel "
            + "does under German or French settings, and name them as an export does.", ImportRow.Short(header));
}
