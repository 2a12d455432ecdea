using Shop.Tests.Orders;

namespace Shop.Tests.Admin;

/// <summary>Refunds and voids of PayPal orders: the same gateway calls on the transaction as for cards.</summary>
public class PayPalOrderActionsTests : OrdersFixture
{
    protected override ShopApp CreateShop() => new(new()
    {
        ["Shop:Payments:Reconciliation:AskAfter"] = "01:00:00",
        ["Shop:Payments:Braintree:PayPal"] = "true",
    });

    [Test]
    public async Task Cancelling_a_fresh_PayPal_order_voids_its_transaction()
    {
        var email = Unique("ppvoid");
        var number = await PlaceOrderAsync(email, TestNonces.PayPalOneTime);

        var notice = await NoticeAfterAsync(await ActAsync(number, "form.cancel-form", new() { ["Reason"] = "Shopper asked" }));

        var order = await OrderAsync(number);
        Assert.Multiple(async () =>
        {
            Assert.That(order.PaymentMethod, Is.EqualTo(PaymentMethod.PayPal));
            Assert.That(notice, Does.Contain("voided"));
            Assert.That(order.Status, Is.EqualTo(OrderStatus.Cancelled));
            Assert.That(await GatewayStatusAsync(number), Is.EqualTo("VOIDED"));
            Assert.That(App.LastMailTo(email).TextBody, Does.Contain("is going back to your PayPal account"));
        });
    }

    [Test]
    public async Task A_PayPal_orders_invoice_says_it_was_paid_with_PayPal()
    {
        var number = await PlaceOrderAsync(Unique("ppinvoice"), TestNonces.PayPalOneTime);

        var invoice = await Staff.GetAsync($"/admin/orders/{number}/invoice");

        Assert.That(invoice.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(string.Join("\n", await PdfText.PagesAsync(invoice)), Does.Contain($"Paid with PayPal (transaction {await TransactionOfAsync(number)})."));
    }

    [Test]
    public async Task A_settled_PayPal_order_is_refunded_in_part_then_in_full_on_cancelling()
    {
        var email = Unique("pprefund");
        var number = await PlaceOrderAsync(email, TestNonces.PayPalOneTime, quantity: 2);
        var txn = await TransactionOfAsync(number);
        Gateway.Settle(txn);
        var total = (await OrderAsync(number)).Total;

        var refunded = await NoticeAfterAsync(await ActAsync(number, "form.refund-form", new() { ["Amount"] = "5.00" }));
        var partly = await OrderAsync(number);
        var mail = App.LastMailTo(email);
        var cancelled = await NoticeAfterAsync(await ActAsync(number, "form.cancel-form", new() { ["Reason"] = "Shopper asked" }));

        var order = await OrderAsync(number);
        Assert.Multiple(async () =>
        {
            Assert.That(refunded, Does.Contain("Refunded"));
            Assert.That(partly.RefundedAmount, Is.EqualTo(new Money(5m, total.Currency)));
            Assert.That(mail.TextBody, Does.Contain("to your PayPal account"));
            Assert.That(cancelled, Does.Contain($"The remaining {total - new Money(5m, total.Currency)} of payment {txn} refunded at the gateway"));
            Assert.That(order.RefundedAmount, Is.EqualTo(total));
            Assert.That(await Gateway.RefundAsync(txn, new Money(0.01m, total.Currency)),
                Is.TypeOf<RefundResult.Invalid>().With.Property("Code").EqualTo("91512"), "nothing left to refund");
        });
    }
}
