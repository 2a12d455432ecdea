using Microsoft.EntityFrameworkCore;
using Shop.Web.Data;
using Shop.Web.Payments.Braintree;

namespace Shop.Web.Payments;

/// <summary>
/// What the payment gateway reported that staff must act on (a settlement the bank declined, a dispute opened or
/// lost, a refund that failed), newest first: the dashboard lists them until staff mark them handled, for at most
/// <see cref="Window"/> (by then a dispute's time to answer is long over). Each is also an internal note on its order.
/// </summary>
public sealed class PaymentAlerts(ShopDbContext db, TimeProvider clock)
{
    public static readonly TimeSpan Window = TimeSpan.FromDays(30);

    /// <summary>The kinds of notice that are alerts, each with what staff should do.</summary>
    internal static readonly IReadOnlyDictionary<string, string> WhatToDo = new Dictionary<string, string>
    {
        [WebhookNotification.TransactionSettlementDeclined] = "Settlement declined by the bank: follow up with the shopper",
        [WebhookNotification.DisputeOpened] = "Dispute opened: answer it at Braintree",
        [WebhookNotification.DisputeLost] = "Dispute lost: the money went back to the cardholder",
        [WebhookNotification.RefundFailed] = "A refund failed at the gateway: refund the shopper another way",
    };

    private static readonly string[] Kinds = [.. WhatToDo.Keys];

    public async Task<IReadOnlyList<PaymentAlert>> OpenAsync(int most, CancellationToken ct)
    {
        var since = clock.GetUtcNow() - Window;
        return await db.PaymentNotifications.AsNoTracking()
            .Where(n => Kinds.Contains(n.Kind) && n.HandledAt == null && n.ReceivedAt >= since)
            .OrderByDescending(n => n.ReceivedAt).Take(most)
            .Select(n => new PaymentAlert(n.Id, n.Kind, n.OrderNumber, n.Subject, n.ReceivedAt))
            .ToListAsync(ct);
    }

    /// <summary>The alert to mark handled (tracked); null when there is no such alert.</summary>
    public Task<PaymentNotification?> FindAsync(int id, CancellationToken ct) =>
        db.PaymentNotifications.FirstOrDefaultAsync(n => n.Id == id && Kinds.Contains(n.Kind), ct);
}

/// <summary>One alert: what happened and what to do, and the order it names (null when it names none of the shop's).</summary>
public sealed record PaymentAlert(int Id, string Kind, string? OrderNumber, string Subject, DateTimeOffset ReceivedAt)
{
    public string What => PaymentAlerts.WhatToDo[Kind];
}
