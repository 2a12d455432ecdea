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
            return HoldRefused.ShortOf(order, variantId);
        if (order.DiscountCode is not { } code) return null;
        if (await db.DiscountCodes
                .Where(d => d.Code == code && (d.UsageLimit == null || d.TimesUsed < d.UsageLimit))
                .ExecuteUpdateAsync(s => s.SetProperty(d => d.TimesUsed, d => d.TimesUsed + 1), ct) != 1)
            return new HoldRefused(null, code);
        return await ShopperUsedUpAsync(order, code, ct) ? new HoldRefused(null, code, UsedUpByShopper: true) : null;
    }

    /// <summary>
    /// Whether the shopper (by email) has used the code as often as it allows. Counted after the update above, which
    /// holds the code's row until commit: a parallel order with the same code waits, then counts this one.
    /// </summary>
    private async Task<bool> ShopperUsedUpAsync(Order order, string code, CancellationToken ct)
    {
        var terms = await db.DiscountCodes.AsNoTracking().FirstAsync(d => d.Code == code, ct);
        if (terms.UsesPerShopper is null) return false;
        var email = order.Email.ToLowerInvariant();
        var uses = await db.Orders.CountAsync(o => o.DiscountCode == code && o.Email.ToLower() == email
                                                   && o.Status != OrderStatus.Cancelled && o.Id != order.Id, ct);
        return !terms.AllowsAnotherUseBy(uses);
    }

    /// <summary>
    /// Gives the order's stock and discount use back (call inside a transaction, with the order's change). Returns how
    /// many units could not go back because their variant was removed since.
    /// </summary>
    public async Task<int> GiveBackAsync(Order order, CancellationToken ct)
    {
        var gone = await stock.ReturnAsync(Lines(order), ct);
        if (order.DiscountCode is { } code)
            await db.DiscountCodes.Where(d => d.Code == code && d.TimesUsed > 0)
                .ExecuteUpdateAsync(s => s.SetProperty(d => d.TimesUsed, d => d.TimesUsed - 1), ct);
        return gone;
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

    public static IReadOnlyList<(int VariantId, int Quantity)> Lines(Order order) => order.Lines.Select(l => (l.VariantId, l.Quantity)).ToList();
}
