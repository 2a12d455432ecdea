using Microsoft.EntityFrameworkCore;
using Shop.Domain.Ordering;
using Shop.Web.Admin.Dashboard;
using Shop.Web.Data;

namespace Shop.Web.Admin.Orders;

/// <summary>
/// The dashboard's sales, read from orders.
/// <list type="bullet">
/// <item>An order counts when its money was taken and not all given back: Paid, Shipped, Delivered, PartiallyRefunded.
/// Pending (not paid yet), Cancelled and Refunded orders count for nothing.</item>
/// <item>Revenue is net of refunds: total minus what was refunded, so a partial refund lowers it. It is booked on the
/// UTC day the order was placed, not the day of the refund: the dashboard answers "what did we sell", not cash flow.</item>
/// <item>Top products rank by units sold and show the lines' value before refunds (refunds are per order, not per line).</item>
/// </list>
/// Sums are taken in memory: SQLite stores decimals as text and cannot SUM them exactly, and one code path for both
/// providers keeps the figures identical. A 30-day window of a small shop's orders is a few thousand rows of three columns.
/// </summary>
public sealed class SalesFromOrders(ShopDbContext db) : IDashboardSales
{
    public async Task<SalesFigures> FiguresAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken ct)
    {
        var orders = await NetAsync(from, to, ct);
        return new SalesFigures(orders.Sum(o => o.Net), orders.Count);
    }

    public async Task<IReadOnlyList<DailyRevenue>> DailyRevenueAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken ct) =>
        (await NetAsync(from, to, ct))
            .GroupBy(o => DateOnly.FromDateTime(o.PlacedAt.UtcDateTime))
            .OrderBy(g => g.Key)
            .Select(g => new DailyRevenue(g.Key, g.Sum(o => o.Net)))
            .ToList();

    public async Task<IReadOnlyList<TopProduct>> TopProductsAsync(DateTimeOffset from, DateTimeOffset to, int take, CancellationToken ct)
    {
        var lines = await SoldIn(from, to).SelectMany(o => o.Lines)
            .Select(l => new { l.ProductId, l.Name, l.Quantity, l.LineTotal.Amount })
            .ToListAsync(ct);
        return lines.GroupBy(l => l.ProductId)
            .Select(g => new TopProduct(g.Key, g.Last().Name, g.Sum(l => l.Quantity), g.Sum(l => l.Amount)))
            .OrderByDescending(p => p.Units).ThenByDescending(p => p.Revenue).ThenBy(p => p.Name, StringComparer.Ordinal)
            .Take(take)
            .ToList();
    }

    private IQueryable<Order> SoldIn(DateTimeOffset from, DateTimeOffset to) =>
        Sold(db.Orders.AsNoTracking()).Where(o => o.PlacedAt >= from && o.PlacedAt < to);

    /// <summary>The orders that count as sales (see above); also the discount codes' revenue.</summary>
    public static IQueryable<Order> Sold(IQueryable<Order> orders) => orders.Where(o =>
        o.Status == OrderStatus.Paid || o.Status == OrderStatus.Shipped || o.Status == OrderStatus.Delivered
        || o.Status == OrderStatus.PartiallyRefunded);

    private async Task<List<(DateTimeOffset PlacedAt, decimal Net)>> NetAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken ct)
    {
        var rows = await SoldIn(from, to)
            .Select(o => new { o.PlacedAt, Total = o.Total.Amount, Refunded = o.RefundedAmount.Amount })
            .ToListAsync(ct);
        return rows.Select(o => (o.PlacedAt, o.Total - o.Refunded)).ToList();
    }
}
