namespace Shop.Domain.Ordering;

/// <summary>How long after delivery a shopper may ask to return items (<c>Shop:Returns:Days</c>).</summary>
public sealed record ReturnWindow(int Days)
{
    /// <summary>When the order was delivered (from its timeline); null when it was not.</summary>
    public static DateTimeOffset? DeliveredAt(Order order) =>
        order.History.LastOrDefault(h => h.Status == OrderStatus.Delivered)?.At;

    /// <summary>Why this order cannot be returned now; null when it can.</summary>
    public string? Refusal(Order order, DateTimeOffset now)
    {
        if (order.Status is OrderStatus.Refunded or OrderStatus.Cancelled)
            return $"Order {order.Number} was {(order.Status == OrderStatus.Refunded ? "refunded in full" : "cancelled")}: there is nothing left to return.";
        if (order.Status != OrderStatus.Delivered || DeliveredAt(order) is not { } delivered)
            return $"Order {order.Number} can be returned once it is delivered.";
        if (now > delivered.AddDays(Days))
            return $"Order {order.Number} was delivered more than {Days} days ago, so it can no longer be returned.";
        return null;
    }

    public bool IsOpen(Order order, DateTimeOffset now) => Refusal(order, now) is null;
}
