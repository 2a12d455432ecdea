using System.Globalization;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Shop.Tests.Orders;
using Shop.Web.Payments.Braintree;
using Shop.Web.Admin.Audit;

namespace Shop.Tests.Admin;

/// <summary>
/// Two staff refunding the same order at the same moment (two tabs, a double click, two people): the money goes back
/// once. Each test makes the requests meet at one exact point with a <see cref="Hold"/>.
/// </summary>
public class ConcurrentOrderActionsTests : OrdersFixture
{
    private HttpClient _otherStaff = null!;

    protected override Action<IServiceCollection>? TestServices => services =>
    {
        services.AddSingleton<HeldGateway>();
        services.AddSingleton<IPaymentGateway>(sp => sp.GetRequiredService<HeldGateway>());
        services.AddSingleton<HeldOrderClaims>();
        services.AddSingleton<IInterceptor>(sp => sp.GetRequiredService<HeldOrderClaims>());
    };

    private HeldGateway HeldGateway => App.Services.GetRequiredService<HeldGateway>();

    private HeldOrderClaims Claims => App.Services.GetRequiredService<HeldOrderClaims>();

    [OneTimeSetUp]
    public async Task SecondStaffMember()
    {
        var email = Unique("staff2");
        _otherStaff = await App.CreateAccountAndSignInAsync(email, Roles.Staff);
    }

    [OneTimeTearDown]
    public void SignOut() => _otherStaff.Dispose();

    private async Task<(string Number, string Total)> SettledOrderAsync(string who)
    {
        var number = await PlaceOrderAsync(Unique(who));
        Gateway.Settle(await TransactionOfAsync(number));
        var total = (await OrderAsync(number)).Total.Amount.ToString("0.00", CultureInfo.InvariantCulture);
        return (number, total);
    }

    /// <summary>
    /// Staff refund <paramref name="total"/> from the first tab and are held at <paramref name="hold"/>; meanwhile the
    /// other staff member refunds it from the second tab. Returns both answers once the first is let go.
    /// </summary>
    private async Task<(HttpResponseMessage First, HttpResponseMessage Second)> RefundFromBothTabsAsync(
        AngleSharp.Dom.IDocument firstTab, AngleSharp.Dom.IDocument secondTab, string total, Hold hold)
    {
        hold.Arm();
        var first = RefundFromPageAsync(Staff, firstTab, total);
        await hold.Reached;
        var second = await RefundFromPageAsync(_otherStaff, secondTab, total);
        hold.Release();
        return (await first, second);
    }

    private async Task<HttpResponseMessage> RefundFromPageAsync(HttpClient staff, AngleSharp.Dom.IDocument page, string amount) =>
        await staff.SubmitFormAsync(page, "form.refund-form", new Dictionary<string, string?> { ["Amount"] = amount, ["Confirmed"] = "true", ["RefundedBefore"] = "0" }); // as from the confirmation of a fresh order

    private Task<int> RefundAuditsAsync(string number) => App.WithDbAsync(db =>
        db.AuditEntries.CountAsync(e => e.EntityType == "Order" && e.EntityId == number && e.Action == "Refunded"));

    [Test]
    public async Task A_second_refund_while_the_first_is_at_the_gateway_is_refused_and_the_money_goes_back_once()
    {
        var (number, total) = await SettledOrderAsync("tworefunds");
        var firstTab = await OrderPageAsync(number);
        var (_, secondTab) = await _otherStaff.GetPageAsync($"/admin/orders/{number}"); // both staff see the whole amount refundable
        var callsBefore = HeldGateway.MoneyBackCalls;

        var (firstResponse, second) = await RefundFromBothTabsAsync(firstTab, secondTab, total, HeldGateway.MoneyBack);

        var order = await OrderAsync(number);
        Assert.Multiple(async () =>
        {
            Assert.That(firstResponse.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), await firstResponse.Content.ReadAsStringAsync());
            Assert.That(second.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
            var page = await second.ReadHtmlAsync();
            Assert.That(page.Text(".order-error"), Does.Contain("with the payment gateway right now"));
            Assert.That(page.QuerySelector(".order-error[autofocus][tabindex='-1']"), Is.Not.Null, "the page opens on the error");
            Assert.That(HeldGateway.MoneyBackCalls - callsBefore, Is.EqualTo(1), "one refund reached the gateway");
            Assert.That(order.RefundedAmount, Is.EqualTo(order.Total));
            Assert.That(order.Status, Is.EqualTo(OrderStatus.Refunded));
            Assert.That(order.PaymentChangeStartedAt, Is.Null);
            Assert.That(await RefundAuditsAsync(number), Is.EqualTo(1));
        });
    }

    [Test]
    public async Task Of_two_refunds_that_read_the_order_at_the_same_moment_only_one_reaches_the_gateway()
    {
        var (number, total) = await SettledOrderAsync("samemoment");
        var firstTab = await OrderPageAsync(number);
        var (_, secondTab) = await _otherStaff.GetPageAsync($"/admin/orders/{number}");
        var callsBefore = HeldGateway.MoneyBackCalls;

        // The first has read the order and is about to save its claim; the second reads the same, unclaimed order.
        var (firstResponse, second) = await RefundFromBothTabsAsync(firstTab, secondTab, total, Claims.Claim);

        var order = await OrderAsync(number);
        Assert.Multiple(async () =>
        {
            Assert.That(second.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), "the second claimed the order first and refunded");
            Assert.That(firstResponse.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
            Assert.That((await firstResponse.ReadHtmlAsync()).Text(".order-error"), Does.Contain("changed by someone else at the same moment"));
            Assert.That(HeldGateway.MoneyBackCalls - callsBefore, Is.EqualTo(1), "one refund reached the gateway");
            Assert.That(order.RefundedAmount, Is.EqualTo(order.Total));
            Assert.That(await RefundAuditsAsync(number), Is.EqualTo(1));
        });
    }

    [Test]
    public async Task Cancelling_while_a_refund_is_at_the_gateway_is_refused()
    {
        var (number, _) = await SettledOrderAsync("refundcancel");
        var page = await OrderPageAsync(number);
        var callsBefore = HeldGateway.MoneyBackCalls;

        HeldGateway.MoneyBack.Arm();
        var refund = RefundFromPageAsync(Staff, page, "5.00");
        await HeldGateway.MoneyBack.Reached;
        var cancel = await _otherStaff.SubmitFormAsync($"/admin/orders/{number}", "form.cancel-form",
            new Dictionary<string, string?> { ["Reason"] = "Shopper asked", ["Confirmed"] = "true" });
        HeldGateway.MoneyBack.Release();
        await refund;

        var order = await OrderAsync(number);
        Assert.Multiple(async () =>
        {
            Assert.That(cancel.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
            Assert.That((await cancel.ReadHtmlAsync()).Text(".order-error"), Does.Contain("with the payment gateway right now"));
            Assert.That(HeldGateway.MoneyBackCalls - callsBefore, Is.EqualTo(1));
            Assert.That(order.Status, Is.EqualTo(OrderStatus.PartiallyRefunded));
            Assert.That(order.RefundedAmount.Amount, Is.EqualTo(5.00m));
        });
    }

    [Test]
    public async Task A_gateway_notification_saved_while_a_refund_is_at_the_gateway_does_not_lose_the_refund()
    {
        var (number, _) = await SettledOrderAsync("webhookmeanwhile");
        var page = await OrderPageAsync(number);
        var txn = await TransactionOfAsync(number);
        var total = (await OrderAsync(number)).Total; // a settlement counts only with the order's amount

        HeldGateway.MoneyBack.Arm();
        var refund = RefundFromPageAsync(Staff, page, "5.00");
        await HeldGateway.MoneyBack.Reached;
        await using (var scope = App.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<PaymentWebhookHandler>().ApplyAsync(new WebhookNotification(
                WebhookNotification.TransactionSettled, DateTimeOffset.UtcNow, txn, "settled", number, total, null, null, null), CancellationToken.None);
        }
        HeldGateway.MoneyBack.Release();
        var response = await refund;

        var order = await OrderAsync(number);
        Assert.Multiple(async () =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), await response.Content.ReadAsStringAsync());
            Assert.That(order.RefundedAmount.Amount, Is.EqualTo(5.00m));
            Assert.That(order.History.Select(h => h.Note), Has.Some.Contains("Payment settled (Braintree)"));
            Assert.That(order.History.Select(h => h.Note), Has.Some.Contains("made at the gateway"));
            Assert.That(order.PaymentChangeStartedAt, Is.Null);
        });
    }

    [Test]
    public async Task A_pending_order_being_charged_cannot_be_cancelled_and_the_charge_is_recorded_after_a_staff_note()
    {
        var email = Unique("charging");
        HeldGateway.Charge.Arm();
        var paying = PlaceOrderAsync(email);
        await HeldGateway.Charge.Reached;
        var number = await App.WithDbAsync(db => db.Orders.Where(o => o.Email == email).Select(o => o.Number).SingleAsync());

        var cancel = await ActAsync(number, "form.cancel-form", new() { ["Reason"] = "Customer phoned" });
        var refused = await ErrorAfterAsync(cancel, HttpStatusCode.Conflict);
        // A note changes the order while it is charged: the checkout's save of the payment meets a newer order.
        await NoticeAfterAsync(await ActAsync(number, "form.note-form", new() { ["Text"] = "Gift wrap, please" }));
        var whileCharging = await OrderAsync(number);
        HeldGateway.Charge.Release();
        Assert.That(await paying, Is.EqualTo(number), "the shopper is sent to the order's confirmation, not an error page");

        var order = await OrderAsync(number);
        Assert.Multiple(() =>
        {
            Assert.That(refused, Is.EqualTo($"The shopper's payment for order {number} is with the payment gateway right now. Open the order again in a few minutes to see how it ended."));
            Assert.That((whileCharging.Status, whileCharging.PaymentMethod), Is.EqualTo((OrderStatus.Pending, (PaymentMethod?)PaymentMethod.Card)),
                "what the gateway holds for the card is saved with the order, before the charge");
            Assert.That(whileCharging.ThreeDSecure, Is.Not.Null, "its 3-D Secure outcome too");
            Assert.That(order.Status, Is.EqualTo(OrderStatus.Paid));
            Assert.That(order.PaymentTransactionId, Is.Not.Null);
            Assert.That(order.History.Select(h => h.Note), Has.Some.EqualTo("Gift wrap, please"));
            Assert.That(App.MailTo(email).Count(m => m.Subject?.Contains("is confirmed") == true), Is.EqualTo(1));
        });
    }
}
