using Microsoft.EntityFrameworkCore;
using Shop.Domain.Ordering;
using Shop.Web.Admin.Dashboard;
using Shop.Web.Data;
using Shop.Web.Languages;

namespace Shop.Web.Admin.Orders;

/// <summary>
/// The dashboard's sales, read from orders.
/// <list type="bullet">
/// <item>An order counts when its money was taken and not all given back: Paid, Shipped, Delivered, PartiallyRefunded.
/// Pending (not paid yet), Cancelled and Refunded orders count for nothing.</item>
/// <item>Revenue is net of refunds: total minus what was refunded, so a partial refund lowers it. It is booked on the
/// shop's day the order was placed, not the day of the refund: the dashboard answers "what did we sell", not cash flow.</item>
/// <item>Top products rank by units sold (ties by product number) and show what their lines sold for
/// (<see cref="OrderLine.SoldFor"/>: after discount, without tax added on top) before refunds (refunds are per order,
/// not per line).</item>
/// </list>
/// Figures and top products are summed by the database (SQLite sums decimals exactly with EF's <c>ef_sum</c>).
/// The chart's days are grouped here, from two columns per order: the providers store the moment differently
/// (SQLite as ticks), so no one day expression works on both.
/// </summary>
public sealed class SalesFromOrders(ShopDbContext db) : IDashboardSales
{
    public async Task<SalesFigures> FiguresAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken ct)
    {
        var sold = SoldIn(from, to);
        var orders = await sold.CountAsync(ct);
        if (orders == 0) return SalesFigures.None;
        var total = await sold.SumAsync(o => o.Total.Amount, ct);
        var refunded = await sold.SumAsync(o => o.RefundedAmount.Amount, ct);
        var units = await sold.SelectMany(o => o.Lines).SumAsync(l => l.Quantity, ct);
        return new SalesFigures(total - refunded, orders, units);
    }

    public async Task<IReadOnlyList<DailyRevenue>> DailyRevenueAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken ct) =>
        (await SoldIn(from, to).Select(o => new { o.PlacedAt, Net = o.Total.Amount, o.RefundedAmount.Amount }).ToListAsync(ct))
            .GroupBy(o => ShopTime.DayOf(o.PlacedAt))
            .OrderBy(g => g.Key)
            .Select(g => new DailyRevenue(g.Key, g.Sum(o => o.Net - o.Amount)))
            .ToList();

    /// <summary>The sum of <see cref="OrderLine.SoldFor"/> per product, summed by the database in its three parts.</summary>
    public async Task<IReadOnlyList<TopProduct>> TopProductsAsync(DateTimeOffset from, DateTimeOffset to, int take, CancellationToken ct) =>
        (await SoldIn(from, to).SelectMany(o => o.Lines, (o, l) => new
            {
                l.ProductId, l.Quantity, l.Name, Listed = l.LineTotal.Amount, o.TaxIncluded,
                Paid = EF.Property<decimal?>(l, "PaidAmount"), Tax = EF.Property<decimal?>(l, "TaxPaidAmount"),
            })
            .GroupBy(l => l.ProductId)
            .Select(g => new
            {
                ProductId = g.Key, Units = g.Sum(l => l.Quantity), Name = g.Max(l => l.Name),
                Listed = g.Sum(l => l.Paid == null ? l.Listed : 0m),
                Paid = g.Sum(l => l.Paid ?? 0m),
                TaxOnTop = g.Sum(l => l.Paid == null || l.TaxIncluded ? 0m : l.Tax ?? 0m),
            })
            .OrderByDescending(p => p.Units).ThenBy(p => p.ProductId)
            .Take(take)
            .ToListAsync(ct))
        .Select(p => new TopProduct(p.ProductId, p.Name!, p.Units, p.Listed + p.Paid - p.TaxOnTop))
        .ToList();

    private IQueryable<Order> SoldIn(DateTimeOffset from, DateTimeOffset to) =>
        Sold(db.Orders.AsNoTracking()).Where(o => o.PlacedAt >= from && o.PlacedAt < to);

    /// <summary>The orders that count as sales (see above); also the discount codes' revenue.</summary>
    public static IQueryable<Order> Sold(IQueryable<Order> orders) => orders.Where(o =>
        o.Status == OrderStatus.Paid || o.Status == OrderStatus.Shipped || o.Status == OrderStatus.Delivered
        || o.Status == OrderStatus.PartiallyRefunded);
}
