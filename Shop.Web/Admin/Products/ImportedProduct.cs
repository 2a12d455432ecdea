using Shop.Domain.Catalog;

namespace Shop.Web.Admin.Products;

/// <summary>Which columns the file has (without the option columns products keep their options), and how it writes numbers.</summary>
internal sealed record ImportFile(HashSet<string> Columns, bool HasOptions, CatalogFileFormat Format);

/// <summary>The rows of one product (one slug) and what checking and applying them found.</summary>
internal sealed class ImportedProduct(List<ImportRow> rows)
{
    public List<ImportRow> Rows { get; } = rows;
    public ImportRow First => Rows[0];
    public Product? Existing { get; set; }
    public int CategoryId { get; set; }
    public int OptionCount { get; set; }
    public IReadOnlyList<(string Name, IReadOnlyList<string> Values)> Options { get; set; } = [];
    public Product? Product { get; set; }
    public ImportSnapshot? Before { get; set; }
    /// <summary>The variants the product had before the import (the others are new).</summary>
    public HashSet<ProductVariant> Kept { get; set; } = [];
    public List<(ImportRow Row, ProductVariant Variant)> Variants { get; } = [];
}

/// <summary>A product as an import records it in the audit log: the product, its description and every variant.</summary>
internal sealed record ImportSnapshot(ProductSnapshot Product, string Description, IReadOnlyList<VariantSnapshot> Variants)
{
    public static ImportSnapshot Of(Product p) => new(ProductSnapshot.Of(p), p.Description,
        p.Variants.OrderBy(v => v.Position).Select(v => new VariantSnapshot(v.Sku, v.Title, v.Price, v.CompareAtPrice, v.WeightGrams, v.StockOnHand, v.IsPublished, v.Content?.ToString(), v.Gtin)).ToList());

    public bool SameAs(ImportSnapshot other) =>
        Product == other.Product && Description == other.Description && Variants.SequenceEqual(other.Variants);
}

internal sealed record VariantSnapshot(string Sku, string Title, decimal? Price, decimal? CompareAtPrice, int? WeightGrams, int Stock, bool Published,
    string? Content, string? Gtin);
