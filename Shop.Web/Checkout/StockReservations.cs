using Microsoft.EntityFrameworkCore;
using Shop.Domain.Ordering;
using Shop.Web.Catalog;
using Shop.Web.Data;
using Shop.Web.Live;

namespace Shop.Web.Checkout;

/// <summary>
/// Takes stock for an order and gives it back, each line with one conditional UPDATE in the database:
/// "subtract n where at least n are left". Two shoppers racing for the last unit cannot both win, whatever the
/// number of nodes, because the database decides; there is no read-then-write in between.
/// </summary>
public sealed class StockReservations(ShopDbContext db, CatalogCache cache, StockFeed live)
{
    /// <summary>Reserves every line or none (call inside a transaction). Returns the product that ran out, if any.</summary>
    public async Task<int?> TryReserveAsync(IEnumerable<(int ProductId, int Quantity)> lines, CancellationToken ct)
    {
        foreach (var (productId, quantity) in lines)
        {
            var taken = await db.Products
                .Where(p => p.Id == productId && p.IsPublished && p.StockOnHand >= quantity)
                .ExecuteUpdateAsync(s => s.SetProperty(p => p.StockOnHand, p => p.StockOnHand - quantity), ct);
            if (taken == 0) return productId;
        }
        return null;
    }

    /// <summary>Puts an order's units back on the shelf (payment failed, order cancelled).</summary>
    public async Task ReleaseAsync(Order order, CancellationToken ct)
    {
        foreach (var line in order.Lines)
        {
            await db.Products.Where(p => p.Id == line.ProductId)
                .ExecuteUpdateAsync(s => s.SetProperty(p => p.StockOnHand, p => p.StockOnHand + line.Quantity), ct);
        }
    }

    /// <summary>
    /// After a commit: cached pages showing "only N left" or "sold out" for these products must not be stale, and
    /// open product pages hear the new stock.
    /// </summary>
    public async Task AnnounceAsync(Order order, bool released, CancellationToken ct)
    {
        var ids = order.Lines.Select(l => l.ProductId).ToList();
        var stock = await db.Products.AsNoTracking().Where(p => ids.Contains(p.Id))
            .Select(p => new { p.Id, p.StockOnHand }).ToListAsync(ct);
        foreach (var s in stock)
        {
            var moved = order.Lines.Where(l => l.ProductId == s.Id).Sum(l => l.Quantity);
            var before = released ? s.StockOnHand - moved : s.StockOnHand + moved;
            await cache.StockChangedAsync(before, s.StockOnHand, ct);
            live.Changed(s.Id, before);
        }
    }
}
