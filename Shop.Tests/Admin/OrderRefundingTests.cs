using Shop.Tests.Orders;

namespace Shop.Tests.Admin;

/// <summary>Staff refund orders: the confirmation, the amounts allowed, partial refunds, refunds made once, the gateway's refusals.</summary>
public class OrderRefundingTests : OrdersFixture
{
    [Test]
    public async Task A_refund_starts_empty_and_asks_to_confirm_with_the_amount_before_any_money_moves()
    {
        var number = await PlaceOrderAsync(Unique("confirmrefund"));
        Gateway.Settle(await TransactionOfAsync(number));
        var order = await OrderAsync(number);
        var page = await OrderPageAsync(number);

        var asked = await Staff.SubmitFormAsync(page, "form.refund-form", new Dictionary<string, string?> { ["Amount"] = "5.00" });
        var confirm = await asked.ReadHtmlAsync();
        var untouched = await OrderAsync(number);
        var notice = await NoticeAfterAsync(await Staff.SubmitFormAsync(confirm, "form.confirm-form"));
        var refunded = await OrderAsync(number);

        Assert.Multiple(() =>
        {
            Assert.That(page.QuerySelector("#Amount")!.GetAttribute("value"), Is.Null.Or.Empty, "the amount starts empty");
            Assert.That(asked.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(confirm.Text("h1"), Does.Contain("Refund").And.Contain(new Money(5m, order.Currency).ToString()).And.Contain(number));
            Assert.That(confirm.Text(".confirm-money"), Does.Contain("goes back to the shopper's card").And.Contain(order.PaymentTransactionId)
                .And.Contain($"{order.Total - new Money(5m, order.Currency)} can still be refunded"));
            Assert.That(untouched.RefundedAmount.IsZero, Is.True, "nothing moves before the confirmation");
            Assert.That(notice, Does.Contain("Refunded"));
            Assert.That(refunded.RefundedAmount, Is.EqualTo(new Money(5m, order.Currency)));
        });
    }

    [Test]
    public async Task A_refund_of_more_than_is_left_is_refused_before_the_confirmation()
    {
        var number = await PlaceOrderAsync(Unique("confirmtoomuch"));
        var total = (await OrderAsync(number)).Total;

        var response = await Staff.SubmitFormAsync(await OrderPageAsync(number), "form.refund-form",
            new Dictionary<string, string?> { ["Amount"] = (total.Amount + 1m).ToString(System.Globalization.CultureInfo.InvariantCulture) });
        var html = await response.ReadHtmlAsync();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That(html.Text(".order-error"), Does.Contain($"has only {total} left to refund"));
        Assert.That(html.QuerySelector("form.confirm-form"), Is.Null);
    }

    [Test]
    public async Task Refunding_more_than_is_refundable_is_refused_and_nothing_moves()
    {
        var number = await PlaceOrderAsync(Unique("toomuch"));
        Gateway.Settle(await TransactionOfAsync(number));
        var total = (await OrderAsync(number)).Total;

        var error = await ErrorAfterAsync(await ActAsync(number, "form.refund-form",
            new() { ["Amount"] = (total.Amount + 1m).ToString(System.Globalization.CultureInfo.InvariantCulture) }), HttpStatusCode.Conflict);

        Assert.Multiple(async () =>
        {
            Assert.That(error, Does.Contain($"has only {total} left to refund"));
            var order = await OrderAsync(number);
            Assert.That(order.Status, Is.EqualTo(OrderStatus.Paid));
            Assert.That(order.RefundedAmount.IsZero, Is.True);
        });
    }

    [TestCase("0")]
    [TestCase("-5")]
    [TestCase("1.005")]
    public async Task A_refund_amount_must_be_above_zero_in_whole_cents(string amount)
    {
        var number = await PlaceOrderAsync(Unique("badamount"));
        var response = await ActAsync(number, "form.refund-form", new() { ["Amount"] = amount });
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((await response.ReadHtmlAsync()).Text(".refund-form .text-danger"), Is.Not.Empty);
    }

    [Test]
    public async Task Partial_refunds_of_a_settled_payment_add_up_to_a_full_refund()
    {
        var email = Unique("partial");
        var number = await PlaceOrderAsync(email, quantity: 2);
        Gateway.Settle(await TransactionOfAsync(number));
        var total = (await OrderAsync(number)).Total;

        var first = await NoticeAfterAsync(await ActAsync(number, "form.refund-form", new() { ["Amount"] = "5.00" }));
        var afterFirst = await OrderAsync(number);
        var rest = (total - new Money(5m, total.Currency)).Amount.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture);
        await NoticeAfterAsync(await ActAsync(number, "form.refund-form", new() { ["Amount"] = rest }));

        var order = await OrderAsync(number);
        Assert.Multiple(async () =>
        {
            Assert.That(first, Does.Contain("Refunded $5.00"));
            Assert.That(afterFirst.Status, Is.EqualTo(OrderStatus.PartiallyRefunded));
            Assert.That(order.Status, Is.EqualTo(OrderStatus.Refunded));
            Assert.That(order.RefundedAmount, Is.EqualTo(total));
            Assert.That(await OrderAuditAsync(number), Is.EqualTo(new[] { $"Refunded by {StaffEmail}", $"Refunded by {StaffEmail}" }));
            Assert.That((await OrderPageAsync(number)).QuerySelector("form.refund-form"), Is.Null, "nothing left to refund");
            var refundMails = App.MailTo(email).Where(m => m.Subject?.Contains("refund", StringComparison.OrdinalIgnoreCase) == true).ToList();
            Assert.That(refundMails, Has.Count.EqualTo(2), "one mail per refund");
            Assert.That(refundMails[0].TextBody, Does.Contain($"We have refunded $5.00 on order {number}"));
            Assert.That(refundMails[1].TextBody, Does.Contain($"Refunded on this order so far: {total} of {total}."));
        });
    }

    [Test]
    public async Task A_refund_confirmed_twice_by_two_staff_or_one_form_sent_again_is_made_once()
    {
        var email = Unique("twice");
        var number = await PlaceOrderAsync(email, quantity: 2);
        Gateway.Settle(await TransactionOfAsync(number));
        async Task<IDocument> ConfirmationAsync() => await (await Staff.SubmitFormAsync(await OrderPageAsync(number), "form.refund-form",
            new Dictionary<string, string?> { ["Amount"] = "5.00" })).ReadHtmlAsync();
        var mine = await ConfirmationAsync();
        var colleagues = await ConfirmationAsync(); // the same page, opened at the same time

        var first = await Staff.SubmitFormAsync(mine, "form.confirm-form");
        var second = await Staff.SubmitFormAsync(colleagues, "form.confirm-form");
        var again = await Staff.SubmitFormAsync(mine, "form.confirm-form"); // Back, and sent again
        var order = await OrderAsync(number);

        Assert.Multiple(async () =>
        {
            Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
            Assert.That(await ErrorAfterAsync(second, HttpStatusCode.Conflict), Does.Contain("changed since you confirmed").And.Contain("Nothing was refunded"));
            Assert.That(await ErrorAfterAsync(again, HttpStatusCode.Conflict), Does.Contain("changed since you confirmed"));
            Assert.That(order.RefundedAmount, Is.EqualTo(new Money(5m, order.Currency)), "refunded once");
            Assert.That(App.MailTo(email).Count(m => m.Subject?.Contains("refund", StringComparison.OrdinalIgnoreCase) == true), Is.EqualTo(1));
        });
    }

    [Test]
    public async Task Refunding_an_unsettled_payment_shows_the_gateway_refusal_and_suggests_cancelling()
    {
        var number = await PlaceOrderAsync(Unique("unsettled"));

        var error = await ErrorAfterAsync(await ActAsync(number, "form.refund-form", new() { ["Amount"] = "1.00" }), HttpStatusCode.Conflict);

        Assert.That(error, Does.Contain("has not settled").And.Contain("Cancel the order instead"));
        Assert.That((await OrderAsync(number)).RefundedAmount.IsZero, Is.True);
    }
}
