namespace Shop.Domain.Ordering;

/// <summary>Where an order is in its life. Allowed moves are in <see cref="Order"/>'s summary.</summary>
public enum OrderStatus
{
    /// <summary>Placed, waiting for payment.</summary>
    Pending = 1,
    Paid = 2,
    Shipped = 3,
    Delivered = 4,
    /// <summary>Payment failed or was abandoned, or staff cancelled it (with a full refund if it was paid).</summary>
    Cancelled = 5,
    /// <summary>Part of the money has gone back; the goods have not shipped yet.</summary>
    PartiallyRefunded = 6,
    /// <summary>All of the money has gone back.</summary>
    Refunded = 7,
}
