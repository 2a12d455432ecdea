using Shop.Domain.Checkout;
using Shop.Web.Admin.Discounts;

namespace Shop.Tests.Admin;

/// <summary>
/// A German shop (<c>Shop:TimeZone</c> Europe/Berlin): an order placed at 23:30 UTC on 2 November is placed at 00:30 on
/// 3 November for the shopper and staff, on the dashboard's days and the order list's filter; a discount typed to start
/// at midnight starts at Berlin's midnight.
/// </summary>
public class ShopTimeZoneTests : DiscountFixture
{
    protected override Dictionary<string, string?> ShopSettings => new() { ["Shop:TimeZone"] = "Europe/Berlin" };

    private static readonly DateTimeOffset LateEvening = new(2026, 11, 2, 23, 30, 0, TimeSpan.Zero);

    [Test]
    public async Task An_order_placed_late_in_the_UTC_evening_is_on_the_next_day_everywhere()
    {
        var email = Unique("zone");
        var me = await App.CreateAccountAndSignInAsync(email);
        var number = await PlaceOrderAsync(email, client: me);
        await App.WithDbAsync(db => db.Orders.Where(o => o.Number == number).ExecuteUpdateAsync(s => s.SetProperty(o => o.PlacedAt, LateEvening)));
        var total = await App.WithDbAsync(db => db.Orders.Where(o => o.Number == number).Select(o => o.Total).SingleAsync());

        var (_, staffPage) = await Staff.GetPageAsync($"/admin/orders/{number}");
        var (_, myOrder) = await me.GetPageAsync($"/account/orders/{number}");
        var (_, myOrders) = await me.GetPageAsync("/account/orders");
        var (_, thatDay) = await Staff.GetPageAsync($"/admin/orders?From=2026-11-03&To=2026-11-03&Email={Uri.EscapeDataString(email)}");
        var (_, dayBefore) = await Staff.GetPageAsync($"/admin/orders?From=2026-11-02&To=2026-11-02&Email={Uri.EscapeDataString(email)}");
        var (_, dashboard) = await Staff.GetPageAsync("/admin?range=custom&from=2026-11-03&to=2026-11-03");
        var (_, dashboardDayBefore) = await Staff.GetPageAsync("/admin?range=custom&from=2026-11-02&to=2026-11-02");

        Assert.Multiple(() =>
        {
            Assert.That(staffPage.Text("main"), Does.Contain("Placed 2026-11-03 00:30 Europe/Berlin"));
            Assert.That(myOrder.Text("main"), Does.Contain("Placed 3 Nov 2026 00:30 ·"), "no UTC beside a time in the shop's zone");
            Assert.That(myOrders.Text("main"), Does.Contain("3 Nov 2026 00:30"));
            Assert.That(thatDay.Text("main"), Does.Contain(number), "the order list's days are the shop's");
            Assert.That(dayBefore.Text("main"), Does.Not.Contain(number));
            Assert.That(dashboard.Texts(".sales-figures .revenue")[0], Is.EqualTo(total.ToString()), "the dashboard books it on the shop's day");
            Assert.That(dashboardDayBefore.Texts(".sales-figures .revenue")[0], Is.Not.EqualTo(total.ToString()));
            Assert.That(dashboard.Text("main"), Does.Contain("(Europe/Berlin days)"));
        });
    }

    [Test]
    public async Task A_discount_typed_to_start_at_midnight_starts_at_the_shops_midnight()
    {
        var code = NewCode();
        var year = DateTime.UtcNow.Year + 1; // a code may not be made with an end already past
        var id = await CreateAsync(code, more: new() { ["StartsAt"] = $"{year}-12-24T00:00", ["EndsAt"] = $"{year}-12-27T00:00" });

        var stored = await App.WithDbAsync(db => db.DiscountCodes.Where(d => d.Id == id).Select(d => new { d.StartsAt, d.EndsAt }).SingleAsync());
        var (_, edit) = await Staff.GetPageAsync($"/admin/discounts/{id}");
        var row = await RowAsync(code);

        Assert.Multiple(() =>
        {
            Assert.That(stored.StartsAt, Is.EqualTo(new DateTimeOffset(year, 12, 23, 23, 0, 0, TimeSpan.Zero)));
            Assert.That(stored.EndsAt, Is.EqualTo(new DateTimeOffset(year, 12, 26, 23, 0, 0, TimeSpan.Zero)));
            Assert.That(edit.QuerySelector("input[name='StartsAt']")?.GetAttribute("value"), Does.StartWith($"{year}-12-24T00:00"), "shown back as typed");
            Assert.That(edit.Text("main"), Does.Contain("Starts (Europe/Berlin, optional)"));
            Assert.That(row.TextContent, Does.Contain($"from {year}-12-24 00:00").And.Contain($"until {year}-12-27 00:00 Europe/Berlin"));
        });
    }
    [Test]
    public async Task A_code_made_with_an_end_already_past_is_refused_beside_its_end_and_an_expired_code_can_still_be_edited()
    {
        var lastWeek = DateTime.UtcNow.AddDays(-7).ToString("yyyy-MM-dd'T'HH:mm", System.Globalization.CultureInfo.InvariantCulture);
        var code = NewCode();
        var refused = await PostNewAsync(new() { ["Code"] = code, ["Kind"] = "Percentage", ["Value"] = "25", ["EndsAt"] = lastWeek });
        var expired = NewCode();
        var ended = DateTimeOffset.UtcNow.AddDays(-3);
        var id = await App.WithDbAsync(async db =>
        {
            var made = new DiscountCode(expired, DiscountKind.Percentage, 10m, endsAt: new DateTimeOffset(ended.Year, ended.Month, ended.Day, 12, 0, 0, TimeSpan.Zero));
            db.DiscountCodes.Add(made);
            await db.SaveChangesAsync();
            return made.Id;
        });
        var edited = await Staff.SubmitFormAsync($"/admin/discounts/{id}", "form.discount-form", new Dictionary<string, string?> { ["UsageLimit"] = "5", ["ProductIds"] = null });

        Assert.Multiple(async () =>
        {
            Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That((await refused.ReadHtmlAsync()).Text("[data-valmsg-for=EndsAt]"),
                Does.StartWith("That end has passed already (it is ").And.Contain("Europe/Berlin now): shoppers could not use the code."));
            Assert.That(await App.WithDbAsync(db => db.DiscountCodes.AnyAsync(d => d.Code == code)), Is.False);
            Assert.That(edited.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), "its end left as it was");
            Assert.That(await App.WithDbAsync(db => db.DiscountCodes.Where(d => d.Id == id).Select(d => d.UsageLimit).SingleAsync()), Is.EqualTo(5));
        });
    }
}
