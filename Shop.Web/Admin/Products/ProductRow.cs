namespace Shop.Web.Admin.Products;

public sealed record ProductRow(int Id, string Name, string Sku, string Category, decimal Price, int StockOnHand, bool IsPublished, bool IsArchived,
    int Variants = 1, string? ImagePath = null);
