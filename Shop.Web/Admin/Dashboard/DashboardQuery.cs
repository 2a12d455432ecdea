using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Shop.Web.Admin.Stock;
using Shop.Web.Data;
using Shop.Web.Payments;
using Shop.Web.Languages;

namespace Shop.Web.Admin.Dashboard;

/// <summary>
/// Everything on the dashboard: sales in a range of the shop's days (<see cref="ShopTime"/>) beside the period of
/// the same length before it, orders to fulfil, the payment gateway's alerts, the catalog and low stock.
/// </summary>
public sealed class DashboardQuery(ShopDbContext db, IDashboardSales sales, IFulfilmentQueue toFulfil, PaymentAlerts alerts, StockAdjustments stock,
    TimeProvider clock, IOptions<ShopOptions> options)
{
    public const int TopProductCount = 5;
    public const int AlertCount = 10;
    public const int LowStockCount = 10;

    public DateOnly Today => ShopTime.DayOf(clock.GetUtcNow());

    /// <param name="range">A valid range (see <see cref="DashboardRangeValidator"/>).</param>
    public async Task<DashboardPage> LoadAsync(DashboardRange range, CancellationToken ct)
    {
        var period = range.Period(Today);
        var daily = (await sales.DailyRevenueAsync(period.Start, period.End, ct)).ToDictionary(d => d.Day, d => d.Revenue);
        // Every day gets a point, so a day without sales shows as zero instead of vanishing from the chart.
        var series = period.EachDay().Select(day => new DailyRevenue(day, daily.GetValueOrDefault(day))).ToList();

        var catalog = db.Products.AsNoTracking().Where(p => !p.IsArchived);
        return new DashboardPage(
            range, period,
            await sales.FiguresAsync(period.Start, period.End, ct),
            await sales.FiguresAsync(period.Previous.Start, period.Previous.End, ct),
            series,
            await sales.TopProductsAsync(period.Start, period.End, TopProductCount, ct),
            await stock.LowStockAsync(LowStockPage.Low, 1, ct, LowStockCount),
            await catalog.CountAsync(ct),
            await catalog.CountAsync(p => p.IsPublished, ct),
            await catalog.CountAsync(p => !p.Variants.Any(v => v.IsPublished && v.StockOnHand > 0), ct),
            await toFulfil.CountAsync(ct),
            options.Value.Currency) { PaymentAlerts = await alerts.OpenAsync(AlertCount, ct) };
    }
}
