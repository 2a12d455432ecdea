using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Shop.Domain.Cart;
using Shop.Domain.Ordering;
using Shop.Web.Cart;
using Shop.Web.Data;
using Shop.Web.Payments;

namespace Shop.Web.Orders;

/// <summary>
/// Settles orders left Pending because the gateway's answer was lost: asks the gateway for transactions with the
/// order's number and marks the order paid if money was taken; if the gateway has no charge and the grace period has
/// passed, cancels it and returns its stock. If the gateway can't be asked, it tries again next round.
/// </summary>
public sealed class PaymentReconciliation(
    ShopDbContext db,
    IPaymentGateway gateway,
    OrderHolds holds,
    IOrderEvents events,
    CartStamps cartStamps,
    IOptions<PaymentReconciliationOptions> options,
    TimeProvider clock,
    ILogger<PaymentReconciliation> log)
{
    /// <summary>What the gateway says of a pending order's payment (<see cref="AskGatewayAsync"/>).</summary>
    public enum GatewaySays { Paid, NothingTaken, OtherAmountTaken, Unavailable }

    /// <summary>
    /// Asks the gateway for the pending order's transactions. Money taken for exactly its total marks it paid (saved, the
    /// shopper mailed); another amount taken is left for a person (logged); nothing taken changes nothing.
    /// </summary>
    public async Task<GatewaySays> AskGatewayAsync(Order order, CancellationToken ct)
    {
        switch (await gateway.FindByOrderIdAsync(order.Number, ct))
        {
            case TransactionSearchResult.Found found when found.Transactions.FirstOrDefault(t => t.MoneyTaken) is { } paid
                                                          && !order.IsPaidBy(paid.Amount):
                // Money moved, but not the order's total: never mark it paid, never cancel it; a person must look.
                log.LogError("Order {Order} left pending: transaction {Transaction} took {Taken}, the order's total is {Total}",
                    order.Number, paid.Id, paid.Amount, order.Total);
                return GatewaySays.OtherAmountTaken;
            case TransactionSearchResult.Found found when found.Transactions.FirstOrDefault(t => t.MoneyTaken) is { } paid:
                order.MarkPaid(paid.Id, clock.GetUtcNow());
                var cart = await TakeOutOfCartAsync(order, ct);
                await db.SaveChangesAsync(ct);
                if (cart is not null) await cartStamps.RenewAsync(cart);
                await events.PaidAsync(order);
                log.LogInformation("Reconciled order {Order}: paid by {Transaction}", order.Number, paid.Id);
                return GatewaySays.Paid;
            case TransactionSearchResult.Found:
                return GatewaySays.NothingTaken;
            case TransactionSearchResult.Unavailable unavailable:
                log.LogWarning("Could not reconcile order {Order} now: {Reason}", order.Number, unavailable.Message);
                return GatewaySays.Unavailable;
            default:
                return GatewaySays.Unavailable;
        }
    }

    /// <summary>
    /// The paid order's lines come out of the cart it was bought from when Pay did not empty it (the shop stopped
    /// mid-charge), so the shopper is not offered the same things again; what they added since stays.
    /// </summary>
    private async Task<ShoppingCart?> TakeOutOfCartAsync(Order order, CancellationToken ct)
    {
        if (order.CartId is not { } id) return null;
        order.CartEmptied();
        var cart = await db.Carts.Include(c => c.Lines).FirstOrDefaultAsync(c => c.Id == id, ct);
        cart?.TakeOut(order.Lines.Select(l => (l.VariantId, l.Quantity)), clock.GetUtcNow());
        return cart;
    }

    public async Task<int> ReconcileAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var askFrom = now - options.Value.AskAfter;
        var pending = await db.Orders.Include(o => o.Lines).Include(o => o.TaxLines).Include(o => o.History)
            .Where(o => o.Status == OrderStatus.Pending && o.PlacedAt <= askFrom)
            .OrderBy(o => o.PlacedAt).Take(50).ToListAsync(ct);

        var settled = 0;
        foreach (var order in pending)
        {
            switch (await AskGatewayAsync(order, ct))
            {
                case GatewaySays.Paid:
                    settled++;
                    break;
                case GatewaySays.NothingTaken when order.PlacedAt <= now - options.Value.GiveUpAfter:
                    await holds.CancelForFailedPaymentAsync(order, "no payment reached the gateway", ct);
                    events.NotPaid(order);
                    log.LogInformation("Reconciled order {Order}: no charge found, cancelled and stock returned", order.Number);
                    settled++;
                    break;
            }
        }
        return settled;
    }
}
