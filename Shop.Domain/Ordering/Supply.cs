namespace Shop.Domain.Ordering;

/// <summary>
/// When an order's supply happened, as its invoice says: the day the order was shipped (or sent, for digital goods),
/// and before that the day it was paid in advance.
/// Why an EU business paid no VAT is <see cref="VatNotCharged"/>'s.
/// </summary>
public static class Supply
{
    /// <summary>The day the order went out (its first Shipped step; later steps keep that status); null before. Needs <see cref="Order.History"/>.</summary>
    public static DateTimeOffset? ShippedAt(Order order)
    {
        ArgumentNullException.ThrowIfNull(order);
        return order.History.FirstOrDefault(h => h.Status == OrderStatus.Shipped)?.At;
    }

    /// <summary>The day the order was paid: its first Paid step; the day it was placed for an order whose history lacks one.</summary>
    public static DateTimeOffset PaidAt(Order order)
    {
        ArgumentNullException.ThrowIfNull(order);
        return order.History.FirstOrDefault(h => h.Status == OrderStatus.Paid)?.At ?? order.PlacedAt;
    }
}
