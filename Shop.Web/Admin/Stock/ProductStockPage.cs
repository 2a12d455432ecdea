namespace Shop.Web.Admin.Stock;

/// <summary>One product's stock page: what is on hand, the adjustment form and the history, newest first.</summary>
public sealed record ProductStockPage(int ProductId, string Name, string Sku, int OnHand, PageOf<StockMovementRow> History, StockAdjustmentForm Form);
