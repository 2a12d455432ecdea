using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Shop.Web.Admin.Stock;
using Shop.Web.Data;

namespace Shop.Web.Admin.Dashboard;

/// <summary>Everything on the dashboard: sales for today, 7 and 30 days (UTC days), orders to fulfil, the catalog and low stock.</summary>
public sealed class DashboardQuery(ShopDbContext db, IDashboardSales sales, IFulfilmentQueue toFulfil, StockAdjustments stock, TimeProvider clock, IOptions<ShopOptions> options)
{
    public const int ChartDays = 30;

    public async Task<DashboardPage> LoadAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var today = new DateTimeOffset(now.UtcDateTime.Date, TimeSpan.Zero);
        var tomorrow = today.AddDays(1);
        var from30 = today.AddDays(-(ChartDays - 1));

        var daily = await sales.DailyRevenueAsync(from30, tomorrow, ct);
        // Every day gets a point, so a day without sales shows as zero instead of vanishing from the chart.
        var byDay = daily.ToDictionary(d => d.Day, d => d.Revenue);
        var series = Enumerable.Range(0, ChartDays).Select(i => DateOnly.FromDateTime(from30.AddDays(i).UtcDateTime))
            .Select(day => new DailyRevenue(day, byDay.GetValueOrDefault(day))).ToList();

        var catalog = db.Products.AsNoTracking().Where(p => !p.IsArchived);
        return new DashboardPage(
            await sales.FiguresAsync(today, tomorrow, ct),
            await sales.FiguresAsync(today.AddDays(-6), tomorrow, ct),
            await sales.FiguresAsync(from30, tomorrow, ct),
            series,
            await sales.TopProductsAsync(from30, tomorrow, 5, ct),
            await stock.LowStockAsync(10, ct),
            await catalog.CountAsync(ct),
            await catalog.CountAsync(p => p.IsPublished, ct),
            await catalog.CountAsync(p => !p.Variants.Any(v => v.IsPublished && v.StockOnHand > 0), ct),
            await toFulfil.CountAsync(ct),
            options.Value.Currency);
    }
}
