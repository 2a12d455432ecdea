using Shop.Domain.Ordering;
using Microsoft.EntityFrameworkCore;
using Shop.Web.Data;
using Shop.Web.Payments.Braintree;
using Shop.Web.StaffMail;

namespace Shop.Web.Payments;

/// <summary>Applies verified Braintree notifications to orders, once each: settlement, refunds, disputes.</summary>
public sealed class PaymentWebhookHandler(ShopDbContext db, StaffNotices staff, TimeProvider clock, ILogger<PaymentWebhookHandler> log)
{
    // The order may be saved by staff between our read and our save (its row version moves): read it again and
    // add the note on top, rather than losing the notification.
    public Task ApplyAsync(WebhookNotification n, CancellationToken ct) => db.RetryOnConflictAsync(_ => ApplyOnceAsync(n, ct));

    private async Task ApplyOnceAsync(WebhookNotification n, CancellationToken ct)
    {
        var subject = n.TransactionId ?? n.DisputeId ?? "-";
        if (await db.PaymentNotifications.AnyAsync(p => p.Kind == n.Kind && p.Subject == subject && p.Timestamp == n.Timestamp, ct))
        {
            log.LogInformation("Webhook {Kind} for {Subject} already applied", n.Kind, subject);
            return;
        }

        var order = n.OrderId is { } number ? await db.Orders.Include(o => o.History).FirstOrDefaultAsync(o => o.Number == number, ct) : null;
        var note = n.Kind switch
        {
            WebhookNotification.TransactionSettled => OrderNotes.Settled,
            WebhookNotification.TransactionSettlementDeclined => OrderNotes.SettlementDeclined,
            WebhookNotification.TransactionDisbursed => OrderNotes.Disbursed,
            WebhookNotification.DisputeOpened => OrderNotes.Write(OrderNotes.DisputeOpened, n.DisputeReason ?? "no reason given", n.Amount),
            WebhookNotification.DisputeWon => OrderNotes.DisputeWon,
            WebhookNotification.DisputeLost => OrderNotes.DisputeLost,
            WebhookNotification.RefundFailed => OrderNotes.RefundFailed,
            _ => null,
        };
        if (order is not null && n.Kind is WebhookNotification.TransactionSettled or WebhookNotification.TransactionDisbursed
            && !order.IsPaidBy(n.Amount))
        {
            // Counts as this order's payment only in its amount and currency.
            log.LogError("Webhook {Kind} for {Subject}: {Amount}, the order {Order} is {Total}", n.Kind, subject, n.Amount, order.Number, order.Total);
            note = OrderNotes.Write(OrderNotes.ForeignTransaction, subject, n.Kind, (object?)n.Amount ?? "no amount", order.Total);
        }
        if (order is not null && note is not null) order.AddInternalNote(note, clock.GetUtcNow());
        else if (note is not null) log.LogWarning("Webhook {Kind} for {Subject} names no order we know", n.Kind, subject);

        db.PaymentNotifications.Add(new PaymentNotification
        {
            Kind = n.Kind, Subject = subject, Timestamp = n.Timestamp, OrderNumber = order?.Number, ReceivedAt = clock.GetUtcNow(),
        });
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (e is not DbUpdateConcurrencyException)
        {
            log.LogInformation("Webhook {Kind} for {Subject} was applied by a parallel delivery", n.Kind, subject);
            return;
        }
        // Once per notification (saved just now): a dispute has days to be answered, so staff are mailed, not only shown it.
        if (PaymentAlerts.WhatToDo.TryGetValue(n.Kind, out var whatToDo)) staff.PaymentNeedsStaff(order?.Number, whatToDo);
    }
}
