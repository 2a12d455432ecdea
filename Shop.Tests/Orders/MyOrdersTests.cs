using Shop.Domain.Checkout;

namespace Shop.Tests.Orders;

public class MyOrdersTests : OrdersFixture
{
    protected override Dictionary<string, string?> ShopSettings => new() { ["Shop:Languages"] = "en,de,fr" };

    [Test]
    public async Task Dates_of_orders_their_history_and_returns_are_written_the_way_the_page_s_language_writes_them()
    {
        var (me, _, number) = await DeliveredAsync();
        using var _ = me;
        await AskAsync(me, number, "1", "Too small");
        var order = await OrderAsync(number);
        var asked = await App.WithDbAsync(db => db.Returns.Where(r => r.OrderId == order.Id).Select(r => r.RequestedAt).SingleAsync());
        static string In(string culture, DateTimeOffset at, string format) => at.UtcDateTime.ToString(format, System.Globalization.CultureInfo.GetCultureInfo(culture));

        var (_, list) = await me.GetPageAsync("/de/account/orders");
        var (_, page) = await me.GetPageAsync($"/de/account/orders/{number}");
        var (_, french) = await me.GetPageAsync($"/fr/account/orders/{number}");

        Assert.Multiple(() =>
        {
            Assert.That(list.Text(".my-orders tbody tr td:nth-child(2)"), Is.EqualTo(In("de-DE", order.PlacedAt, "d. MMM yyyy HH:mm")), "6. Dez. 2026 03:42");
            Assert.That(list.Text(".my-orders tbody tr td:first-child div"), Is.EqualTo(In("de-DE", order.PlacedAt, "d. MMM yyyy")), "under the number on a phone");
            Assert.That(page.Text("main"), Does.Contain($"Aufgegeben am {In("de-DE", order.PlacedAt, "d. MMM yyyy HH:mm")} UTC"));
            Assert.That(page.Texts(".order-history li span"), Is.Not.Empty.And.SubsetOf(order.History.Select(h => In("de-DE", h.At, "d. MMM yyyy HH:mm"))));
            Assert.That(page.Text(".return-list li span"), Is.EqualTo(In("de-DE", asked, "d. MMM yyyy")));
            Assert.That(french.Texts(".order-history li span"), Is.Not.Empty.And.SubsetOf(order.History.Select(h => In("fr-FR", h.At, "d MMM yyyy HH:mm"))));
            Assert.That(list.Text("main") + page.Text("main") + french.Text("main"), Does.Not.Match(@"\d{4}-\d{2}-\d{2}"), "no ISO dates");
        });
    }

    [Test]
    public async Task A_signed_in_shopper_sees_their_orders_and_opens_one()
    {
        var email = Unique("mine");
        using var me = await App.CreateAccountAndSignInAsync(email);
        var first = await PlaceOrderAsync(email, client: me);
        var second = await PlaceOrderAsync(email, quantity: 2, client: me);
        await PlaceOrderAsync(email); // a guest order with the same address is not the account's

        var (_, list) = await me.GetPageAsync("/account/orders");
        var (response, detail) = await me.GetPageAsync($"/account/orders/{first.ToLowerInvariant()}");
        var order = await OrderAsync(first);

        Assert.Multiple(() =>
        {
            Assert.That(list.Texts(".my-orders .order-number"), Is.EqualTo(new[] { second, first }));
            Assert.That(list.Texts(".my-orders .order-status"), Is.All.EqualTo("Paid"));
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(detail.Text(".order-number"), Is.EqualTo(first));
            Assert.That(detail.Text(".order-total"), Is.EqualTo(order.Total.ToString()));
            Assert.That(detail.Text(".order-lines"), Does.Contain(order.Lines[0].Name));
            Assert.That(detail.Text(".order-history"), Does.Contain("Order placed."));
        });
    }

    [Test]
    public async Task A_long_history_is_paged_with_its_total_and_every_order_is_reachable()
    {
        var email = Unique("regular");
        using var me = await App.CreateAccountAndSignInAsync(email);
        var numbers = await App.WithDbAsync(async db =>
        {
            var userId = await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
            var placed = new List<string>();
            for (var day = 0; day < 30; day++) // oldest first, a day apart
            {
                var order = Order.Place(OrderNumber.New(), Guid.NewGuid(), email, userId, Domain.OrderTests.Cart((20m, 1)), Domain.OrderTests.Home,
                    ShippingMethod.Standard, ShippingRates.Default("USD"), new TaxRule(0.20m, pricesIncludeTax: true), null, Domain.OrderTests.Now.AddDays(day - 40));
                order.MarkPaid($"txn-{order.Number}", order.PlacedAt);
                db.Orders.Add(order);
                placed.Add(order.Number);
            }
            await db.SaveChangesAsync();
            return placed;
        });

        var (_, first) = await me.GetPageAsync("/account/orders");
        var (_, second) = await me.GetPageAsync(first.QuerySelector("a[rel=next]")!.GetAttribute("href")!);
        var (_, german) = await me.GetPageAsync("/de/account/orders?page=2");

        Assert.Multiple(() =>
        {
            Assert.That(first.Text(".order-count"), Is.EqualTo("30 orders, newest first."));
            Assert.That(first.Text(".pager-status"), Is.EqualTo("Page 1 of 2 (30)"));
            Assert.That(first.Texts(".my-orders .order-number"), Is.EqualTo(numbers.AsEnumerable().Reverse().Take(25)));
            Assert.That(second.Texts(".my-orders .order-number"), Is.EqualTo(numbers.Take(5).Reverse()), "the oldest orders are on the last page");
            Assert.That(german.Text(".pager-status"), Is.EqualTo("Seite 2 von 2 (30)"));
            Assert.That(german.QuerySelector("a[rel=prev]")!.GetAttribute("href"), Is.EqualTo("/de/account/orders?page=1"));
        });
    }

    [Test]
    public async Task Declined_attempts_are_left_out_of_the_history_until_the_shopper_asks()
    {
        var email = Unique("retry");
        using var me = await App.CreateAccountAndSignInAsync(email);
        var declined = await DeclinedAttemptAsync(email, me);
        var paid = await PlaceOrderAsync(email, client: me);

        var (_, list) = await me.GetPageAsync("/account/orders");
        var (_, all) = await me.GetPageAsync(list.QuerySelector(".hidden-attempts a")?.GetAttribute("href") ?? "/missing");
        var (response, detail) = await me.GetPageAsync($"/account/orders/{declined}");

        Assert.Multiple(() =>
        {
            Assert.That(list.Texts(".my-orders .order-number"), Is.EqualTo(new[] { paid }));
            Assert.That(list.Text(".hidden-attempts"), Does.Contain("1 payment attempt that did not go through").And.Contain("not charged"));
            Assert.That(all.Texts(".my-orders .order-number"), Is.EqualTo(new[] { paid, declined }));
            Assert.That(all.Text(".shown-attempts a"), Is.EqualTo("Hide them"));
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), "still opens by number");
            Assert.That(detail.Text(".order-history"), Does.Contain("Payment failed"));
        });
    }

    [Test]
    public async Task A_shopper_without_orders_sees_the_empty_state()
    {
        var email = Unique("none");
        using var me = await App.CreateAccountAndSignInAsync(email);
        var (_, page) = await me.GetPageAsync("/account/orders");
        Assert.That(page.Text(".empty-orders"), Does.Contain("No orders yet."));
    }

    [Test]
    public async Task Another_shoppers_order_is_not_found_not_forbidden()
    {
        var a = Unique("alice");
        var b = Unique("bob");
        await App.CreateAccountAsync(a);
        await App.CreateAccountAsync(b);
        using var alice = await App.SignedInBrowserAsync(a);
        using var bob = await App.SignedInBrowserAsync(b);
        var bobs = await PlaceOrderAsync(b, client: bob);

        var (response, _) = await alice.GetPageAsync($"/account/orders/{bobs}");
        var (unknown, _) = await alice.GetPageAsync("/account/orders/SHP-2345-6789");
        var (_, list) = await alice.GetPageAsync("/account/orders");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(unknown.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(list.Text("main"), Does.Not.Contain(bobs));
    }

    [Test]
    public async Task Order_history_needs_a_signed_in_shopper()
    {
        using var visitor = App.Browser();
        var response = await visitor.GetAsync("/account/orders");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(response.Headers.Location!.ToString(), Does.Contain("/account/sign-in"));
    }
}
