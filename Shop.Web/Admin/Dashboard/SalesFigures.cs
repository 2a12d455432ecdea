namespace Shop.Web.Admin.Dashboard;

public sealed record SalesFigures(decimal Revenue, int Orders)
{
    public static readonly SalesFigures None = new(0m, 0);

    public decimal AverageOrderValue => Orders == 0 ? 0m : decimal.Round(Revenue / Orders, 2, MidpointRounding.AwayFromZero);
}

public sealed record DailyRevenue(DateOnly Day, decimal Revenue);

public sealed record TopProduct(int ProductId, string Name, int Units, decimal Revenue);
