namespace Shop.Web.Admin.Dashboard;

/// <summary>One figure now and in the previous period, and the change between them in percent (none when before was zero).</summary>
public sealed record SalesComparison(string Name, decimal Current, decimal Previous)
{
    public decimal? ChangePercent => Previous == 0m ? null
        : decimal.Round((Current - Previous) / Previous * 100m, 1, MidpointRounding.AwayFromZero);

    /// <summary>+1 up, -1 down, 0 the same.</summary>
    public int Direction => Math.Sign(Current - Previous);
}
