using Microsoft.EntityFrameworkCore;
using Shop.Domain.Checkout;
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
        // Counted after the update above, which holds the code's row until commit: a parallel order with the same code
        // waits, then counts this one.
        var terms = await db.DiscountCodes.AsNoTracking().FirstAsync(d => d.Code == code, ct);
        return await UsedUpByAsync(terms, order.UserId, order.Email, order.Id, ct) ? new HoldRefused(null, code, UsedUpByShopper: true) : null;
    }

    /// <summary>
    /// Whether the shopper (the signed-in account <paramref name="userId"/>, and the mailbox of <paramref name="email"/>:
    /// <see cref="SameShopper"/>) has used the code as often as it allows, in orders other than
    /// <paramref name="exceptOrder"/> (asked by the review too, so Pay refuses nothing it showed).
    /// </summary>
    public async Task<bool> UsedUpByAsync(DiscountCode terms, string? userId, string email, int exceptOrder, CancellationToken ct)
    {
        if (terms.UsesPerShopper is null || string.IsNullOrWhiteSpace(email)) return false;
        var uses = await db.Orders.Where(SameShopper.Orders(userId, email))
            .CountAsync(o => o.DiscountCode == terms.Code && o.Status != OrderStatus.Cancelled && o.Id != exceptOrder, ct);
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
