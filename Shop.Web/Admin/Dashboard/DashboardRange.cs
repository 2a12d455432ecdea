namespace Shop.Web.Admin.Dashboard;

/// <summary>The dashboard's range, from the query string: <c>?range=7d</c>, or <c>?range=custom&amp;from=…&amp;to=…</c>.</summary>
public sealed class DashboardRange
{
    public const string Today = "today", Last7Days = "7d", Last30Days = "30d", ThisMonth = "month", Custom = "custom";
    public const int MaxDays = 366;

    public static readonly IReadOnlyList<(string Value, string Name)> Choices =
        [(Today, "Today"), (Last7Days, "7 days"), (Last30Days, "30 days"), (ThisMonth, "This month"), (Custom, "Custom")];

    public string? Range { get; set; }
    public DateOnly? From { get; set; }
    public DateOnly? To { get; set; }

    public string Chosen => string.IsNullOrEmpty(Range) ? Last30Days : Range;

    /// <summary>The days this range covers, counted back from <paramref name="today"/>; call on a valid range.</summary>
    public SalesPeriod Period(DateOnly today) => Chosen switch
    {
        Today => new(today, today),
        Last7Days => new(today.AddDays(-6), today),
        ThisMonth => new(new DateOnly(today.Year, today.Month, 1), today),
        Custom => new(From!.Value, To!.Value),
        _ => new(today.AddDays(-29), today),
    };
}
