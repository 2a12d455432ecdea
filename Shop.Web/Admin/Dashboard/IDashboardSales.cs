namespace Shop.Web.Admin.Dashboard;

/// <summary>
/// Sales figures for the dashboard, read from orders. Kept behind an interface so the dashboard does not depend on
/// how orders are stored; <see cref="Shop.Web.Admin.Orders.SalesFromOrders"/> backs it with paid orders.
/// </summary>
public interface IDashboardSales
{
    /// <summary>Revenue, order count and units of paid orders placed in [from, to).</summary>
    Task<SalesFigures> FiguresAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken ct);

    /// <summary>Revenue per UTC day in [from, to), one entry per day that had sales.</summary>
    Task<IReadOnlyList<DailyRevenue>> DailyRevenueAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken ct);

    Task<IReadOnlyList<TopProduct>> TopProductsAsync(DateTimeOffset from, DateTimeOffset to, int take, CancellationToken ct);
}
