namespace Shop.Web.Admin.Stock;

/// <summary>A variant to reorder: <see cref="Name"/> names the product and the variant ("Linen Shirt — M / Blue").</summary>
public sealed record LowStockRow(int ProductId, string Name, string Sku, int StockOnHand, bool IsPublished);
