using Shop.Domain.Catalog;

namespace Shop.Web.Admin.Products;

/// <summary>A product as the audit log records it before and after a change.</summary>
public sealed record ProductSnapshot(string Name, string Slug, string Sku, decimal Price, decimal? CompareAtPrice, int CategoryId,
    bool IsPublished, bool IsArchived, int StockOnHand, string? ImagePath)
{
    public static ProductSnapshot Of(Product p) =>
        new(p.Name, p.Slug, p.Sku, p.Price, p.CompareAtPrice, p.CategoryId, p.IsPublished, p.IsArchived, p.StockOnHand, p.ImagePath);
}
