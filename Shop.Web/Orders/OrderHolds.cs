using Microsoft.EntityFrameworkCore;
using Shop.Domain.Ordering;
using Shop.Web.Catalog;
using Shop.Web.Data;

namespace Shop.Web.Orders;

/// <summary>
/// What an order holds while it may still be paid: its units of stock (<see cref="StockLevels"/>) and one use of its
/// discount code, counted like stock with one conditional UPDATE, so the last allowed use goes to one order only.
/// Taken when the order is placed, given back when it is cancelled or its payment fails.
/// </summary>
public sealed class OrderHolds(ShopDbContext db, StockLevels stock, WriteTurns turns, IOrderEvents events, TimeProvider clock)
{
    /// <summary>Takes all or nothing (call inside a transaction; roll back on a refusal). Null when taken.</summary>
    public async Task<HoldRefused?> TryTakeAsync(Order order, CancellationToken ct)
    {
        if (await stock.TryTakeAsync(Lines(order), ct) is { } variantId)
            return new HoldRefused(order.Lines.First(l => l.VariantId == variantId).DisplayName, null);
        if (order.DiscountCode is { } code && await db.DiscountCodes
                .Where(d => d.Code == code && (d.UsageLimit == null || d.TimesUsed < d.UsageLimit))
                .ExecuteUpdateAsync(s => s.SetProperty(d => d.TimesUsed, d => d.TimesUsed + 1), ct) != 1)
            return new HoldRefused(null, code);
        return null;
    }

    /// <summary>Gives the order's stock and discount use back (call inside a transaction, with the order's change).</summary>
    public async Task GiveBackAsync(Order order, CancellationToken ct)
    {
        await stock.ReturnAsync(Lines(order), ct);
        if (order.DiscountCode is { } code)
            await db.DiscountCodes.Where(d => d.Code == code && d.TimesUsed > 0)
                .ExecuteUpdateAsync(s => s.SetProperty(d => d.TimesUsed, d => d.TimesUsed - 1), ct);
    }

    /// <summary>Cancels a pending order whose payment failed and gives back what it held, atomically (in turn).</summary>
    public async Task CancelForFailedPaymentAsync(Order order, string reason, CancellationToken ct)
    {
        order.MarkPaymentFailed(reason, clock.GetUtcNow());
        await turns.RunAsync(db, async token =>
        {
            await GiveBackAsync(order, token);
            await db.SaveChangesAsync(token);
            return true;
        }, ct);
        await events.ChangedAsync(order);
    }

    private static IEnumerable<(int, int)> Lines(Order order) => order.Lines.Select(l => (l.VariantId, l.Quantity));
}
