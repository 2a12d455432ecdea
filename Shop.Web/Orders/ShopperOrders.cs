using Microsoft.EntityFrameworkCore;
using Shop.Domain;
using Shop.Domain.Ordering;
using Shop.Web.Data;
using Shop.Web.Shared;

namespace Shop.Web.Orders;

/// <summary>
/// A signed-in shopper's own orders. Orders belong to the account that placed them (UserId), never to an email
/// address: a guest order with the same address is not shown, because the address alone proves nothing.
/// </summary>
public sealed class ShopperOrders(ShopDbContext db)
{
    /// <summary>A page of the newest orders first; unpaid attempts (<see cref="OrderLists.IsUnpaidAttempt"/>) only when asked for.</summary>
    public async Task<ShopperOrderHistory> ListAsync(string userId, bool attempts, int? page, CancellationToken ct)
    {
        var query = db.Orders.AsNoTracking().Where(o => o.UserId == userId);
        var hidden = 0;
        if (!attempts)
        {
            hidden = await query.CountAsync(OrderLists.IsUnpaidAttempt, ct);
            query = query.Where(OrderLists.IsNotUnpaidAttempt);
        }
        var total = await query.CountAsync(ct);
        var current = Paging.Clamp(Paging.Page(page), total);
        var rows = await query
            .OrderByDescending(o => o.PlacedAt).ThenByDescending(o => o.Id).Skip(Paging.Skip(current, total)).Take(Paging.PageSize)
            .Select(o => new { o.Number, o.PlacedAt, o.Status, o.Total.Amount, o.Currency, Items = o.Lines.Sum(l => l.Quantity) })
            .ToListAsync(ct);
        var orders = rows.Select(o => new ShopperOrderRow(o.Number, o.PlacedAt, o.Status, new Money(o.Amount, o.Currency), o.Items)).ToList();
        return new ShopperOrderHistory(new PageOf<ShopperOrderRow>(orders, current, Paging.PageSize, total), hidden, attempts);
    }

    /// <summary>The order if it is this shopper's; null for an unknown number and for anyone else's order alike.</summary>
    public async Task<Order?> FindAsync(string userId, string number, CancellationToken ct)
    {
        number = number.Trim().ToUpperInvariant();
        if (!OrderNumber.IsValid(number)) return null;
        return await db.Orders.AsNoTracking().AsSplitQuery().Include(o => o.Lines).Include(o => o.TaxLines).Include(o => o.Refunds)
            .Include(o => o.History.Where(h => !h.IsInternal)) // staff's internal notes never leave the server
            .FirstOrDefaultAsync(o => o.Number == number && o.UserId == userId, ct);
    }
}
