using System.Linq.Expressions;

namespace Shop.Domain.Ordering;

/// <summary>Which orders a list shows, as conditions the database runs: the staff's lists and the shopper's history.</summary>
public static class OrderLists
{
    /// <summary>
    /// A payment attempt that never took money: cancelled with no transaction (declined, abandoned, or cancelled
    /// before payment). Kept for audit; the default staff list and the shopper's history leave these out.
    /// </summary>
    public static readonly Expression<Func<Order, bool>> IsUnpaidAttempt =
        o => o.Status == OrderStatus.Cancelled && o.PaymentTransactionId == null;

    /// <summary>The opposite of <see cref="IsUnpaidAttempt"/>, for queries.</summary>
    public static readonly Expression<Func<Order, bool>> IsNotUnpaidAttempt =
        Expression.Lambda<Func<Order, bool>>(Expression.Not(IsUnpaidAttempt.Body), IsUnpaidAttempt.Parameters);

    /// <summary>Paid and not shipped yet: the goods are waiting to go out (the staff's "to fulfil" list; <see cref="Order.CanBeShipped"/>).</summary>
    public static readonly Expression<Func<Order, bool>> IsToFulfil =
        o => o.Status == OrderStatus.Paid || o.Status == OrderStatus.PartiallyRefunded;
}
