using System.Globalization;
using Shop.Web.Languages;

namespace Shop.Web.Admin.Stock;

/// <summary>
/// The notes the shop writes on the stock movements it makes (English, as stored), read back on the stock page in the
/// staff member's language. A note staff typed with an adjustment shows as typed.
/// </summary>
public static class StockNotes
{
    public const string OpeningStock = "Opening stock";
    public const string CatalogImport = "Catalog import";
    public const string AddedToEvery = "Added to every variant at once.";
    public const string AddedToSelected = "Added to {0} selected variants at once.";
    public const string WrittenOff = "Written off: {0} ({1}) was removed with its option values.";
    public const string SetInGrid = "Set to {0} in the variant grid ({1} were shown).";
    public const string Returned = "Return {0} of order {1}";

    private static readonly StoredSentences Known = new([OpeningStock, CatalogImport, AddedToEvery, AddedToSelected, WrittenOff, SetInGrid, Returned]);

    public static string Write(string template, params object?[] values) => string.Format(CultureInfo.InvariantCulture, template, values);

    public static string? Translate(string? note) => note is null ? null : Known.Translate(note) ?? note;
}
