namespace Shop.Web.Admin.Dashboard;

/// <summary>The sales side of the dashboard before it is wired to orders: every figure is zero.</summary>
public sealed class NoSalesYet : IDashboardSales
{
    public Task<SalesFigures> FiguresAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken ct) => Task.FromResult(SalesFigures.None);

    public Task<IReadOnlyList<DailyRevenue>> DailyRevenueAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<DailyRevenue>>([]);

    public Task<IReadOnlyList<TopProduct>> TopProductsAsync(DateTimeOffset from, DateTimeOffset to, int take, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<TopProduct>>([]);
}
