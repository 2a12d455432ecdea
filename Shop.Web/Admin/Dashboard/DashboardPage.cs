using Shop.Web.Admin.Stock;

namespace Shop.Web.Admin.Dashboard;

public sealed record DashboardPage(
    SalesFigures Today, SalesFigures Last7Days, SalesFigures Last30Days,
    IReadOnlyList<DailyRevenue> Daily, IReadOnlyList<TopProduct> TopProducts, IReadOnlyList<LowStockRow> LowStock,
    int Products, int Published, int SoldOut, int ToFulfil, string Currency);
