namespace Shop.Web.Payments;

/// <summary>
/// A gateway notification already applied. Braintree retries and repeats webhooks; the unique index on
/// (kind, subject, timestamp) makes applying one twice impossible.
/// </summary>
public sealed class PaymentNotification
{
    public int Id { get; set; }
    public string Kind { get; set; } = "";
    public string Subject { get; set; } = "";
    public DateTimeOffset Timestamp { get; set; }
    public string? OrderNumber { get; set; }
    public DateTimeOffset ReceivedAt { get; set; }
    /// <summary>When staff marked an alert (<see cref="PaymentAlerts"/>) handled, and who: it leaves the dashboard.</summary>
    public DateTimeOffset? HandledAt { get; private set; }
    public string? HandledBy { get; private set; }

    public void MarkHandled(string by, DateTimeOffset now)
    {
        HandledAt = now;
        HandledBy = by;
    }
}
