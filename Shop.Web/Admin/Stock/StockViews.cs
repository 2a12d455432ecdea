using Shop.Domain.Catalog;

namespace Shop.Web.Admin.Stock;

public sealed record LowStockRow(int ProductId, string Name, string Sku, int StockOnHand, bool IsPublished);

public sealed record StockMovementRow(DateTimeOffset At, string UserEmail, int Delta, StockMovementReason Reason, string Note, int OnHandAfter);

/// <summary>One product's stock page: what is on hand, the adjustment form and the history, newest first.</summary>
public sealed record ProductStockPage(int ProductId, string Name, string Sku, int OnHand, PageOf<StockMovementRow> History, StockAdjustmentForm Form);
