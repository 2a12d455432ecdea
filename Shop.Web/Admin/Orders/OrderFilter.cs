using Shop.Domain.Ordering;

namespace Shop.Web.Admin.Orders;

/// <summary>What the staff order list is filtered by (all from the query string; every field optional).</summary>
public sealed class OrderFilter
{
    public OrderStatus? Status { get; set; }
    /// <summary>First UTC day placed, inclusive.</summary>
    public DateOnly? From { get; set; }
    /// <summary>Last UTC day placed, inclusive.</summary>
    public DateOnly? To { get; set; }
    /// <summary>Part of the shopper's email address.</summary>
    public string? Email { get; set; }
    /// <summary>Part of the order number ("7K3Q" finds SHP-7K3Q-X9MA).</summary>
    public string? Number { get; set; }
    /// <summary>Also list unpaid attempts (<see cref="OrderLists.IsUnpaidAttempt"/>); left out by default.</summary>
    public bool Attempts { get; set; }
}
