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
            return OrderNotes.Write(order.Status == OrderStatus.Refunded ? ReturnRefusals.RefundedInFull : ReturnRefusals.Cancelled, order.Number);
        if (order.Status != OrderStatus.Delivered || DeliveredAt(order) is not { } delivered)
            return OrderNotes.Write(ReturnRefusals.NotDelivered, order.Number);
        if (now > delivered.AddDays(Days))
            return OrderNotes.Write(ReturnRefusals.WindowClosed, order.Number, Days);
        return null;
    }

    public bool IsOpen(Order order, DateTimeOffset now) => Refusal(order, now) is null;
}
