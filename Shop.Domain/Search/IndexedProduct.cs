using System.Globalization;

namespace Shop.Domain.Search;

/// <summary>A variant on sale as search sees it: its option values (in the product's option order), price and stock.</summary>
public sealed record IndexedVariant(string Sku, IReadOnlyList<string> Values, decimal Price, int Stock);

/// <summary>A published product as search sees it, with its variants on sale (at least one).</summary>
public sealed record IndexedProduct(int Id, string Name, string Sku, string Description, string CategoryName, string CategorySlug,
    DateTimeOffset CreatedAt, IReadOnlyList<string> OptionNames, IReadOnlyList<IndexedVariant> Variants)
{
    public decimal LowestPrice { get; } = Variants.Count == 0 ? 0 : Variants.Min(v => v.Price);
    public decimal HighestPrice { get; } = Variants.Count == 0 ? 0 : Variants.Max(v => v.Price);
    public int Stock { get; } = Variants.Sum(v => v.Stock);

    /// <summary>Staff's translations of its name, description and category: search finds the product by their words too.</summary>
    public IReadOnlyList<IndexedTranslation> Translations { get; init; } = [];

    /// <summary>Its name as a shopper in <paramref name="language"/> reads it (the shop's own where that language has none).</summary>
    public string NameIn(string? language) =>
        language is null ? Name : Translations.FirstOrDefault(t => t.Language == language && t.Name.Length > 0)?.Name ?? Name;

    /// <summary>Its category's name as a shopper in <paramref name="language"/> reads it.</summary>
    public string CategoryNameIn(string? language) =>
        language is null ? CategoryName : Translations.FirstOrDefault(t => t.Language == language && t.CategoryName.Length > 0)?.CategoryName ?? CategoryName;

    /// <summary>How names are put in alphabetical order for a shopper in <paramref name="language"/> (null: the shop's own, as always).</summary>
    public static StringComparer Alphabetical(string? language) =>
        language is null ? StringComparer.OrdinalIgnoreCase : StringComparer.Create(CultureInfo.GetCultureInfo(language), ignoreCase: true);
}

/// <summary>
/// A product's words in one more language ("" where that language has no translation of a part); <paramref name="OptionWords"/>
/// are its option names and values as staff translated them ("Farbe Rot Blau").
/// </summary>
public sealed record IndexedTranslation(string Language, string Name, string Description, string CategoryName, string OptionWords = "");
