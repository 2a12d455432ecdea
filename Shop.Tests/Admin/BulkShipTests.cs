using Shop.Web.Admin.Orders;
using Shop.Tests.Orders;

namespace Shop.Tests.Admin;

public class BulkShipTests : OrdersFixture
{
    private async Task<IDocument> QueueAsync()
    {
        var (response, page) = await Staff.GetPageAsync("/admin/orders/to-fulfil");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        return page;
    }

    private async Task<HttpResponseMessage> ShipAsync(Dictionary<string, string?> typed) =>
        await Staff.SubmitFormAsync(await QueueAsync(), "form.bulk-ship-form", typed);

    /// <summary>Posts the bulk ship form with these fields (a field may repeat, as ticked boxes do).</summary>
    private async Task<HttpResponseMessage> PostShipAsync(params (string Name, string Value)[] fields)
    {
        var token = (await QueueAsync()).QuerySelector("form.bulk-ship-form input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        return await Staff.PostAsync("/admin/orders/to-fulfil/ship", new FormUrlEncodedContent(
            fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)).Append(new("__RequestVerificationToken", token))));
    }

    [Test]
    public async Task A_tracking_number_typed_for_an_order_left_unticked_is_named_and_still_in_its_box_after_shipping_the_others()
    {
        var ticked = await PlaceOrderAsync(Unique("ticked"));
        var forgotten = await PlaceOrderAsync(Unique("forgotten"));

        var shipped = await PostShipAsync(("Selected", ticked), ("Carrier", "DHL"), ($"Tracking[{ticked}]", "JD0001"), ($"Tracking[{forgotten}]", " JD0002 "));
        var after = await Staff.FollowAsync(shipped);
        var (_, later) = await Staff.GetPageAsync("/admin/orders/to-fulfil");

        Assert.Multiple(async () =>
        {
            Assert.That(after.Text(".admin-notice"), Does.StartWith("1 order marked shipped; its shopper was sent the tracking number.")
                .And.Contain($"Not ticked, so not shipped: {forgotten} (the tracking number typed is still in its box)."));
            Assert.That(after.QuerySelector($"input[name='Tracking[{forgotten}]']")?.GetAttribute("value"), Is.EqualTo("JD0002"));
            Assert.That((await OrderAsync(forgotten)).Status, Is.EqualTo(OrderStatus.Paid));
            Assert.That(later.QuerySelector($"input[name='Tracking[{forgotten}]']")?.GetAttribute("value"), Is.Null.Or.Empty, "kept for the page after shipping only");
        });
    }

    [Test]
    public async Task Staff_ship_ticked_orders_with_their_own_tracking_numbers_and_the_shopper_gets_the_carriers_link()
    {
        var email = Unique("bulk");
        using var me = await App.CreateAccountAndSignInAsync(email);
        var first = await PlaceOrderAsync(email, client: me);
        var second = await PlaceOrderAsync(email, client: me);
        var left = await PlaceOrderAsync(Unique("notticked"));

        var response = await ShipAsync(new()
        {
            ["Selected"] = null, ["Carrier"] = "UPS",
            [$"Tracking[{first}]"] = "1Z 111", [$"Tracking[{second}]"] = "1Z222", [$"Tracking[{left}]"] = "typed but not ticked",
        });
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest), "nothing ticked");
        var shipped = await PostShipAsync(("Selected", first), ("Selected", second), ("Carrier", "UPS"),
            ($"Tracking[{first}]", "1Z 111"), ($"Tracking[{second}]", "1Z222"), ($"Tracking[{left}]", "typed but not ticked"));
        var after = await Staff.FollowAsync(shipped);
        var one = await OrderAsync(first);
        var (_, mine) = await me.GetPageAsync($"/account/orders/{first}");

        Assert.Multiple(async () =>
        {
            Assert.That(after.Text(".admin-notice"), Does.StartWith("2 orders marked shipped; each shopper was sent their tracking number."));
            Assert.That(after.Texts(".to-fulfil-list .order-number"), Does.Not.Contain(first).And.Not.Contain(second).And.Contain(left));
            Assert.That((one.Status, one.TrackingNumber, one.Carrier), Is.EqualTo((OrderStatus.Shipped, "1Z 111", "UPS")));
            Assert.That((await OrderAsync(second)).TrackingNumber, Is.EqualTo("1Z222"));
            Assert.That((await OrderAsync(left)).Status, Is.EqualTo(OrderStatus.Paid));
            Assert.That(App.LastMailTo(email).TextBody, Does.Contain("Carrier: UPS").And.Contain("https://www.ups.com/track?tracknum=1Z222"), "the last mail is the second order's");
            Assert.That(mine.QuerySelector(".tracking-link")!.GetAttribute("href"), Is.EqualTo("https://www.ups.com/track?tracknum=1Z%20111"));
            Assert.That(mine.Text(".tracking"), Does.Contain("Shipped with UPS"));
        });
    }

    [Test]
    public async Task A_ticked_order_without_a_tracking_number_or_an_unknown_carrier_ships_nothing()
    {
        var a = await PlaceOrderAsync(Unique("missing"));
        var b = await PlaceOrderAsync(Unique("missing"));
        async Task<IDocument> PostAsync(params (string, string)[] fields)
        {
            var response = await PostShipAsync(fields);
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            return await response.ReadHtmlAsync();
        }

        var noTracking = await PostAsync(("Selected", a), ("Selected", b), ($"Tracking[{a}]", "TRK-A"));
        var badCarrier = await PostAsync(("Selected", a), ($"Tracking[{a}]", "TRK-A"), ("Carrier", "Pigeon post"));

        Assert.Multiple(async () =>
        {
            Assert.That(noTracking.Text(".bulk-errors"), Is.EqualTo($"Enter a tracking number for {b}."));
            Assert.That(noTracking.QuerySelector($"input[name='Tracking[{a}]']")!.GetAttribute("value"), Is.EqualTo("TRK-A"), "what was typed stays");
            Assert.That(noTracking.QuerySelector($"#pick-{b}")!.HasAttribute("checked"), Is.True);
            Assert.That(badCarrier.Text(".bulk-errors"), Is.EqualTo("Choose one of the shop's carriers."));
            Assert.That((await OrderAsync(a)).Status, Is.EqualTo(OrderStatus.Paid));
            Assert.That((await OrderAsync(b)).Status, Is.EqualTo(OrderStatus.Paid));
        });
    }

    [Test]
    public async Task A_hundred_ticked_orders_are_read_and_more_than_that_get_the_forms_message()
    {
        var a = await PlaceOrderAsync(Unique("hundred"));
        var b = await PlaceOrderAsync(Unique("hundred"));
        static IEnumerable<(string, string)> Ticked(IEnumerable<string> numbers) =>
            numbers.SelectMany(n => new[] { ("Selected", n), ($"Tracking[{n}]", "TRK-" + n) });
        // Numbers no order has (the shop names each as unknown): with a and b the form ticks 100 and types 100 tracking numbers.
        var unknown = Enumerable.Range(0, BulkShipForm.Most + 1).Select(i => $"SHP-ZZZZ-{i:D4}").ToList();

        var tooMany = await PostShipAsync([.. Ticked(unknown), ("Carrier", "UPS")]);
        var hundred = await PostShipAsync([.. Ticked([a, b, .. unknown.Take(BulkShipForm.Most - 2)]), ("Carrier", "UPS")]);
        var notice = (await Staff.FollowAsync(hundred)).Text(".admin-notice");

        Assert.Multiple(async () =>
        {
            Assert.That(tooMany.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That((await tooMany.ReadHtmlAsync()).Text(".bulk-errors"), Is.EqualTo($"Ship at most {BulkShipForm.Most} orders at once."));
            Assert.That(notice, Does.StartWith("2 orders marked shipped; each shopper was sent their tracking number.").And.Contain("There is no order SHP-ZZZZ-0000."));
            Assert.That((await OrderAsync(a)).TrackingNumber, Is.EqualTo("TRK-" + a));
            Assert.That((await OrderAsync(b)).Status, Is.EqualTo(OrderStatus.Shipped));
        });
    }

    [Test]
    public async Task A_tracking_number_with_a_tab_is_refused_naming_its_order_and_nothing_ships()
    {
        var a = await PlaceOrderAsync(Unique("tabbulk"));
        var b = await PlaceOrderAsync(Unique("tabbulk"));

        var response = await PostShipAsync(("Selected", a), ("Selected", b), ($"Tracking[{a}]", "TRK-A"), ($"Tracking[{b}]", "1Z\t99"));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((await response.ReadHtmlAsync()).Text(".bulk-errors"), Is.EqualTo($"A tracking number fits on one line, without tabs or line breaks ({b})."));
        Assert.That((await OrderAsync(a)).Status, Is.EqualTo(OrderStatus.Paid));
        Assert.That((await OrderAsync(b)).Status, Is.EqualTo(OrderStatus.Paid));
    }

    [Test]
    public async Task An_order_shipped_meanwhile_is_named_and_the_others_still_ship()
    {
        var a = await PlaceOrderAsync(Unique("race"));
        var b = await PlaceOrderAsync(Unique("race"));
        await Staff.SubmitFormAsync(await OrderPageAsync(a), "form.ship-form", new Dictionary<string, string?> { ["TrackingNumber"] = "FIRST", ["Carrier"] = "DHL" });

        var response = await PostShipAsync(("Selected", a), ($"Tracking[{a}]", "SECOND"), ("Selected", b), ($"Tracking[{b}]", "TRK-B"));
        var notice = (await Staff.FollowAsync(response)).Text(".admin-notice");

        Assert.Multiple(async () =>
        {
            Assert.That(notice, Does.StartWith("1 order marked shipped; its shopper was sent the tracking number.").And.Contain($"Order {a} is Shipped and cannot be shipped."));
            Assert.That((await OrderAsync(a)).TrackingNumber, Is.EqualTo("FIRST"));
            Assert.That((await OrderAsync(a)).Carrier, Is.EqualTo("DHL"));
            Assert.That((await OrderAsync(b)).Status, Is.EqualTo(OrderStatus.Shipped));
        });
    }

    [Test]
    public async Task The_order_page_refuses_a_carrier_the_shop_does_not_have()
    {
        var number = await PlaceOrderAsync(Unique("carrier"));
        var response = await ActAsync(number, "form.ship-form", new() { ["TrackingNumber"] = "T-1", ["Carrier"] = "Pigeon post" });
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((await response.ReadHtmlAsync()).Text(".ship-form .text-danger"), Does.Contain("Choose one of the shop's carriers."));
        Assert.That((await OrderAsync(number)).Status, Is.EqualTo(OrderStatus.Paid));
    }
}
