using Shop.Domain.Catalog;

namespace Shop.Web.Admin.Stock;

public sealed record StockMovementRow(DateTimeOffset At, string UserEmail, int Delta, StockMovementReason Reason, string Note, int OnHandAfter,
    string Variant = "");
