using Shop.Domain.Ordering;

namespace Shop.Web.Admin.Orders;

/// <summary>What the staff order list is filtered by (all from the query string; every field optional).</summary>
public sealed class OrderFilter
{
    public OrderStatus? Status { get; set; }
    /// <summary>First day placed (the shop's day), inclusive.</summary>
    public DateOnly? From { get; set; }
    /// <summary>Last day placed (the shop's day), inclusive.</summary>
    public DateOnly? To { get; set; }
    /// <summary>Part of the shopper's email address, or of the name the order is delivered or billed to (the query's <c>Email</c>, as in older links).</summary>
    public string? Email { get; set; }
    /// <summary>Part of the order number ("7K3Q" finds SHP-7K3Q-X9MA).</summary>
    public string? Number { get; set; }
    /// <summary>Also list unpaid attempts (<see cref="OrderLists.IsUnpaidAttempt"/>); left out by default.</summary>
    public bool Attempts { get; set; }
}
