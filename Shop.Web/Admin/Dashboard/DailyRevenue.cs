namespace Shop.Web.Admin.Dashboard;

public sealed record DailyRevenue(DateOnly Day, decimal Revenue);
