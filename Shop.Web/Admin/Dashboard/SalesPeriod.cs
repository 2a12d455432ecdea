namespace Shop.Web.Admin.Dashboard;

/// <summary>Whole days from <see cref="First"/> to <see cref="Last"/>, both included; sales are counted on UTC days.</summary>
public sealed record SalesPeriod(DateOnly First, DateOnly Last)
{
    public int Days => Last.DayNumber - First.DayNumber + 1;

    /// <summary>The period of the same length that ends the day before this one starts.</summary>
    public SalesPeriod Previous => new(First.AddDays(-Days), First.AddDays(-1));

    public DateTimeOffset Start => new(First.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    /// <summary>The first moment after the period (exclusive end).</summary>
    public DateTimeOffset End => new(Last.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    public IEnumerable<DateOnly> EachDay() => Enumerable.Range(0, Days).Select(First.AddDays);

    public override string ToString() => First == Last
        ? First.ToString("d MMM yyyy", System.Globalization.CultureInfo.InvariantCulture)
        : $"{First.ToString("d MMM yyyy", System.Globalization.CultureInfo.InvariantCulture)} – {Last.ToString("d MMM yyyy", System.Globalization.CultureInfo.InvariantCulture)}";
}
