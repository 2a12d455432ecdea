namespace Shop.Web.Admin.Stock;

public sealed record LowStockRow(int ProductId, string Name, string Sku, int StockOnHand, bool IsPublished);
