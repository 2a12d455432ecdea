using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Shop.Domain;
using Shop.Domain.Checkout;
using Shop.Domain.Ordering;
using Shop.Web.Admin.Audit;
using Shop.Web.Data;
using Shop.Web.Languages;
using Shop.Web.Orders;
using Shop.Web.Payments;

namespace Shop.Web.Admin.Orders;

/// <summary>
/// What staff do to an order: ship, mark delivered, cancel, refund. The order decides whether its status allows
/// it; money moves at the gateway first and the order records only what the gateway did, so a refused or failed
/// gateway call leaves the order as it was. Each change commits with its audit entry in one SaveChanges.
/// Money moves at most once: a refund or reversal first claims the order (<see cref="Order.StartPaymentChange"/>),
/// saved under the order's row version, so of two staff acting at the same instant only one reaches the gateway.
/// </summary>
public sealed class StaffOrderActions(
    ShopDbContext db,
    IPaymentGateway gateway,
    OrderHolds holds,
    PaymentReconciliation reconciliation,
    AuditTrail audit,
    IOrderEvents events,
    TimeProvider clock,
    ILogger<StaffOrderActions> log)
{
    public const string EntityType = "Order";

    public static string ChangedMeanwhile(string number) =>
        ShopText.Translate("Order {0} was changed by someone else at the same moment, so nothing was done. Look at it again and decide.", number);

    public async Task<OrderActionResult> ShipAsync(string number, string trackingNumber, string? carrier, StaffMember by, CancellationToken ct)
    {
        if (await LoadAsync(number, ct) is not { } order) return OrderActionResult.NotFound;
        var before = order.Status;
        try
        {
            order.Ship(trackingNumber.Trim(), clock.GetUtcNow(), carrier?.Trim());
        }
        catch (DomainException e)
        {
            return OrderActionResult.Refused(StaffRefusals.Translate(e.Message));
        }
        audit.Record(by, EntityType, order.Number, "Shipped", new { Status = before }, new { order.Status, order.TrackingNumber, order.Carrier });
        if (!await db.TrySaveChangesAsync(ct)) return OrderActionResult.Refused(ChangedMeanwhile(order.Number));
        await events.ShippedAsync(order);
        return OrderActionResult.Done(ShopText.Translate("Order {0} is shipped; the shopper was sent the tracking number.", order.Number));
    }

    /// <summary>Adds a note to the order's history; a note for the shopper is mailed to them.</summary>
    public async Task<OrderActionResult> AddNoteAsync(string number, string text, bool forShopper, StaffMember by, CancellationToken ct)
    {
        if (await LoadAsync(number, ct) is not { } order) return OrderActionResult.NotFound;
        try
        {
            order.AddStaffNote(text.Trim(), forShopper, clock.GetUtcNow());
        }
        catch (DomainException e)
        {
            return OrderActionResult.Refused(StaffRefusals.Translate(e.Message));
        }
        audit.Record(by, EntityType, order.Number, forShopper ? "NoteForShopper" : "InternalNote", null, new { Note = text.Trim() });
        if (!await db.TrySaveChangesAsync(ct)) return OrderActionResult.Refused(ChangedMeanwhile(order.Number));
        if (!forShopper) return OrderActionResult.Done(ShopText.Translate("Internal note added to order {0}.", order.Number));
        await events.NoteForShopperAsync(order, text.Trim());
        return OrderActionResult.Done(ShopText.Translate("Note added to order {0} and mailed to the shopper.", order.Number));
    }

    /// <summary>Corrects where the order goes (<see cref="Order.ChangeDeliveryAddress"/>), with the old and new address in the audit.</summary>
    /// <param name="shown">The address the staff member's page showed (<see cref="DeliveryAddressForm.Shown"/>); null: not checked.</param>
    public async Task<OrderActionResult> ChangeDeliveryAddressAsync(string number, Address to, string? shown, StaffMember by, CancellationToken ct)
    {
        if (await LoadAsync(number, ct) is not { } order) return OrderActionResult.NotFound;
        var was = order.ShippingAddress;
        if (!string.IsNullOrEmpty(shown) && shown.ReplaceLineEndings("\n") != DeliveryAddressForm.Shown(was))
            return OrderActionResult.Refused(ShopText.Translate(
                "Someone changed the delivery address of order {0} a moment ago: it now goes to {1}. Nothing was changed; what you typed is below: save it again if it is still right.", order.Number,
                string.Join(", ", new[] { was.FullName, was.Line1, was.Line2, was.PostalCode, was.City }.Where(p => !string.IsNullOrEmpty(p)))));
        try
        {
            order.ChangeDeliveryAddress(to, clock.GetUtcNow());
        }
        catch (DomainException e)
        {
            return OrderActionResult.Refused(StaffRefusals.Translate(e.Message));
        }
        if (order.ShippingAddress == was) return OrderActionResult.Done(ShopText.Translate("Order {0} goes where it went: nothing was changed.", order.Number));
        audit.Record(by, EntityType, order.Number, "DeliveryAddressChanged", was, order.ShippingAddress);
        if (!await db.TrySaveChangesAsync(ct)) return OrderActionResult.Refused(ChangedMeanwhile(order.Number));
        return OrderActionResult.Done(ShopText.Translate("Order {0} goes to the corrected address; its packing slip says so.", order.Number));
    }

    public async Task<OrderActionResult> MarkDeliveredAsync(string number, StaffMember by, CancellationToken ct)
    {
        if (await LoadAsync(number, ct) is not { } order) return OrderActionResult.NotFound;
        var before = order.Status;
        try
        {
            order.MarkDelivered(clock.GetUtcNow());
        }
        catch (DomainException e)
        {
            return OrderActionResult.Refused(StaffRefusals.Translate(e.Message));
        }
        audit.Record(by, EntityType, order.Number, "Delivered", new { Status = before }, new { order.Status });
        if (!await db.TrySaveChangesAsync(ct)) return OrderActionResult.Refused(ChangedMeanwhile(order.Number));
        await events.DeliveredAsync(order);
        return OrderActionResult.Done(ShopText.Translate("Order {0} is marked delivered; the shopper was told.", order.Number));
    }

    /// <summary>
    /// A pending order is cancelled once the gateway says it took nothing (its answer may have been lost). A paid one has its payment reversed first (voided if it has not
    /// settled, refunded in full if it has); only then is the order cancelled. Either way its units go back on the
    /// shelf and a discount use is given back, in the same transaction.
    /// </summary>
    public async Task<OrderActionResult> CancelAsync(string number, string reason, StaffMember by, CancellationToken ct)
    {
        if (await LoadAsync(number, ct) is not { } order) return OrderActionResult.NotFound;
        if (order.CancelRefusal(clock.GetUtcNow()) is { } cannot) return OrderActionResult.Refused(StaffRefusals.Translate(cannot));
        if (order.Status == OrderStatus.Pending && !order.IsFreeOfCharge && await PaidMeanwhileAsync(order, ct) is { } notCancelled)
            return notCancelled;

        (string Note, string Shown)? reversal = null;
        var notRestocked = 0;
        // A paid order's money goes back first; an order that came to nothing (a discount covered it) took none.
        var charged = order.Status != OrderStatus.Pending && !order.IsFreeOfCharge;
        if (charged)
        {
            if (order.PaymentTransactionId is not { } txn) return OrderActionResult.Refused(ShopText.Translate("Order {0} has no payment transaction to reverse.", order.Number));
            if (await ClaimAsync(order, ct) is { } refused) return refused;
            // Money first: the shop must never say "cancelled and refunded" while the shopper is still charged.
            var left = order.RefundedAmount.IsZero ? (Money?)null : order.RefundableAmount;
            var answer = await gateway.ReverseWhatIsLeftAsync(txn, left);
            if (answer is not (ReverseResult.Voided or ReverseResult.Refunded)) order = await ReleaseAsync(order);
            switch (answer)
            {
                case ReverseResult.Voided:
                    reversal = Said(HistoryNotes.Voided, txn);
                    break;
                case ReverseResult.Refunded r when left is { } rest:
                    reversal = Said(HistoryNotes.RestRefunded, rest, txn, r.RefundId);
                    break;
                case ReverseResult.Refunded r:
                    reversal = Said(HistoryNotes.PaymentRefunded, txn, r.RefundId);
                    break;
                case ReverseResult.Invalid i:
                    return OrderActionResult.GatewayRefused(ShopText.Translate("The payment gateway refused to reverse the payment: {0} (code {1}). The order was not cancelled.", i.Message, i.Code));
                case ReverseResult.Unavailable u:
                    return OrderActionResult.GatewayUnavailable(ShopText.Translate("The payment gateway is not available ({0}). The order was not cancelled; try again in a few minutes.", u.Message));
                case ReverseResult.OutcomeUnknown u:
                    log.LogWarning("Reversal of {Transaction} for order {Order} has an unknown outcome: {Reason}", txn, order.Number, u.Message);
                    return OrderActionResult.GatewayUnavailable(ShopText.Translate("The payment gateway did not confirm the reversal ({0}). The order was not cancelled; check the transaction at the gateway before trying again.", u.Message));
                default:
                    return OrderActionResult.GatewayRefused(ShopText.Translate("The payment gateway gave an answer the shop does not understand. The order was not cancelled."));
            }
        }

        var goingBack = new MoneyBack(Money.Zero(order.Currency), Money.Zero(order.Currency));
        async Task CancelIt(Order o, CancellationToken token)
        {
            var before = new { o.Status, RefundedAmount = o.RefundedAmount.ToString(CultureInfo.InvariantCulture) };
            var now = clock.GetUtcNow();
            if (reversal is not null) o.AddInternalNote(reversal.Value.Note, now);
            var taxLeft = o.TaxLeft;
            var back = o.Cancel(reason, now);
            goingBack = new MoneyBack(back, back.IsZero ? back : taxLeft);
            notRestocked = await holds.GiveBackAsync(o, token);
            if (notRestocked > 0) o.AddInternalNote(NotRestockedNote(notRestocked), now);
            audit.Record(by, EntityType, o.Number, "Cancelled", before,
                new { o.Status, RefundedAmount = o.RefundedAmount.ToString(CultureInfo.InvariantCulture), Reason = reason, Gateway = reversal?.Note, NotRestocked = notRestocked });
        }

        if (!charged)
        {
            // No money moved: if someone changed the order meanwhile (paid it, say), cancelling might now be wrong.
            try
            {
                await db.InTransactionAsync(async token => { await CancelIt(order, token); await db.SaveChangesAsync(token); return true; }, ct);
            }
            catch (DbUpdateConcurrencyException)
            {
                db.ChangeTracker.Clear();
                return OrderActionResult.Refused(ChangedMeanwhile(order.Number));
            }
        }
        else
        {
            // The money has moved: record it even if the browser went away or a webhook's note got there first.
            order = await RecordingAsync(order, reversal?.Note, CancelIt);
        }
        await events.CancelledAsync(order, goingBack);
        var done = reversal is { } said
            ? ShopText.Translate("Order {0} is cancelled, its stock returned. {1}", order.Number, said.Shown)
            : ShopText.Translate("Order {0} is cancelled and its stock returned.", order.Number);
        return OrderActionResult.Done(notRestocked == 0 ? done : $"{done} {NotRestocked(notRestocked)}");
    }

    /// <summary>
    /// A pending order's payment answer may have been lost with the money taken: the gateway is asked first, as the
    /// reconciler would. Null when it took nothing; otherwise why the order is not cancelled (paid after all: marked so).
    /// </summary>
    private async Task<OrderActionResult?> PaidMeanwhileAsync(Order order, CancellationToken ct)
    {
        PaymentReconciliation.GatewaySays says;
        try
        {
            says = await reconciliation.AskGatewayAsync(order, ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return OrderActionResult.Refused(ChangedMeanwhile(order.Number));
        }
        return says switch
        {
            PaymentReconciliation.GatewaySays.NothingTaken => null,
            PaymentReconciliation.GatewaySays.Paid => OrderActionResult.Refused(
                ShopText.Translate("Order {0} was paid after all: the gateway took {1} (transaction {2}). It is marked paid now and was not cancelled; cancel it again to give the money back.",
                    order.Number, order.Total, order.PaymentTransactionId ?? "")),
            PaymentReconciliation.GatewaySays.OtherAmountTaken => OrderActionResult.GatewayRefused(
                ShopText.Translate("The gateway took an amount other than order {0}'s total. The order was not cancelled: check its transactions at the gateway.", order.Number)),
            _ => OrderActionResult.GatewayUnavailable(
                ShopText.Translate("The payment gateway cannot say now whether order {0} was charged. The order was not cancelled; try again in a few minutes.", order.Number)),
        };
    }

    private static string NotRestockedNote(int units) => HistoryNotes.Write(units == 1 ? HistoryNotes.NotRestockedOne : HistoryNotes.NotRestocked, units);

    private static string NotRestocked(int units) =>
        ShopText.Plural(units, HistoryNotes.NotRestockedOne, HistoryNotes.NotRestocked);

    /// <summary>What the gateway did, as the order's history keeps it (English, amounts written the same in every language) and as the page says it.</summary>
    private static (string Note, string Shown) Said(string english, params object[] values) => (HistoryNotes.Write(english, values), ShopText.Translate(english, values));

    /// <summary>Why staff cannot cancel the order now; null when they can (asked again when they confirm).</summary>
    /// <summary>Why staff cannot refund this amount from the order now; null when they can (asked again when they confirm).</summary>
    public static string? RefundRefusal(Order order, decimal amount) => order.CanBeRefunded
        ? order.RefundRefusal(new Money(amount, order.Currency))
        : new IllegalOrderTransition(order.Number, order.Status, "refunded").Message;

    /// <summary>
    /// Refunds part or all of what is left; the gateway refunds first, then the order records it, with the tax within:
    /// returned items' own (<paramref name="itemsTax"/>), or the amount's share of the tax left; the order keeps it as a
    /// refund of that <paramref name="kind"/> and <paramref name="reason"/> (its credit note's). A confirmation that saw
    /// another refunded amount (<paramref name="refundedBefore"/>) is stale: a refund was made since, so it refunds nothing.
    /// </summary>
    public async Task<OrderActionResult> RefundAsync(string number, decimal amount, StaffMember by, CancellationToken ct, Money? itemsTax = null,
        decimal? refundedBefore = null, RefundKind kind = RefundKind.Refund, string? reason = null)
    {
        if (await LoadAsync(number, ct) is not { } order) return OrderActionResult.NotFound;
        if (refundedBefore is { } seen && seen != order.RefundedAmount.Amount)
            return OrderActionResult.Refused(ShopText.Translate("Order {0} changed since you confirmed: {1} has been refunded by now, not {2}. Nothing was refunded; check the order and refund again if more is due.", order.Number, order.RefundedAmount, new Money(seen, order.Currency)));
        // Checked before the gateway as well as in the order, so the gateway is never asked for more than the order allows.
        if (RefundRefusal(order, amount) is { } cannot) return OrderActionResult.Refused(StaffRefusals.Translate(cannot));
        var money = new Money(amount, order.Currency);
        if (order.PaymentTransactionId is not { } txn) return OrderActionResult.Refused(ShopText.Translate("Order {0} has no payment transaction to refund.", order.Number));

        if (await ClaimAsync(order, ct) is { } refused) return refused;
        var answer = await gateway.RefundAsync(txn, money, CancellationToken.None);
        if (answer is not (RefundResult.Refunded or RefundResult.OutcomeUnknown)) order = await ReleaseAsync(order);
        string refundId;
        switch (answer)
        {
            case RefundResult.Refunded r:
                refundId = r.RefundId;
                break;
            case RefundResult.Invalid { Code: "91506" }:
                return OrderActionResult.GatewayRefused(order.CanBeCancelled
                    ? ShopText.Translate("The payment has not settled at the gateway yet, so it cannot be refunded. Cancel the order instead (that voids the payment), or refund once it has settled.")
                    : ShopText.Translate("The payment has not settled at the gateway yet, so it cannot be refunded. Try again once it has settled (usually within a day)."));
            case RefundResult.Invalid i:
                return OrderActionResult.GatewayRefused(ShopText.Translate("The payment gateway refused the refund: {0} (code {1}). Nothing was refunded.", i.Message, i.Code));
            case RefundResult.Declined d:
                return OrderActionResult.GatewayRefused(ShopText.Translate("The refund was declined at the gateway: {0}. Nothing was refunded.", d.Message));
            case RefundResult.Unavailable u:
                return OrderActionResult.GatewayUnavailable(ShopText.Translate("The payment gateway is not available ({0}). Nothing was refunded; try again in a few minutes.", u.Message));
            case RefundResult.OutcomeUnknown u:
                // A refund may have happened: staff must look before trying again, or the shopper could get it twice.
                await RecordingAsync(order, null, (o, _) =>
                {
                    var now = clock.GetUtcNow();
                    o.AddInternalNote(HistoryNotes.Write(HistoryNotes.RefundUnconfirmed, money, u.Message, txn), now);
                    o.EndPaymentChange(now);
                    audit.Record(by, EntityType, o.Number, "RefundUnconfirmed", null, new { Amount = money.ToString(CultureInfo.InvariantCulture) });
                    return Task.CompletedTask;
                });
                return OrderActionResult.GatewayUnavailable(ShopText.Translate("The payment gateway did not confirm the refund ({0}). Check transaction {1} at the gateway before trying again.", u.Message, txn));
            default:
                return OrderActionResult.GatewayRefused(ShopText.Translate("The payment gateway gave an answer the shop does not understand. Nothing was recorded."));
        }

        var back = new MoneyBack(money, money);
        order = await RecordingAsync(order, $"refund {refundId} of {money}", (o, _) =>
        {
            var before = new { o.Status, RefundedAmount = o.RefundedAmount.ToString(CultureInfo.InvariantCulture) };
            var now = clock.GetUtcNow();
            o.AddInternalNote(HistoryNotes.Write(HistoryNotes.RefundMade, refundId, money), now);
            back = itemsTax is { } tax ? MoneyBack.Of(o, money, tax) : MoneyBack.ShareOf(o, money);
            o.Refund(back, now, kind, reason);
            audit.Record(by, EntityType, o.Number, "Refunded", before,
                new { o.Status, RefundedAmount = o.RefundedAmount.ToString(CultureInfo.InvariantCulture), Amount = money.ToString(CultureInfo.InvariantCulture), RefundId = refundId });
            return Task.CompletedTask;
        });
        await events.RefundedAsync(order, back);
        return OrderActionResult.Done(ShopText.Translate("Refunded {0} on order {1}.", money, order.Number));
    }

    /// <summary>
    /// Claims the order for a refund or reversal and saves the claim before the gateway is called. Null when claimed;
    /// otherwise why not (another change is at the gateway, or the order changed since it was read).
    /// </summary>
    private async Task<OrderActionResult?> ClaimAsync(Order order, CancellationToken ct)
    {
        try
        {
            order.StartPaymentChange(clock.GetUtcNow());
        }
        catch (DomainException e)
        {
            return OrderActionResult.Refused(StaffRefusals.Translate(e.Message));
        }
        return await db.TrySaveChangesAsync(ct) ? null : OrderActionResult.Refused(ChangedMeanwhile(order.Number));
    }

    /// <summary>The gateway moved no money: free the order again.</summary>
    private Task<Order> ReleaseAsync(Order order) =>
        RecordingAsync(order, null, (o, _) => { o.EndPaymentChange(clock.GetUtcNow()); return Task.CompletedTask; });


    /// <summary>
    /// Records what the gateway already did (<paramref name="change"/>, in one transaction with its audit entry). If
    /// someone else saved the order in between (a webhook's note, say), the order is read again and the change made
    /// on top: what happened to the money is never lost to a conflict. If it still cannot be saved, the money has
    /// moved but the order does not say so: an operator must put it right, so the log says exactly what happened.
    /// </summary>
    private async Task<Order> RecordingAsync(Order order, string? gatewayDid, Func<Order, CancellationToken, Task> change)
    {
        try
        {
            return await db.RetryOnConflictAsync(async attempt =>
            {
                if (attempt > 1)
                    order = await LoadAsync(order.Number, CancellationToken.None) ?? throw new InvalidOperationException($"Order {order.Number} disappeared");
                await db.InTransactionAsync(async token =>
                {
                    await change(order, token);
                    await db.SaveChangesAsync(token);
                    return true;
                }, CancellationToken.None);
                return order;
            });
        }
        catch (Exception e) when (gatewayDid is not null)
        {
            log.LogCritical(e, "Order {Order}: the gateway did this but the order could not be saved: {GatewayDid}", order.Number, gatewayDid);
            throw;
        }
    }

    private async Task<Order?> LoadAsync(string number, CancellationToken ct)
    {
        number = number.Trim().ToUpperInvariant();
        if (!OrderNumber.IsValid(number)) return null;
        return await db.Orders.Whole().FirstOrDefaultAsync(o => o.Number == number, ct);
    }
}
