namespace Shop.Domain.Ordering;

/// <summary>One entry of an order's timeline: what it became, when, and why (for staff and the shopper).</summary>
public class OrderStatusChange
{
    public int Id { get; private set; }
    public OrderStatus Status { get; private set; }
    public DateTimeOffset At { get; private set; }
    public string Note { get; private set; } = "";
    /// <summary>A staff note kept from the shopper (everything else in the timeline, the shopper sees too).</summary>
    public bool IsInternal { get; private set; }

    private OrderStatusChange() { }

    internal OrderStatusChange(OrderStatus status, DateTimeOffset at, string? note, bool isInternal = false)
    {
        IsInternal = isInternal;
        Status = status;
        At = at;
        Note = Guard.Text(note, nameof(note), 500, allowEmpty: true);
    }
}
