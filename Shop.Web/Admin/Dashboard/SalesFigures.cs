namespace Shop.Web.Admin.Dashboard;

public sealed record SalesFigures(decimal Revenue, int Orders, int Units = 0)
{
    public static readonly SalesFigures None = new(0m, 0);

    public decimal AverageOrderValue => Orders == 0 ? 0m : decimal.Round(Revenue / Orders, 2, MidpointRounding.AwayFromZero);
}
