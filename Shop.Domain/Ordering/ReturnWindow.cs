namespace Shop.Domain.Ordering;

/// <summary>
/// How long after delivery a shopper may ask to return items (<c>Shop:Returns:Days</c>), counted in the shop's days
/// (<paramref name="DayOf"/>, UTC's when not given): open to the end of the last day, the day the order page promises.
/// </summary>
public sealed record ReturnWindow(int Days, Func<DateTimeOffset, DateOnly>? DayOf = null)
{
    /// <summary>When the order was delivered (from its timeline); null when it was not.</summary>
    public static DateTimeOffset? DeliveredAt(Order order) =>
        order.History.LastOrDefault(h => h.Status == OrderStatus.Delivered)?.At;

    /// <summary>The last day a return may be asked for: the day of delivery plus <see cref="Days"/>; null before delivery.</summary>
    public DateOnly? LastDay(Order order) => DeliveredAt(order) is { } delivered ? Day(delivered).AddDays(Days) : null;

    /// <summary>Why this order cannot be returned now; null when it can.</summary>
    public string? Refusal(Order order, DateTimeOffset now)
    {
        if (order.Status is OrderStatus.Refunded or OrderStatus.Cancelled)
            return OrderNotes.Write(order.Status == OrderStatus.Refunded ? ReturnRefusals.RefundedInFull : ReturnRefusals.Cancelled, order.Number);
        if (order.Status != OrderStatus.Delivered || LastDay(order) is not { } last)
            return OrderNotes.Write(ReturnRefusals.NotDelivered, order.Number);
        if (Day(now) > last)
            return OrderNotes.Write(ReturnRefusals.WindowClosed, order.Number, Days);
        return null;
    }

    public bool IsOpen(Order order, DateTimeOffset now) => Refusal(order, now) is null;

    private DateOnly Day(DateTimeOffset at) => DayOf?.Invoke(at) ?? DateOnly.FromDateTime(at.UtcDateTime);
}
