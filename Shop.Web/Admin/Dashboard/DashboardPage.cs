using Shop.Web.Admin.Stock;

namespace Shop.Web.Admin.Dashboard;

/// <summary>The dashboard: sales in the chosen period beside the period before it, the catalog and low stock.</summary>
public sealed record DashboardPage(
    DashboardRange Range, SalesPeriod Period, SalesFigures Current, SalesFigures Previous,
    IReadOnlyList<DailyRevenue> Daily, IReadOnlyList<TopProduct> TopProducts, LowStockPage LowStock,
    int Products, int Published, int SoldOut, int ToFulfil, string Currency)
{
    /// <summary>The payment gateway's alerts staff have not marked handled (<see cref="Payments.PaymentAlerts"/>).</summary>
    public IReadOnlyList<Payments.PaymentAlert> PaymentAlerts { get; init; } = [];

    /// <summary>Why the range asked for was refused (the page then shows the default range).</summary>
    public IReadOnlyList<string> RangeErrors { get; init; } = [];

    public IReadOnlyList<SalesComparison> Comparisons =>
    [
        new("Revenue", Current.Revenue, Previous.Revenue),
        new("Orders", Current.Orders, Previous.Orders),
        new("Average order value", Current.AverageOrderValue, Previous.AverageOrderValue),
        new("Units sold", Current.Units, Previous.Units),
    ];
}
