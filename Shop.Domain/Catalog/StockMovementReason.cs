namespace Shop.Domain.Catalog;

/// <summary>Why staff changed stock by hand. Sales and returns move stock through orders, not through this.</summary>
public enum StockMovementReason
{
    Received = 1,
    Damaged = 2,
    Correction = 3,
}
