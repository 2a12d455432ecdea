using Shop.Web.Languages;

namespace Shop.Web.Admin.Dashboard;

/// <summary>Whole days from <see cref="First"/> to <see cref="Last"/>, both included; sales are counted on the shop's days (<see cref="ShopTime"/>).</summary>
public sealed record SalesPeriod(DateOnly First, DateOnly Last)
{
    public int Days => Last.DayNumber - First.DayNumber + 1;

    /// <summary>The period of the same length that ends the day before this one starts.</summary>
    public SalesPeriod Previous => new(First.AddDays(-Days), First.AddDays(-1));

    public DateTimeOffset Start => ShopTime.StartOf(First);

    /// <summary>The first moment after the period (exclusive end).</summary>
    public DateTimeOffset End => ShopTime.StartOf(Last.AddDays(1));

    public IEnumerable<DateOnly> EachDay() => Enumerable.Range(0, Days).Select(First.AddDays);

    /// <summary>"2026-12-01 – 2026-12-07" as staff pages write days (<see cref="ShopText.StaffDay(DateOnly)"/>).</summary>
    public override string ToString() => First == Last ? ShopText.StaffDay(First) : $"{ShopText.StaffDay(First)} – {ShopText.StaffDay(Last)}";
}
