using Shop.Tests.Orders;

namespace Shop.Tests.Admin;

/// <summary>Staff cancel orders: what happens to the money at the gateway, the stock, the order and the shopper's mail and page.</summary>
public class OrderCancellingTests : OrdersFixture
{
    [Test]
    public async Task Cancelling_a_paid_order_voids_the_payment_returns_the_stock_and_cancels_it()
    {
        var p = await ProductAsync();
        var email = Unique("cancel");
        var number = await PlaceOrderAsync(email, quantity: 2);
        var stockAfterSale = await StockAsync(p.Id);

        var notice = await NoticeAfterAsync(await ActAsync(number, "form.cancel-form", new() { ["Reason"] = "Customer changed their mind" }));

        var order = await OrderAsync(number);
        Assert.Multiple(async () =>
        {
            Assert.That(notice, Does.Contain("cancelled").And.Contain("voided"));
            Assert.That(order.Status, Is.EqualTo(OrderStatus.Cancelled));
            Assert.That(order.RefundedAmount, Is.EqualTo(order.Total));
            Assert.That(order.History.Select(h => h.Note), Has.Some.Contains("voided at the gateway"));
            Assert.That(await GatewayStatusAsync(number), Is.EqualTo("VOIDED"));
            Assert.That(await StockAsync(p.Id), Is.EqualTo(stockAfterSale + 2));
            Assert.That(await OrderAuditAsync(number), Is.EqualTo(new[] { $"Cancelled by {StaffEmail}" }));
            var mail = App.LastMailTo(email);
            Assert.That(mail.Subject, Does.Contain(number).And.Contain("is cancelled"));
            Assert.That(mail.TextBody, Does.Contain($"The payment of {order.Total} is going back to your card"));
        });
    }

    [Test]
    public async Task A_guests_page_of_an_order_staff_cancelled_after_payment_says_the_shop_cancelled_it_and_what_goes_back_and_the_mail_gives_the_reason()
    {
        var email = Unique("guestcancel");
        using var guest = App.Browser();
        var number = await PlaceOrderAsync(email, client: guest);

        await NoticeAfterAsync(await ActAsync(number, "form.cancel-form", new() { ["Reason"] = "Out of stock, sorry" }));

        var (response, page) = await guest.GetPageAsync($"/checkout/confirmation/{number}");
        var (_, german) = await guest.GetPageAsync($"/de/checkout/confirmation/{number}");
        var order = await OrderAsync(number);
        var mail = App.LastMailTo(email);
        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(page.Text("h1"), Is.EqualTo($"Order {number} was cancelled by the shop"));
            Assert.That(page.Text(".cancel-reason"), Is.EqualTo("The shop's reason: Out of stock, sorry"));
            Assert.That(page.Text(".cancel-money"),
                Is.EqualTo($"The payment of {order.Total} is going back to your card; it can take a few days to show on your statement."));
            Assert.That(page.Text(".confirmation"), Does.Not.Contain("not paid").And.Not.Contain("not been charged"));
            Assert.That(german.Text("h1"), Is.EqualTo($"Bestellung {number} wurde vom Shop storniert"));
            Assert.That(german.Text(".cancel-reason"), Is.EqualTo("Begründung des Shops: Out of stock, sorry"));
            Assert.That(mail.Subject, Does.Contain("is cancelled"));
            Assert.That(mail.TextBody, Does.Contain("The shop's reason: Out of stock, sorry"));
        });
    }

    [Test]
    public async Task Cancelling_a_partly_refunded_order_mails_what_goes_back_now_and_the_whole()
    {
        var email = Unique("cancelrest");
        var number = await PlaceOrderAsync(email, quantity: 2);
        Gateway.Settle(await TransactionOfAsync(number));
        var asked = await Staff.SubmitFormAsync(await OrderPageAsync(number), "form.refund-form", new Dictionary<string, string?> { ["Amount"] = "5.00" });
        await Staff.SubmitFormAsync(await asked.ReadHtmlAsync(), "form.confirm-form");

        await NoticeAfterAsync(await ActAsync(number, "form.cancel-form", new() { ["Reason"] = "Out of stock" }));

        var order = await OrderAsync(number);
        var five = new Money(5m, order.Currency);
        var mail = App.LastMailTo(email);
        Assert.That(mail.Subject, Does.Contain("is cancelled"));
        Assert.That(mail.TextBody, Does.Contain($"The payment of {order.Total - five} is going back to your card")
            .And.Contain($"Refunded on this order so far: {order.Total} of {order.Total}."));
    }

    [Test]
    public async Task Cancelling_asks_to_confirm_saying_what_happens_to_the_money()
    {
        var paid = await PlaceOrderAsync(Unique("confirmcancel"));
        var pending = await PlaceOrderAsync(Unique("confirmpending"), TestNonces.Timeout);
        var total = (await OrderAsync(paid)).Total;

        var paidAsk = await Staff.SubmitFormAsync(await OrderPageAsync(paid), "form.cancel-form", new Dictionary<string, string?> { ["Reason"] = "Shopper asked" });
        var paidConfirm = await paidAsk.ReadHtmlAsync();
        var pendingConfirm = await (await Staff.SubmitFormAsync(await OrderPageAsync(pending), "form.cancel-form",
            new Dictionary<string, string?> { ["Reason"] = "No payment" })).ReadHtmlAsync();
        var stillPaid = (await OrderAsync(paid)).Status;
        var notice = await NoticeAfterAsync(await Staff.SubmitFormAsync(paidConfirm, "form.confirm-form"));

        Assert.Multiple(async () =>
        {
            Assert.That(paidAsk.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(paidConfirm.Text(".confirm-money"), Does.Contain($"{total} goes back to the shopper").And.Contain("Shopper asked"));
            Assert.That(paidConfirm.Text("form.confirm-form button"), Is.EqualTo($"Cancel the order and return {total}"));
            Assert.That(pendingConfirm.Text(".confirm-money"), Does.Contain("no money moves"));
            Assert.That(stillPaid, Is.EqualTo(OrderStatus.Paid), "nothing happens before the confirmation");
            Assert.That(notice, Does.Contain("cancelled"));
            Assert.That((await OrderAsync(paid)).Status, Is.EqualTo(OrderStatus.Cancelled));
        });
    }

    [Test]
    public async Task Cancelling_a_settled_order_refunds_it_in_full_at_the_gateway()
    {
        var number = await PlaceOrderAsync(Unique("settled"));
        Gateway.Settle(await TransactionOfAsync(number));

        var notice = await NoticeAfterAsync(await ActAsync(number, "form.cancel-form", new() { ["Reason"] = "Out of stock at the warehouse" }));

        Assert.That(notice, Does.Contain("refunded at the gateway"));
        Assert.That((await OrderAsync(number)).Status, Is.EqualTo(OrderStatus.Cancelled));
    }

    [Test]
    public async Task Cancelling_a_pending_order_the_gateway_took_nothing_for_returns_its_stock()
    {
        var p = await ProductAsync();
        var number = await PlaceOrderAsync(Unique("pendingcancel"), TestNonces.Timeout);
        await Gateway.ReverseAsync(await ChargeOfAsync(number)); // the charge its lost answer was about was voided at the gateway
        var stockAfterSale = await StockAsync(p.Id);

        await NoticeAfterAsync(await ActAsync(number, "form.cancel-form", new() { ["Reason"] = "Payment never confirmed" }));

        Assert.That((await OrderAsync(number)).Status, Is.EqualTo(OrderStatus.Cancelled));
        Assert.That(await StockAsync(p.Id), Is.EqualTo(stockAfterSale + 1));
    }

    [Test]
    public async Task Cancelling_a_pending_order_whose_payment_went_through_marks_it_paid_and_cancels_nothing()
    {
        var p = await ProductAsync();
        var email = Unique("paidafterall");
        var number = await PlaceOrderAsync(email, TestNonces.Timeout); // the gateway took the money; its answer was lost
        var stockAfterSale = await StockAsync(p.Id);

        var error = await ErrorAfterAsync(await ActAsync(number, "form.cancel-form", new() { ["Reason"] = "Shopper phoned" }), HttpStatusCode.Conflict);
        var order = await OrderAsync(number);

        Assert.Multiple(async () =>
        {
            Assert.That(error, Does.Contain($"Order {number} was paid after all").And.Contain("not cancelled"));
            Assert.That((order.Status, order.PaymentTransactionId), Is.EqualTo((OrderStatus.Paid, await ChargeOfAsync(number))));
            Assert.That(await StockAsync(p.Id), Is.EqualTo(stockAfterSale), "its units stay sold");
            Assert.That(App.LastMailTo(email).Subject, Does.Not.Contain("cancelled"), "the shopper is not told nothing was charged");
        });

        var notice = await NoticeAfterAsync(await ActAsync(number, "form.cancel-form", new() { ["Reason"] = "Shopper phoned" }));
        Assert.That(notice, Does.Contain("voided at the gateway"), "cancelled again, the money goes back");
        Assert.That(await GatewayStatusAsync(number), Is.EqualTo("VOIDED"));
    }

    private async Task<string> ChargeOfAsync(string number) =>
        ((TransactionSearchResult.Found)await Gateway.FindByOrderIdAsync(number)).Transactions.Single().Id;

    [Test]
    public async Task Cancelling_an_order_whose_variant_was_removed_meanwhile_says_its_units_were_not_restocked()
    {
        var number = await PlaceOrderAsync(Unique("gonecancel"), product: 7); // its own product: it gets options below
        var line = (await OrderAsync(number)).Lines[0];
        await App.RemoveItsVariantAsync(p => p.Id == line.ProductId);

        var notice = await NoticeAfterAsync(await ActAsync(number, "form.cancel-form", new() { ["Reason"] = "Discontinued" }));

        var order = await OrderAsync(number);
        Assert.That(order.Status, Is.EqualTo(OrderStatus.Cancelled));
        Assert.That(notice, Does.Contain("1 unit was not restocked: its variant was removed."));
        Assert.That(order.History.Where(h => h.IsInternal).Select(h => h.Note), Has.Some.EqualTo("1 unit was not restocked: its variant was removed."));
    }

    [Test]
    public async Task A_gateway_that_refuses_the_reversal_leaves_the_order_paid_and_says_why()
    {
        var p = await ProductAsync();
        var number = await PlaceOrderAsync(Unique("voided"));
        await Gateway.ReverseAsync(await TransactionOfAsync(number)); // voided elsewhere, e.g. in the gateway's control panel
        var stock = await StockAsync(p.Id);

        var error = await ErrorAfterAsync(await ActAsync(number, "form.cancel-form", new() { ["Reason"] = "Fraud suspected" }), HttpStatusCode.Conflict);

        Assert.Multiple(async () =>
        {
            Assert.That(error, Does.Contain("refused to reverse the payment").And.Contain("not cancelled"));
            Assert.That((await OrderAsync(number)).Status, Is.EqualTo(OrderStatus.Paid));
            Assert.That(await StockAsync(p.Id), Is.EqualTo(stock));
            Assert.That(await OrderAuditAsync(number), Is.Empty);
        });
    }

    [Test]
    public async Task Cancelling_needs_a_reason_and_a_shipped_order_cannot_be_cancelled()
    {
        var number = await PlaceOrderAsync(Unique("noreason"));
        var missing = await ActAsync(number, "form.cancel-form", new() { ["Reason"] = "" });
        await NoticeAfterAsync(await ActAsync(number, "form.ship-form", new() { ["TrackingNumber"] = "TRK-2" }));

        var refused = await ErrorAfterAsync(await ForceAsync(number, "cancel", new() { ["Reason"] = "Too late" }), HttpStatusCode.Conflict);

        Assert.That(missing.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(refused, Is.EqualTo($"Order {number} is Shipped and cannot be cancelled."));
    }

    [Test]
    public async Task Cancelling_a_partly_refunded_order_refunds_exactly_what_is_left()
    {
        var number = await PlaceOrderAsync(Unique("partcancel"), quantity: 2);
        var txn = await TransactionOfAsync(number);
        Gateway.Settle(txn);
        var total = (await OrderAsync(number)).Total;
        await NoticeAfterAsync(await ActAsync(number, "form.refund-form", new() { ["Amount"] = "5.00" }));
        var rest = total - new Money(5m, total.Currency);

        var notice = await NoticeAfterAsync(await ActAsync(number, "form.cancel-form", new() { ["Reason"] = "Customer changed their mind" }));

        var order = await OrderAsync(number);
        Assert.Multiple(async () =>
        {
            Assert.That(notice, Does.Contain($"The remaining {rest} of payment {txn} refunded at the gateway"));
            Assert.That(order.Status, Is.EqualTo(OrderStatus.Cancelled));
            Assert.That(order.RefundedAmount, Is.EqualTo(total));
            // The whole amount is refunded now: the gateway refuses another refund of any size.
            Assert.That(await Gateway.RefundAsync(txn, new Money(0.01m, total.Currency)),
                Is.TypeOf<RefundResult.Invalid>().With.Property("Code").EqualTo("91512"));
        });
    }
}
