using Shop.Tests.Orders;
using Shop.Web.Admin.Dashboard;

namespace Shop.Tests.Admin;

/// <summary>
/// The dashboard's range and its comparison with the period before, on orders moved to known days in the past (so
/// the fixture's other orders, placed today, stay out of them).
/// </summary>
public class DashboardRangeTests : OrdersFixture
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);

    private async Task<Order> PlacedOnAsync(DateOnly day, int quantity, int hour = 12)
    {
        var number = await PlaceOrderAsync(Unique("range"), quantity: quantity);
        var at = new DateTimeOffset(day.ToDateTime(new TimeOnly(hour, 0)), TimeSpan.Zero);
        await App.WithDbAsync(db => db.Orders.Where(o => o.Number == number).ExecuteUpdateAsync(s => s.SetProperty(o => o.PlacedAt, at)));
        return await OrderAsync(number);
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    [Test]
    public async Task A_custom_range_sums_its_days_and_compares_them_with_the_days_before()
    {
        // The range is three days, D-12 to D-10; the period before it D-15 to D-13.
        var first = Today.AddDays(-12);
        var one = await PlacedOnAsync(first, quantity: 1, hour: 0);            // its first moment counts
        var two = await PlacedOnAsync(Today.AddDays(-10), quantity: 2, hour: 23);
        var before = await PlacedOnAsync(Today.AddDays(-15), quantity: 1);
        await PlacedOnAsync(Today.AddDays(-9), quantity: 4, hour: 0);          // the day after: in neither
        await PlacedOnAsync(Today.AddDays(-16), quantity: 4, hour: 23);        // the day before the previous period

        var page = await App.WithAsync<DashboardQuery, DashboardPage>(q => q.LoadAsync(
            new DashboardRange { Range = DashboardRange.Custom, From = first, To = Today.AddDays(-10) }, CancellationToken.None));

        var revenue = one.Total.Amount + two.Total.Amount;
        Assert.Multiple(() =>
        {
            Assert.That(page.Period.Previous, Is.EqualTo(new SalesPeriod(Today.AddDays(-15), Today.AddDays(-13))));
            Assert.That((page.Current.Revenue, page.Current.Orders, page.Current.Units), Is.EqualTo((revenue, 2, 3)));
            Assert.That((page.Previous.Revenue, page.Previous.Orders, page.Previous.Units), Is.EqualTo((before.Total.Amount, 1, 1)));
            Assert.That(page.Comparisons[0].ChangePercent,
                Is.EqualTo(decimal.Round((revenue - before.Total.Amount) / before.Total.Amount * 100m, 1, MidpointRounding.AwayFromZero)));
            Assert.That(page.Comparisons[1].ChangePercent, Is.EqualTo(100.0m), "two orders after one");
            Assert.That(page.Comparisons[3].ChangePercent, Is.EqualTo(200.0m), "three units after one");
            Assert.That(page.Daily.Select(d => d.Day), Is.EqualTo(new[] { first, first.AddDays(1), first.AddDays(2) }));
            Assert.That(page.Daily.Select(d => d.Revenue), Is.EqualTo(new[] { one.Total.Amount, 0m, two.Total.Amount }));
            Assert.That(page.TopProducts.Select(p => (p.ProductId, p.Units)), Is.EqualTo(new[] { (one.Lines[0].ProductId, 3) }));
            Assert.That(page.TopProducts[0].Revenue, Is.EqualTo(one.Lines[0].LineTotal.Amount + two.Lines[0].LineTotal.Amount));
        });

        var (response, html) = await Staff.GetPageAsync($"/admin?range=custom&from={Day(first)}&to={Day(Today.AddDays(-10))}");
        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(html.Text(".sales-figures .revenue"), Is.EqualTo(new Money(revenue, one.Total.Currency).ToString()));
            Assert.That(html.Texts(".sales-figure .change-percent")[1], Is.EqualTo("+100.0%"));
            Assert.That(html.Text(".period"), Is.EqualTo(page.Period.ToString()));
            Assert.That(html.QuerySelector("#range-custom")?.GetAttribute("aria-current"), Is.EqualTo("true"));
        });
    }

    [TestCase("today", 0, 0, -1, -1)]
    [TestCase("7d", -6, 0, -13, -7)]
    [TestCase("30d", -29, 0, -59, -30)]
    [TestCase("", -29, 0, -59, -30)]
    public void A_preset_range_ends_today_and_the_period_before_has_the_same_length(string range, int first, int last, int prevFirst, int prevLast)
    {
        var today = new DateOnly(2026, 12, 4);
        var period = new DashboardRange { Range = range }.Period(today);
        Assert.That(period, Is.EqualTo(new SalesPeriod(today.AddDays(first), today.AddDays(last))));
        Assert.That(period.Previous, Is.EqualTo(new SalesPeriod(today.AddDays(prevFirst), today.AddDays(prevLast))));
    }

    [Test]
    public async Task A_preset_link_shows_its_days_and_marks_itself_chosen()
    {
        var (response, page) = await Staff.GetPageAsync("/admin?range=7d");
        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(page.Text(".period"), Is.EqualTo(new SalesPeriod(Today.AddDays(-6), Today).ToString()));
            Assert.That(page.Text(".previous-period"), Is.EqualTo(new SalesPeriod(Today.AddDays(-13), Today.AddDays(-7)).ToString()));
            Assert.That(page.QuerySelectorAll(".dashboard-range [aria-current='true']").Select(e => e.Id), Is.EqualTo(new[] { "range-7d" }));
            Assert.That(page.QuerySelector("#range-from")?.GetAttribute("value"), Is.EqualTo(Day(Today.AddDays(-6))), "custom starts from the shown days");
        });
    }

    [Test]
    public void This_month_runs_from_the_first_and_is_compared_with_as_many_days_before_it()
    {
        var period = new DashboardRange { Range = DashboardRange.ThisMonth }.Period(new DateOnly(2026, 12, 4));
        Assert.That(period, Is.EqualTo(new SalesPeriod(new(2026, 12, 1), new(2026, 12, 4))));
        Assert.That(period.Previous, Is.EqualTo(new SalesPeriod(new(2026, 11, 27), new(2026, 11, 30))));
    }

    [Test]
    public void A_change_is_in_percent_of_before_and_none_when_before_was_nothing()
    {
        Assert.That(new SalesComparison("Revenue", 150m, 100m).ChangePercent, Is.EqualTo(50.0m));
        Assert.That(new SalesComparison("Revenue", 2m, 3m).ChangePercent, Is.EqualTo(-33.3m));
        Assert.That(new SalesComparison("Revenue", 10m, 0m).ChangePercent, Is.Null);
        Assert.That(new SalesComparison("Revenue", 2m, 3m).Direction, Is.EqualTo(-1));
    }

    private static IEnumerable<TestCaseData> Refused()
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        yield return new TestCaseData($"range=custom&from={Day(today)}&to={Day(today.AddDays(-3))}", DashboardRangeValidator.FromAfterTo).SetName("From after to");
        yield return new TestCaseData($"range=custom&from={Day(today)}&to={Day(today.AddDays(2))}", DashboardRangeValidator.InTheFuture).SetName("To in the future");
        yield return new TestCaseData($"range=custom&from={Day(today)}", DashboardRangeValidator.BothDays).SetName("No to day");
        yield return new TestCaseData($"range=custom&from={Day(today.AddDays(-400))}&to={Day(today)}", DashboardRangeValidator.TooLong).SetName("Over a year");
        yield return new TestCaseData("range=year", DashboardRangeValidator.UnknownRange).SetName("Unknown range");
        yield return new TestCaseData("range=custom&from=0001-01-01&to=0001-01-01", DashboardRangeValidator.TooEarly).SetName("The year 1");
        yield return new TestCaseData("range=custom&from=0001-01-05&to=0001-01-10", DashboardRangeValidator.TooEarly).SetName("Days of the year 1");
        yield return new TestCaseData("range=custom&from=2026-13-45&to=2026-12-01", "The value '2026-13-45' is not valid").SetName("Not a date");
    }

    [TestCaseSource(nameof(Refused))]
    public async Task A_range_that_makes_no_sense_is_refused_with_a_reason_and_the_default_range(string query, string message)
    {
        var (response, page) = await Staff.GetPageAsync("/admin?" + query);
        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(page.Text(".range-error"), Does.Contain(message));
            Assert.That(page.QuerySelector("#range-30d")?.GetAttribute("aria-current"), Is.EqualTo("true"), "the last 30 days instead");
        });
    }
}
