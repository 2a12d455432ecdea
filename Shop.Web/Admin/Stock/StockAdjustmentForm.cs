using Shop.Domain.Catalog;

namespace Shop.Web.Admin.Stock;

/// <summary>A hand adjustment: how many units arrive (+) or leave (-), and why.</summary>
public sealed class StockAdjustmentForm
{
    public int? Delta { get; set; }
    public StockMovementReason? Reason { get; set; }
    public string? Note { get; set; }
}
