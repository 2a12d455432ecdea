using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Shop.Domain;
using Shop.Domain.Catalog;
using Shop.Domain.Ordering;
using Shop.Web.Admin.Audit;
using Shop.Web.Admin.Orders;
using Shop.Web.Admin.Stock;
using Shop.Web.Data;
using Shop.Web.Orders;
using Shop.Web.Languages;

namespace Shop.Web.Admin.Returns;

/// <summary>
/// What staff do with a return: approve or refuse it, receive the items (back on the shelf or not, per line, through
/// the stock history like any adjustment), and refund them through the order's refund (the gateway first). Each step
/// writes the order's history and the audit log in one save, then mails the shopper.
/// </summary>
public sealed class StaffReturnActions(ShopDbContext db, StaffOrderActions orders, StockAdjustments stock, AuditTrail audit,
    IOrderEvents events, TimeProvider clock)
{
    public async Task<OrderActionResult> ApproveAsync(int id, StaffMember by, CancellationToken ct) =>
        await StepAsync(id, by, "ReturnApproved", (r, _, now, _) => { r.Approve(now); return Task.CompletedTask; },
            r => HistoryNotes.Write(HistoryNotes.ReturnApproved, r.Id, r.Describe()),
            (r, o) => ShopText.Translate("Return {0} of order {1}: approved; the shopper was mailed.", r.Id, o.Number),
            (r, o) => (ShopText.Translate("Your return for order {0} is approved", o.Number),
                [ShopText.Translate("Please send back: {0}.", r.Describe()), ShopText.Translate("Put a note with order number {0} in the parcel. We refund once the items arrive.", o.Number)]), ct);

    public async Task<OrderActionResult> RefuseAsync(int id, string reason, StaffMember by, CancellationToken ct) =>
        await StepAsync(id, by, "ReturnRefused", (r, _, now, _) => { r.Refuse(reason, now); return Task.CompletedTask; },
            r => HistoryNotes.Write(HistoryNotes.ReturnRefused, r.Id, r.RefusalReason ?? ""),
            (r, o) => ShopText.Translate("Return {0} of order {1}: refused; the shopper was mailed.", r.Id, o.Number),
            (r, o) => (ShopText.Translate("Your return for order {0} was not accepted", o.Number),
                [ShopText.Translate("We cannot accept the return of {0}.", r.Describe()), ShopText.Translate("Why: {0}", r.RefusalReason ?? ""), ShopText.Translate("Please reply to this mail if you have questions.")]), ct);

    /// <summary>
    /// The parcel arrived; the lines in <paramref name="restock"/> go back into stock (one stock movement each), unless
    /// their variant was removed since: those are recorded as not restocked, and the history and the notice say why.
    /// </summary>
    public async Task<OrderActionResult> ReceiveAsync(int id, IReadOnlySet<int> restock, StaffMember by, CancellationToken ct)
    {
        var gone = new List<ReturnLine>();
        string Line(ReturnLine l) => $"{l.Quantity} × {l.Name} " + (l.Restocked == true ? "back in stock"
            : gone.Contains(l) ? $"not restocked: {RemovedVariant}" : "not restocked");
        string Shown(ReturnLine l) => gone.Contains(l)
            ? ShopText.Translate("{0} × {1} not restocked: {2}", l.Quantity, l.Name, ShopText.Translate(RemovedVariant))
            : ShopText.Translate(l.Restocked == true ? "{0} × {1} back in stock" : "{0} × {1} not restocked", l.Quantity, l.Name);
        var result = await StepAsync(id, by, "ReturnReceived", async (r, o, now, token) =>
        {
            var variants = r.Lines.Select(l => l.VariantId).ToList();
            var still = await db.Variants.Where(v => variants.Contains(v.Id)).Select(v => v.Id).ToListAsync(token);
            gone.AddRange(r.Lines.Where(l => !still.Contains(l.VariantId)));
            r.Receive(r.Lines.ToDictionary(l => l.Id, l => restock.Contains(l.Id) && !gone.Contains(l)), now);
            foreach (var line in r.Lines.Where(l => l.Restocked == true))
                await stock.AdjustAsync(line.ProductId, line.VariantId, line.Quantity, StockMovementReason.Returned,
                    StockNotes.Write(StockNotes.Returned, r.Id, o.Number), by, token);
        },
            r => HistoryNotes.Write(HistoryNotes.ReturnReceived, r.Id, string.Join("; ", r.Lines.Select(Line))),
            (r, o) => ShopText.Translate("Return {0} of order {1}: received; the shopper was mailed.", r.Id, o.Number),
            (r, o) => (ShopText.Translate("We received your return for order {0}", o.Number),
                [ShopText.Translate("Your parcel arrived: {0}.", r.Describe()), ShopText.Translate("We are refunding you now and will write when the money is on its way.")]), ct);
        // A tick sent anyway (a page opened before the variant went): the notice says why nothing moved.
        var ticked = gone.Where(l => restock.Contains(l.Id)).ToList();
        return result.Outcome != OrderActionOutcome.Done || ticked.Count == 0 ? result
            : OrderActionResult.Done($"{result.Message} {string.Join("; ", ticked.Select(Shown))}.");
    }

    /// <summary>Why a returned line cannot go back into stock.</summary>
    public const string RemovedVariant = "its variant was removed from the catalog";

    /// <summary>
    /// Refunds the returned items (and the shipping, if asked) through the order's refund. The return is claimed first,
    /// under its version, so two staff refunding at once refund once; if the gateway gives nothing back, it waits again.
    /// </summary>
    public async Task<OrderActionResult> RefundAsync(int id, bool withShipping, StaffMember by, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is not { } found) return OrderActionResult.NotFound;
        var (r, order) = found;
        if (r.RefundRefusal is { } refused) return OrderActionResult.Refused(StaffRefusals.Translate(refused));
        var orderReturns = await db.Returns.Include(x => x.Lines).Where(x => x.OrderId == order.Id).ToListAsync(ct);
        var (amount, tax) = r.RefundFor(order, withShipping, orderReturns);
        r.MarkRefunded(amount, withShipping && !r.ShippingRefundedBefore(orderReturns), clock.GetUtcNow());
        if (amount.IsZero) return await ClosedWithNothingAsync(r, order, by, ct);
        if (!await db.TrySaveChangesAsync(ct)) return OrderActionResult.Refused(StaffOrderActions.ChangedMeanwhile(order.Number));

        db.ChangeTracker.Clear();
        var refund = await orders.RefundAsync(order.Number, amount.Amount, by, ct, itemsTax: tax, kind: RefundKind.Return);
        db.ChangeTracker.Clear();
        (r, order) = (await LoadAsync(id, CancellationToken.None))!.Value;
        var now = clock.GetUtcNow();
        if (refund.Outcome != OrderActionOutcome.Done)
        {
            r.RefundFailed(now);
            await db.SaveChangesAsync(CancellationToken.None);
            return refund;
        }
        // The money has moved: the history and the audit log say so even if someone saved the order meanwhile.
        await db.RetryOnConflictAsync(async _ =>
        {
            db.ChangeTracker.Clear();
            var fresh = await db.Orders.Include(o => o.History).FirstAsync(o => o.Id == order.Id, CancellationToken.None);
            fresh.AddInternalNote(HistoryNotes.Write(withShipping ? HistoryNotes.ReturnRefundedWithShipping : HistoryNotes.ReturnRefunded, r.Id, amount), now);
            audit.Record(by, StaffOrderActions.EntityType, order.Number, "ReturnRefunded", null,
                new { Return = r.Id, Amount = amount.ToString(CultureInfo.InvariantCulture), Shipping = withShipping });
            await db.SaveChangesAsync(CancellationToken.None);
        });
        return OrderActionResult.Done(ShopText.Translate("Return {0} refunded: {1} back to the shopper's card (they were mailed).", r.Id, amount));
    }

    /// <summary>The order has nothing left to refund (it came to nothing, or was refunded in full): the return closes, no money moves.</summary>
    private async Task<OrderActionResult> ClosedWithNothingAsync(ReturnRequest r, Order order, StaffMember by, CancellationToken ct)
    {
        order.AddInternalNote(HistoryNotes.Write(HistoryNotes.ReturnClosed, r.Id), clock.GetUtcNow());
        audit.Record(by, StaffOrderActions.EntityType, order.Number, "ReturnClosed", null, new { Return = r.Id });
        if (!await db.TrySaveChangesAsync(ct)) return OrderActionResult.Refused(StaffOrderActions.ChangedMeanwhile(order.Number));
        await events.ChangedAsync(order); // one return fewer to handle: staff pages' counts follow
        return OrderActionResult.Done(ShopText.Translate("Return {0} closed: order {1} has nothing left to refund, so no money moved.", r.Id, order.Number));
    }

    /// <summary>One step: the return changes, the order's history and the audit log say so, all in one save; then the mail.</summary>
    private async Task<OrderActionResult> StepAsync(int id, StaffMember by, string action,
        Func<ReturnRequest, Order, DateTimeOffset, CancellationToken, Task> change, Func<ReturnRequest, string> note,
        Func<ReturnRequest, Order, string> done, Func<ReturnRequest, Order, (string Subject, string[] Paragraphs)> mail, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is not { } found) return OrderActionResult.NotFound;
        var (r, order) = found;
        var before = r.Status;
        try
        {
            await db.InTransactionAsync(async token =>
            {
                var now = clock.GetUtcNow();
                await change(r, order, now, token);
                order.AddInternalNote(note(r), now); // the shopper's page shows the return's own status, in their language
                audit.Record(by, StaffOrderActions.EntityType, order.Number, action, new { Return = r.Id, Status = before }, new { Return = r.Id, r.Status });
                await db.SaveChangesAsync(token);
                return true;
            }, ct);
        }
        catch (DomainException e)
        {
            db.ChangeTracker.Clear();
            return OrderActionResult.Refused(StaffRefusals.Translate(e.Message));
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return OrderActionResult.Refused(StaffOrderActions.ChangedMeanwhile(order.Number));
        }
        await events.ReturnChangedAsync(order, () => mail(r, order));
        return OrderActionResult.Done(done(r, order));
    }

    private async Task<(ReturnRequest Return, Order Order)?> LoadAsync(int id, CancellationToken ct)
    {
        var r = await db.Returns.Include(x => x.Lines).FirstOrDefaultAsync(x => x.Id == id, ct);
        if (r is null) return null;
        var order = await db.Orders.Whole().FirstAsync(o => o.Id == r.OrderId, ct);
        return (r, order);
    }
}
