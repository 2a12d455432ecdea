using Shop.Domain.Catalog;

namespace Shop.Web.Admin.Products;

/// <summary>A product as the audit log records it before and after a change.</summary>
public sealed record ProductSnapshot(string Name, string Slug, string Sku, decimal Price, decimal? CompareAtPrice, int CategoryId,
    bool IsPublished, bool IsArchived, int StockOnHand, string? ImagePath, string? Options = null, int Variants = 1,
    string TaxClass = "Standard", int? WeightGrams = null, bool IsDigital = false, string? Content = null, string? Brand = null)
{
    /// <summary>Needs the product's variants and options loaded.</summary>
    public static ProductSnapshot Of(Product p) =>
        new(p.Name, p.Slug, p.Sku, p.Price, p.CompareAtPrice, p.CategoryId, p.IsPublished, p.IsArchived, p.Variants.Sum(v => v.StockOnHand), p.ImagePath,
            p.HasOptions ? string.Join("; ", p.Options.Select(o => $"{o.Name}: {string.Join(", ", o.Values)}")) : null, p.Variants.Count,
            p.TaxClass.ToString(), p.WeightGrams, p.IsDigital, p.Content?.ToString(), p.Brand);
}
