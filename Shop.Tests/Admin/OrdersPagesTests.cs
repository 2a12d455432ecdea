using Shop.Tests.Orders;

namespace Shop.Tests.Admin;

public class OrdersPagesTests : OrdersFixture
{
    [TestCase("Status=Bogus", "'Bogus' is not a status.")]
    [TestCase("From=2026-13-45", "'2026-13-45' is not a day.")]
    [TestCase("From=2026-12-10&To=2026-12-01", "the from day is after the to day.")]
    public async Task A_filter_that_makes_no_sense_lists_every_order_and_says_why(string query, string why)
    {
        var (response, page) = await Staff.GetPageAsync("/admin/orders?" + query);
        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(page.Text(".filter-error"), Is.EqualTo($"{Shop.Web.Admin.Orders.OrdersController.FilterRefused} {why}"));
            Assert.That(page.QuerySelector("form.order-filter"), Is.Not.Null);
        });
        Assert.That((await Staff.GetAsync("/admin/orders/export?" + query)).StatusCode, Is.EqualTo(HttpStatusCode.BadRequest), "nor exported");
    }

    [Test]
    public async Task Anonymous_visitors_are_sent_to_sign_in_from_the_staff_order_pages()
    {
        using var visitor = App.Browser();
        foreach (var url in new[] { "/admin/orders", "/admin/orders/SHP-2345-6789" })
        {
            var response = await visitor.GetAsync(url);
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), url);
            Assert.That(response.Headers.Location!.ToString(), Does.Contain("/account/sign-in"), url);
        }
    }

    [Test]
    public async Task Shoppers_are_refused_the_staff_order_pages_with_403()
    {
        var email = Unique("shopper");
        using var shopper = await App.CreateAccountAndSignInAsync(email);

        var (response, page) = await shopper.GetPageAsync("/admin/orders");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(page.Text("h1"), Is.EqualTo("You don't have access to this page"));
    }

    [Test]
    public async Task Staff_on_the_phone_find_a_guests_order_by_the_name_it_goes_to_and_see_that_name_in_the_list()
    {
        var surname = "Brünnhilde-" + Guid.NewGuid().ToString("n")[..6];
        var email = Unique("caller");
        var number = await PlaceOrderAsync(email, name: $"Zoë {surname}");
        await PlaceOrderAsync(Unique("other"));

        var (response, page) = await Staff.GetPageAsync($"/admin/orders?Email={Uri.EscapeDataString(surname.ToUpperInvariant())}");

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(page.Text("label[for=filter-email]"), Is.EqualTo("Customer (email or name)"));
            Assert.That(page.Texts(".admin-orders .order-number"), Is.EqualTo(new[] { number }));
            Assert.That(page.Text(".admin-orders .order-name"), Is.EqualTo($"Zoë {surname}"));
            Assert.That(page.Text(".admin-orders .order-email"), Is.EqualTo(email));
        });
    }

    [Test]
    public async Task Staff_find_orders_by_email_number_status_and_day()
    {
        var email = Unique("filter");
        var first = await PlaceOrderAsync(email);
        var second = await PlaceOrderAsync(email, quantity: 2);
        await PlaceOrderAsync(Unique("other"));
        var today = DateTime.UtcNow.ToString("yyyy-MM-dd");
        var tomorrow = DateTime.UtcNow.AddDays(1).ToString("yyyy-MM-dd");

        var (_, byEmail) = await Staff.GetPageAsync($"/admin/orders?Email={Uri.EscapeDataString(email.ToUpperInvariant())}");
        var (_, byNumber) = await Staff.GetPageAsync($"/admin/orders?Number={first[4..8].ToLowerInvariant()}");
        var (_, paidToday) = await Staff.GetPageAsync($"/admin/orders?Status=Paid&From={today}&To={today}&Email={Uri.EscapeDataString(email)}");
        var (_, shipped) = await Staff.GetPageAsync($"/admin/orders?Status=Shipped&Email={Uri.EscapeDataString(email)}");
        var (_, future) = await Staff.GetPageAsync($"/admin/orders?From={tomorrow}");

        Assert.Multiple(() =>
        {
            Assert.That(byEmail.Texts(".admin-orders .order-number"), Is.EqualTo(new[] { second, first }), "newest first");
            Assert.That(byNumber.Texts(".admin-orders .order-number"), Does.Contain(first));
            Assert.That(paidToday.Texts(".admin-orders .order-number"), Has.Count.EqualTo(2));
            Assert.That(shipped.Text(".no-orders"), Is.EqualTo("No orders match."));
            Assert.That(future.Text(".result-count"), Does.StartWith("0 order"));
        });
    }

    [Test]
    public async Task Declined_attempts_are_left_out_of_the_list_until_staff_ask_for_them()
    {
        var email = Unique("attempts");
        var declined = await DeclinedAttemptAsync(email);
        var paid = await PlaceOrderAsync(email);
        var filter = $"/admin/orders?Email={Uri.EscapeDataString(email)}";

        var (_, normal) = await Staff.GetPageAsync(filter);
        var showLink = normal.QuerySelector(".hidden-attempts a")?.GetAttribute("href");
        var (_, all) = await Staff.GetPageAsync(showLink ?? "/missing");
        var (_, cancelled) = await Staff.GetPageAsync(filter + "&Status=Cancelled");
        var detail = await OrderPageAsync(declined);

        Assert.Multiple(() =>
        {
            Assert.That(normal.Texts(".admin-orders .order-number"), Is.EqualTo(new[] { paid }));
            Assert.That(normal.Text(".hidden-attempts"), Does.Contain("1 unpaid attempt hidden (a declined or abandoned payment)."));
            Assert.That(showLink, Does.Contain("Attempts=true").And.Contain("Email="), "the link keeps the filter");
            Assert.That(all.Texts(".admin-orders .order-number"), Is.EqualTo(new[] { paid, declined }));
            Assert.That(all.QuerySelector("#filter-attempts")!.HasAttribute("checked"), Is.True);
            Assert.That(all.QuerySelector(".hidden-attempts"), Is.Null);
            Assert.That(cancelled.Text(".no-orders"), Is.EqualTo("No orders match."), "kept out even when filtering by status");
            Assert.That(cancelled.Text(".hidden-attempts"), Does.Contain("1 unpaid attempt hidden (a declined or abandoned payment)."));
            Assert.That(detail.Text(".order-status"), Is.EqualTo("Cancelled"), "kept for audit, opened by number");
        });
    }

    [Test]
    public async Task To_fulfil_lists_paid_unshipped_orders_oldest_first_and_the_menu_and_dashboard_count_them()
    {
        var (_, before) = await Staff.GetPageAsync("/admin");
        var countBefore = int.Parse(before.Text(".nav-to-fulfil").Split(' ')[0]);
        var email = Unique("fulfil");
        var first = await PlaceOrderAsync(email);
        var second = await PlaceOrderAsync(email);
        var shipped = await PlaceOrderAsync(email);
        var pending = await PlaceOrderAsync(email, TestNonces.Timeout);
        await DeclinedAttemptAsync(email);
        var shipping = await Staff.SubmitFormAsync(await OrderPageAsync(shipped), "form.ship-form", new Dictionary<string, string?> { ["TrackingNumber"] = "TRK-9" });
        Assert.That((shipping.StatusCode, shipping.Headers.Location?.ToString()), Is.EqualTo((HttpStatusCode.Redirect, $"/admin/orders/{shipped}")), "back to the order, its number as written");

        var (response, queue) = await Staff.GetPageAsync("/admin/orders/to-fulfil");
        var (_, dashboard) = await Staff.GetPageAsync("/admin");
        var numbers = queue.Texts(".to-fulfil-list .order-number");
        var (_, silly) = await Staff.GetPageAsync("/admin/orders/to-fulfil?page=-3");

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(numbers, Does.Contain(first).And.Contain(second).And.Not.Contain(shipped).And.Not.Contain(pending));
            Assert.That(numbers.IndexOf(first), Is.LessThan(numbers.IndexOf(second)), "oldest first");
            Assert.That(queue.Texts(".to-fulfil-list .order-status"), Is.All.EqualTo("Paid").Or.EqualTo("PartiallyRefunded"));
            Assert.That(queue.Text(".nav-to-fulfil"), Does.StartWith($"{countBefore + 2} "));
            Assert.That(queue.QuerySelector("a[aria-current=page]")!.Text(), Does.StartWith("To fulfil"));
            Assert.That(dashboard.Text(".to-fulfil-count"), Is.EqualTo($"{countBefore + 2}"));
            Assert.That(dashboard.QuerySelector(".to-fulfil-summary a")!.GetAttribute("href"), Is.EqualTo("/admin/orders/to-fulfil"));
            Assert.That(silly.Text(".result-count"), Does.StartWith($"{countBefore + 2} order"));
        });
    }

    [Test]
    public async Task Shoppers_are_refused_the_to_fulfil_list()
    {
        using var shopper = await App.CreateAccountAndSignInAsync(Unique("nosy"));
        var (response, _) = await shopper.GetPageAsync("/admin/orders/to-fulfil");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }

    [Test]
    public async Task The_csv_export_has_every_order_the_filter_shows()
    {
        var email = Unique("export");
        var paid = await PlaceOrderAsync(email, quantity: 2);
        var declined = await DeclinedAttemptAsync(email);
        await PlaceOrderAsync(Unique("notmine"));
        var order = await OrderAsync(paid);
        var (_, list) = await Staff.GetPageAsync($"/admin/orders?Email={Uri.EscapeDataString(email)}");
        var link = list.QuerySelector(".export-orders")!.GetAttribute("href")!;

        var response = await Staff.GetAsync(link);
        var rows = (await response.Content.ReadAsStringAsync()).Split("\n", StringSplitOptions.RemoveEmptyEntries).Select(r => r.TrimEnd('\r')).ToList();
        var withAttempts = await Staff.GetStringAsync(link + "&Attempts=true");
        var none = await Staff.GetStringAsync("/admin/orders/export?Email=nobody-at-all");
        var anonymous = await App.Browser().GetAsync(link);

        Assert.Multiple(() =>
        {
            Assert.That(link, Does.StartWith("/admin/orders/export?").And.Contain("Email="));
            Assert.That(response.Content.Headers.ContentType!.MediaType, Is.EqualTo("text/csv"));
            Assert.That(response.Content.Headers.ContentDisposition!.FileName, Does.Contain("orders-"));
            Assert.That(rows[0], Does.StartWith("Number,PlacedAtUtc,Email,Status"));
            Assert.That(rows, Has.Count.EqualTo(2), "the header and the paid order: the declined attempt and the other shopper's order are filtered out");
            Assert.That(rows[1], Does.StartWith($"{paid},").And.Contain($",{email},Paid,2,{order.Currency},")
                .And.Contain(order.Total.Amount.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture)));
            Assert.That(withAttempts, Does.Contain(declined));
            Assert.That(none.Trim().Split('\n'), Has.Length.EqualTo(1), "a filter matching nothing gives the header only");
            Assert.That(anonymous.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        });
    }

    [Test]
    public async Task The_order_list_pages_through_many_orders_and_survives_a_silly_page_number()
    {
        var (response, page) = await Staff.GetPageAsync("/admin/orders?page=99999&Status=Delivered");
        var (unreadable, _) = await Staff.GetPageAsync("/admin/orders?page=99999&Status=Delivered&From=not-a-date");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(page.QuerySelector(".order-filter"), Is.Not.Null);
        Assert.That(unreadable.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest), "a day that cannot be read is refused with a reason (see below), not a 500");
    }

    [Test]
    public async Task The_order_page_shows_lines_address_totals_transaction_and_history()
    {
        var number = await PlaceOrderAsync(Unique("detail"), quantity: 3);
        var order = await OrderAsync(number);

        var page = await OrderPageAsync(number);

        Assert.Multiple(() =>
        {
            Assert.That(page.Text(".order-number"), Is.EqualTo(number));
            Assert.That(page.Text(".order-status"), Is.EqualTo("Paid"));
            Assert.That(page.Text(".order-lines tbody"), Does.Contain(order.Lines[0].Name).And.Contain(order.Lines[0].Sku));
            Assert.That(page.Text(".order-total"), Is.EqualTo(order.Total.ToString()));
            Assert.That(page.Text(".ship-to"), Does.Contain("Ada Lovelace").And.Contain("12 Analytical Row"));
            Assert.That(page.Text(".payment-transaction"), Is.EqualTo(order.PaymentTransactionId));
            Assert.That(page.Texts(".order-history tbody tr"), Has.Count.EqualTo(2));
            Assert.That(page.Text(".order-history"), Does.Contain("Order placed.").And.Contain("Paid (transaction"));
            Assert.That(page.QuerySelector("form.ship-form"), Is.Not.Null);
            Assert.That(page.QuerySelector("form.deliver-form"), Is.Null, "a paid order is not shipped yet");
        });
    }

    [Test]
    public async Task An_unknown_order_number_is_not_found()
    {
        Assert.That((await Staff.GetAsync("/admin/orders/SHP-2345-6789")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That((await Staff.GetAsync("/admin/orders/not-a-number")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }
}
