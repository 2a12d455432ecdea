namespace Shop.Domain.Catalog;

/// <summary>Why staff changed stock: by hand, or receiving a shopper's return. Sales move stock through orders, not through this.</summary>
public enum StockMovementReason
{
    Received = 1,
    Damaged = 2,
    Correction = 3,
    /// <summary>A shopper's returned items put back on the shelf.</summary>
    Returned = 4,
}
