using MimeKit;

namespace Shop.Tests.Orders;

/// <summary>
/// Staff who set <c>Shop:StaffMail:To</c> are mailed new paid orders and shoppers' return requests, gathered: what comes in
/// within <c>Gather</c> of the first goes in one mail, with links to the staff pages.
/// </summary>
public class StaffMailTests : OrdersFixture
{
    private const string Desk = "orders@staff.test", Boss = "boss@staff.test";

    protected override Dictionary<string, string?> ShopSettings => new()
    {
        ["Shop:StaffMail:To"] = $"{Desk}; not an address, {Boss}",
        ["Shop:StaffMail:Gather"] = "00:00:04",
    };

    /// <summary>The staff mails that arrive after the first <paramref name="seen"/> (they come after the gathering time).</summary>
    private async Task<List<MimeMessage>> StaffMailAfterAsync(int seen, int expected = 1)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var mail = App.MailTo(Desk).Skip(seen).ToList();
            if (mail.Count >= expected || DateTime.UtcNow > deadline) return mail;
            await Task.Delay(200);
        }
    }

    [Test]
    public async Task Orders_paid_close_together_reach_the_staff_in_one_mail_with_each_number_name_and_total()
    {
        var seen = App.MailTo(Desk).Count;
        var first = await PlaceOrderAsync(Unique("staffmail1"));
        var second = await PlaceOrderAsync(Unique("staffmail2"), quantity: 2, company: "Analytical Engines Ltd");
        var (a, b) = (await OrderAsync(first), await OrderAsync(second));

        var mail = await StaffMailAfterAsync(seen);
        await Task.Delay(TimeSpan.FromSeconds(5));

        Assert.That(mail, Has.Count.EqualTo(1), "one mail for both orders");
        Assert.Multiple(() =>
        {
            Assert.That(App.MailTo(Desk), Has.Count.EqualTo(seen + 1), "and no more after the gathering time");
            Assert.That(mail[0].Subject, Is.EqualTo($"2 new orders: {a.Total + b.Total}"));
            Assert.That(mail[0].TextBody, Does.Contain("New orders are paid and waiting to be sent:"));
            Assert.That(mail[0].TextBody, Does.Contain($"1 × {first} · Ada Lovelace ({a.ShippingAddress.CountryCode})  {a.Total}")
                .And.Contain($"2 × {second} · Ada Lovelace, Analytical Engines Ltd ({b.ShippingAddress.CountryCode})  {b.Total}"));
            Assert.That(mail[0].LinkTo("/admin/orders/to-fulfil"), Is.EqualTo("/admin/orders/to-fulfil"));
            Assert.That(App.MailTo(Boss).Last().HtmlBody, Is.EqualTo(mail[0].HtmlBody), "every address gets the same mail");
            Assert.That((mail[0].TextBody ?? "").Split("Sent by").Length, Is.EqualTo(2), "ended once");
        });
    }

    [Test]
    public async Task A_single_order_links_to_its_page_and_a_return_request_reaches_the_staff_with_its_reason()
    {
        var seen = App.MailTo(Desk).Count;
        var (me, _, number) = await DeliveredAsync();
        using var _ = me;
        var order = await StaffMailAfterAsync(seen);
        Assert.That(order, Has.Count.EqualTo(1));
        Assert.That(order[0].Subject, Is.EqualTo($"New order {number}: {(await OrderAsync(number)).Total}"));
        Assert.That(order[0].LinkTo($"/admin/orders/{number}"), Is.EqualTo($"/admin/orders/{number}"));
        Assert.That(order[0].TextBody, Does.Contain("A new order is paid and waiting to be sent:"), "one order, in the singular");

        await AskAsync(me, number, "1", "Too small");
        var asked = await StaffMailAfterAsync(seen + 1);

        Assert.That(asked, Has.Count.EqualTo(1));
        Assert.Multiple(() =>
        {
            Assert.That(asked[0].Subject, Is.EqualTo($"Return requested for order {number}"));
            Assert.That(asked[0].TextBody, Does.Contain($"Order {number}, Ada Lovelace (GB): 1 × ").And.Contain("(Too small)"));
            Assert.That(asked[0].LinkTo("/admin/returns"), Is.EqualTo("/admin/returns"));
            Assert.That(asked[0].TextBody, Does.Contain("A shopper asked to return items:"), "one request, in the singular");
        });
    }

    [Test]
    public async Task A_sales_minute_lists_fifty_orders_counts_the_rest_and_totals_them_all()
    {
        var seen = App.MailTo(Desk).Count;
        var orders = Enumerable.Range(0, 52).Select(_ => Shop.Tests.Domain.OrderTests.Place()).ToList();
        var notices = App.Services.GetRequiredService<Shop.Web.StaffMail.StaffNotices>();
        foreach (var order in orders) notices.OrderPaid(order);

        var mail = await StaffMailAfterAsync(seen);

        Assert.That(mail, Has.Count.EqualTo(1));
        Assert.Multiple(() =>
        {
            Assert.That(mail[0].Subject, Is.EqualTo($"52 new orders: {orders[0].Total * 52}"));
            Assert.That(mail[0].TextBody, Does.Contain(orders[49].Number).And.Not.Contain(orders[50].Number).And.Contain("… and 2 more."));
        });
    }

    [Test]
    public async Task Stock_that_runs_low_then_sells_out_is_mailed_once_as_it_is_now()
    {
        var p = await ProductAsync(skip: 5);
        var onHand = await StockAsync(p.Id);
        var seen = App.MailTo(Desk).Count;

        // Staff take stock away twice within the gathering time: into "a few left", then to none.
        foreach (var delta in new[] { 3 - onHand, -3 })
        {
            var response = await Staff.SubmitFormAsync($"/admin/stock/{p.Id}", "form.stock-form",
                new Dictionary<string, string?> { ["Delta"] = delta.ToString(), ["Reason"] = "Correction" });
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
            await Task.Delay(Shop.Web.Live.StockFeed.Interval * 3); // each change its own live message
        }
        var mail = await StaffMailAfterAsync(seen);

        Assert.That(mail, Has.Count.EqualTo(1));
        Assert.Multiple(() =>
        {
            Assert.That(mail[0].Subject, Is.EqualTo($"Sold out: {p.Name}"));
            Assert.That(mail[0].TextBody, Does.Contain($"{p.Name}: sold out").And.Not.Contain("left"));
            Assert.That(mail[0].LinkTo($"/admin/stock/{p.Id}"), Is.EqualTo($"/admin/stock/{p.Id}"));
        });
    }

    [Test]
    public async Task A_dispute_the_gateway_reports_is_mailed_to_the_staff_once()
    {
        var number = await PlaceOrderAsync(Unique("dispute"));
        var seen = App.MailTo(Desk).Count;
        await StaffMailAfterAsync(seen); // the order's own mail
        seen = App.MailTo(Desk).Count;
        var dispute = new Shop.Web.Payments.Braintree.WebhookNotification(Shop.Web.Payments.Braintree.WebhookNotification.DisputeOpened,
            DateTimeOffset.UtcNow, null, null, number, null, "dp_" + number, "open", "FRAUD");

        foreach (var _ in new[] { 1, 2 }) // the gateway delivers it twice
            await App.WithAsync<Shop.Web.Payments.PaymentWebhookHandler, bool>(async h => { await h.ApplyAsync(dispute, CancellationToken.None); return true; });
        var mail = await StaffMailAfterAsync(seen);
        await Task.Delay(TimeSpan.FromSeconds(5));

        Assert.Multiple(() =>
        {
            Assert.That(App.MailTo(Desk), Has.Count.EqualTo(seen + 1), "one mail for the one dispute");
            Assert.That(mail[0].Subject, Is.EqualTo($"Order {number}: Dispute opened: answer it at Braintree"));
            Assert.That(mail[0].LinkTo($"/admin/orders/{number}"), Is.EqualTo($"/admin/orders/{number}"));
        });
    }

    [Test]
    public void An_address_mail_cannot_be_sent_to_is_left_out_and_the_others_still_get_theirs() =>
        Assert.That(App.Services.GetRequiredService<IOptions<Shop.Web.StaffMail.StaffMailOptions>>().Value.Usable, Is.EqualTo(new[] { Desk, Boss }));
}
