using Shop.Web.Admin;
using Shop.Web.Admin.Orders;

namespace Shop.Tests.Orders;

/// <summary>A shopper returns items of a delivered order; staff approve or refuse, receive and refund, each step mailed.</summary>
public class ReturnsTests : OrdersFixture
{
    private Task<ReturnRequest> ReturnOfAsync(string number) =>
        App.WithDbAsync(db => db.Returns.Include(r => r.Lines).Where(r => r.OrderNumber == number).OrderByDescending(r => r.Id).FirstAsync());

    private async Task<HttpResponseMessage> StaffStepAsync(int id, string form, Dictionary<string, string?>? typed = null)
    {
        var (response, page) = await Staff.GetPageAsync($"/admin/returns/{id}");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        return await Staff.SubmitFormAsync(page, form, typed);
    }

    [Test]
    public async Task A_shopper_asks_staff_approve_receive_into_stock_and_refund_and_every_step_is_mailed_and_recorded()
    {
        var (me, email, number) = await DeliveredAsync();
        using var _ = me;
        var order = await OrderAsync(number);
        var stockBefore = await StockAsync(order.Lines[0].ProductId);

        var asked = await AskAsync(me, number, "1", "Too small");
        var (_, mine) = await me.GetPageAsync(asked.Headers.Location!.ToString());
        var askedMail = App.LastMailTo(email);
        var r = await ReturnOfAsync(number);
        var (_, list) = await Staff.GetPageAsync("/admin/returns");

        Assert.Multiple(() =>
        {
            Assert.That(asked.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
            Assert.That(asked.Headers.Location?.ToString(), Is.EqualTo($"/account/orders/{number}"), "the number as it is written");
            Assert.That(mine.Text(".order-notice"), Does.Contain("return request is sent"));
            Assert.That(mine.Text(".return-list"), Does.Contain("1 × ").And.Contain("Too small").And.Contain("Asked"));
            Assert.That(askedMail.Subject, Does.Contain($"return request for order {number}"));
            Assert.That(list.Texts(".admin-returns .order-number"), Does.Contain(number));
            Assert.That(int.Parse(list.Text(".nav-returns").Split(' ')[0]), Is.GreaterThanOrEqualTo(1));
        });

        var approved = await StaffStepAsync(r.Id, "form.approve-form");
        var approvedMail = App.LastMailTo(email);
        var received = await StaffStepAsync(r.Id, "form.receive-form");
        var receivedMail = App.LastMailTo(email);
        var (_, refundPage) = await Staff.GetPageAsync($"/admin/returns/{r.Id}");
        var amount = refundPage.Text(".refund-amount");
        var refunded = await Staff.SubmitFormAsync(refundPage, "form.refund-form");
        var (_, myOrder) = await me.GetPageAsync($"/account/orders/{number}");
        var after = await OrderAsync(number);
        var done = await ReturnOfAsync(number);
        var audit = await App.WithDbAsync(db => db.Set<AuditEntry>().Where(a => a.EntityId == number).Select(a => a.Action).ToListAsync());
        var movements = await App.WithDbAsync(db => db.StockMovements.Where(m => m.VariantId == order.Lines[0].VariantId && m.Reason == StockMovementReason.Returned).CountAsync());

        Assert.Multiple(async () =>
        {
            Assert.That((approved.StatusCode, received.StatusCode, refunded.StatusCode), Is.EqualTo((HttpStatusCode.Redirect, HttpStatusCode.Redirect, HttpStatusCode.Redirect)));
            Assert.That(approvedMail.Subject, Does.Contain("is approved"));
            Assert.That(receivedMail.Subject, Does.Contain("received your return"));
            Assert.That(App.LastMailTo(email).Subject, Does.Contain("refund of " + amount));
            Assert.That(done.Status, Is.EqualTo(ReturnStatus.Refunded));
            Assert.That(done.Lines[0].Restocked, Is.True);
            Assert.That(await StockAsync(order.Lines[0].ProductId), Is.EqualTo(stockBefore + 1));
            Assert.That(movements, Is.EqualTo(1));
            Assert.That(after.RefundedAmount.ToString(), Is.EqualTo(amount));
            Assert.That(after.RefundedAmount, Is.EqualTo(order.Lines[0].UnitPrice), "one of two items, no discount, no shipping");
            Assert.That(after.History.Select(h => h.Note), Has.Some.StartsWith("Return requested").And.Some.StartsWith($"Return {r.Id} approved")
                .And.Some.StartsWith($"Return {r.Id} received").And.Some.StartsWith($"Return {r.Id} refunded"));
            Assert.That(after.History.Where(h => h.Note.StartsWith("Return")).Select(h => h.IsInternal), Has.All.True, "staff's record of the steps");
            Assert.That(myOrder.Text(".order-history"), Does.Contain($"Refunded {amount}").And.Not.Contain("Return"), "the shopper's timeline: the refund");
            Assert.That(myOrder.Text(".return-list"), Does.Contain($"Refunded {amount}"), "and the return's own status");
            Assert.That(audit, Is.SupersetOf(new[] { "ReturnApproved", "ReturnReceived", "Refunded", "ReturnRefunded" }));
        });
    }

    [Test]
    public async Task A_double_click_on_the_return_request_records_one_request_and_answers_every_post_as_sent()
    {
        var (me, email, number) = await DeliveredAsync(quantity: 2);
        using var _ = me;
        var (_, page) = await me.GetPageAsync($"/account/orders/{number}");
        var typed = new Dictionary<string, string?> { ["Lines[0].Quantity"] = "1", ["Lines[0].Reason"] = "Too small" };

        // The later posts were refused: "Order … changed while you asked" (409) at the same moment, "at most 1" a moment later.
        var posts = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => me.SubmitFormAsync(page, "form.return-form", typed)));
        posts = [.. posts, await me.SubmitFormAsync(page, "form.return-form", typed)];
        var requests = await App.WithDbAsync(db => db.Returns.Include(r => r.Lines).Where(r => r.OrderNumber == number).ToListAsync());

        Assert.Multiple(() =>
        {
            Assert.That(posts.Select(p => (int)p.StatusCode), Is.All.EqualTo(302));
            Assert.That(requests.Select(r => r.Lines.Sum(l => l.Quantity)), Is.EqualTo(new[] { 1 }), "one request, for one item");
        });
        var (_, after) = await me.GetPageAsync($"/account/orders/{number}");
        Assert.That(after.QuerySelector("form.return-form"), Is.Not.Null, "the other item can still go back");
    }

    [Test]
    public async Task A_returned_item_whose_variant_was_removed_meanwhile_is_recorded_as_not_restocked_and_the_notice_says_why()
    {
        var (me, _, number) = await DeliveredAsync(product: 6); // its own product: it gets options below
        using var _ = me;
        var line = (await OrderAsync(number)).Lines[0];
        await AskAsync(me, number, "1", "Changed my mind");
        var r = await ReturnOfAsync(number);
        await StaffStepAsync(r.Id, "form.approve-form");
        var (_, openedBefore) = await Staff.GetPageAsync($"/admin/returns/{r.Id}"); // offers the tick
        await App.RemoveItsVariantAsync(p => p.Id == line.ProductId);
        var (_, openedAfter) = await Staff.GetPageAsync($"/admin/returns/{r.Id}");

        var received = await Staff.SubmitFormAsync(openedBefore, "form.receive-form");

        var done = await ReturnOfAsync(number);
        var order = await OrderAsync(number);
        var item = $"1 × {done.Lines[0].Name}";
        Assert.Multiple(async () =>
        {
            Assert.That(openedBefore.QuerySelectorAll("form.receive-form input[name=restock]"), Has.Length.EqualTo(1));
            Assert.That(openedAfter.QuerySelectorAll("form.receive-form input[name=restock]"), Is.Empty, "no tick for a variant that is gone");
            Assert.That(openedAfter.Text(".variant-removed"), Is.EqualTo($"{item} cannot go back into stock: its variant was removed from the catalog."));
            Assert.That((await Staff.FollowAsync(received)).Text(".admin-notice"), Does.EndWith($"{item} not restocked: its variant was removed from the catalog."));
            Assert.That(done.Lines[0].Restocked, Is.False);
            Assert.That(order.History.Select(h => h.Note), Has.Some.EndsWith($"{item} not restocked: its variant was removed from the catalog"));
            Assert.That(await App.WithDbAsync(db => db.StockMovements.CountAsync(m => m.VariantId == line.VariantId && m.Reason == StockMovementReason.Returned)), Is.Zero);
        });
    }

    [Test]
    public async Task A_received_return_whose_order_was_refunded_in_full_meanwhile_is_closed_without_moving_money()
    {
        var (me, _, number) = await DeliveredAsync(product: 3); // its own product: the other tests count their variant's stock movements
        using var _ = me;
        await AskAsync(me, number, "1", "Too small");
        var r = await ReturnOfAsync(number);
        await StaffStepAsync(r.Id, "form.approve-form");
        await StaffStepAsync(r.Id, "form.receive-form");
        var order = await OrderAsync(number);
        var by = await StaffMemberAsync();
        var whole = await App.WithAsync<StaffOrderActions, OrderActionResult>(a => a.RefundAsync(number, order.Total.Amount, by, CancellationToken.None));
        Assert.That(whole.Outcome, Is.EqualTo(OrderActionOutcome.Done), whole.Message);

        var (_, page) = await Staff.GetPageAsync($"/admin/returns/{r.Id}");
        var closed = await Staff.SubmitFormAsync(page, "form.refund-form");
        var notice = (await Staff.FollowAsync(closed)).Text(".admin-notice");
        var done = await ReturnOfAsync(number);
        var after = await OrderAsync(number);

        Assert.Multiple(() =>
        {
            Assert.That(page.Text("form.refund-form button"), Is.EqualTo("Close the return (nothing left to refund)"));
            Assert.That(closed.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
            Assert.That(notice, Does.Contain($"Return {r.Id} closed"));
            Assert.That((done.Status, done.RefundedAmount.IsZero), Is.EqualTo((ReturnStatus.Refunded, true)));
            Assert.That(after.RefundedAmount, Is.EqualTo(order.Total), "nothing more was refunded");
            Assert.That(after.History.Select(h => h.Note), Has.Some.EqualTo($"Return {r.Id} closed: the order has nothing left to refund."));
        });
    }

    [Test]
    public async Task A_return_the_rules_do_not_allow_is_refused_with_the_reason_and_nothing_is_recorded()
    {
        var (me, _, number) = await DeliveredAsync();
        using var _ = me;
        var paidEmail = Unique("notyet");
        using var other = await App.CreateAccountAndSignInAsync(paidEmail);
        var notDelivered = await PlaceOrderAsync(paidEmail, client: other);
        var (_, page) = await me.GetPageAsync($"/account/orders/{number}");
        var token = page.AntiforgeryToken("form.return-form");
        var lineId = (await OrderAsync(number)).Lines[0].Id;
        Task<HttpResponseMessage> Post(HttpClient who, string on, string quantity, string reason) =>
            who.PostAsync($"/account/orders/{on}/returns", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Lines[0].OrderLineId"] = lineId.ToString(), ["Lines[0].Quantity"] = quantity, ["Lines[0].Reason"] = reason,
                ["__RequestVerificationToken"] = token,
            }));

        var tooMany = await AskAsync(me, number, "3", "Too small");
        var noReason = await AskAsync(me, number, "1", "");
        var (_, otherPage) = await other.GetPageAsync($"/account/orders/{notDelivered}");
        var someoneElses = await other.GetAsync($"/account/orders/{number}");

        Assert.Multiple(async () =>
        {
            Assert.That(tooMany.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
            Assert.That((await tooMany.ReadHtmlAsync()).Text(".return-error"), Does.StartWith("At most 2 of"));
            Assert.That(noReason.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That((await noReason.ReadHtmlAsync()).Text(".return-error"), Is.EqualTo("Say why this item goes back."));
            Assert.That(otherPage.QuerySelector("form.return-form"), Is.Null, "an order not delivered offers no return");
            Assert.That(someoneElses.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(await App.WithDbAsync(db => db.Returns.CountAsync(r => r.OrderNumber == number)), Is.Zero);
        });

        // The window closes: delivered 31 days ago.
        await App.WithDbAsync(db => db.Set<OrderStatusChange>().Where(h => h.Status == OrderStatus.Delivered && EF.Property<int>(h, "OrderId") ==
                db.Orders.Where(o => o.Number == number).Select(o => o.Id).First())
            .ExecuteUpdateAsync(s => s.SetProperty(h => h.At, DateTimeOffset.UtcNow.AddDays(-31))));
        var late = await Post(me, number, "1", "Too small");
        var (_, lateOrder) = await me.GetPageAsync($"/account/orders/{number}");
        Assert.Multiple(async () =>
        {
            Assert.That(late.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
            Assert.That((await late.ReadHtmlAsync()).Text(".return-error"), Does.Contain("more than 30 days ago"));
            Assert.That(lateOrder.QuerySelector("form.return-form"), Is.Null);
        });
    }

    [Test]
    public async Task Staff_refuse_a_return_with_a_reason_the_shopper_reads_and_steps_out_of_turn_are_refused()
    {
        var (me, email, number) = await DeliveredAsync(quantity: 1);
        using var _ = me;
        await AskAsync(me, number, "1", "Changed my mind");
        var r = await ReturnOfAsync(number);

        var (_, detail) = await Staff.GetPageAsync($"/admin/returns/{r.Id}");
        var token = detail.AntiforgeryToken("form.approve-form");
        Task<HttpResponseMessage> Force(string step, params (string, string)[] fields) =>
            Staff.PostAsync($"/admin/returns/{r.Id}/{step}", new FormUrlEncodedContent(
                fields.Select(f => new KeyValuePair<string, string>(f.Item1, f.Item2)).Append(new("__RequestVerificationToken", token))));

        var early = await Force("refund");
        var noReason = await StaffStepAsync(r.Id, "form.refuse-form", new() { ["reason"] = " " });
        var refused = await StaffStepAsync(r.Id, "form.refuse-form", new() { ["reason"] = "Opened and used" });
        var mail = App.LastMailTo(email);
        var approveAfter = await Force("approve");
        var (_, mine) = await me.GetPageAsync($"/account/orders/{number}");
        var unknown = await Staff.GetAsync("/admin/returns/999999");

        Assert.Multiple(async () =>
        {
            Assert.That(early.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
            Assert.That((await early.ReadHtmlAsync()).Text(".return-error"), Does.Contain("refunded once the items are received"));
            Assert.That(noReason.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That((await noReason.ReadHtmlAsync()).Text(".return-error"), Does.StartWith("Say why the return is refused"));
            Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
            Assert.That(mail.Subject, Does.Contain("was not accepted"));
            Assert.That(mail.TextBody, Does.Contain("Opened and used"));
            Assert.That(approveAfter.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
            Assert.That(mine.Text(".return-list"), Does.Contain("Refused: Opened and used"));
            Assert.That(mine.QuerySelector("form.return-form"), Is.Not.Null, "a refused return gives the items back to return");
            Assert.That(unknown.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That((await OrderAsync(number)).RefundedAmount.IsZero, Is.True);
        });
    }
}
