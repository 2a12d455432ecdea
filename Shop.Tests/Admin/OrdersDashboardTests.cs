using Shop.Tests.Orders;
using Shop.Web.Admin.Dashboard;
using Shop.Web.Payments;
using Shop.Web.Payments.Braintree;

namespace Shop.Tests.Admin;

/// <summary>A fixture of its own: the figures count every order in its database.</summary>
public class OrdersDashboardTests : OrdersFixture
{
    private async Task<DashboardPage> DashboardAsync()
    {
        await using var scope = App.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<DashboardQuery>().LoadAsync(new DashboardRange { Range = DashboardRange.Today }, CancellationToken.None);
    }

    [Test]
    public async Task Two_paid_orders_make_todays_revenue_net_of_refunds_and_top_the_products()
    {
        var p = await ProductAsync();
        var one = await OrderAsync(await PlaceOrderAsync(Unique("dash"), quantity: 1));
        var two = await OrderAsync(await PlaceOrderAsync(Unique("dash"), quantity: 2));
        await PlaceOrderAsync(Unique("dash"), TestNonces.Timeout); // pending: not revenue
        using (var declined = new Shopper(App.Browser()))
        {
            await declined.AddToCartAsync(p.Slug);
            await declined.CheckoutAsync(TestNonces.ProcessorDeclined); // cancelled: not revenue
        }

        var before = await DashboardAsync();
        Gateway.Settle(two.PaymentTransactionId!);
        await Staff.SubmitFormAsync((await Staff.GetPageAsync($"/admin/orders/{two.Number}")).Page, "form.refund-form",
            new Dictionary<string, string?> { ["Amount"] = "2.50", ["Confirmed"] = "true" });
        var after = await DashboardAsync();

        var gross = one.Total + two.Total;
        Assert.Multiple(() =>
        {
            Assert.That(before.Current.Orders, Is.EqualTo(2));
            Assert.That(before.Current.Revenue, Is.EqualTo(gross.Amount));
            Assert.That(before.Current.Units, Is.EqualTo(3));
            Assert.That(before.Daily[^1].Revenue, Is.EqualTo(gross.Amount), "today is the chart's last point");
            Assert.That(before.TopProducts[0].ProductId, Is.EqualTo(p.Id));
            Assert.That(before.TopProducts[0].Units, Is.EqualTo(3));
            Assert.That(after.Current.Orders, Is.EqualTo(2), "a partly refunded order still counts");
            Assert.That(after.Current.Revenue, Is.EqualTo((gross - new Money(2.50m, gross.Currency)).Amount));
        });

        var (_, page) = await Staff.GetPageAsync("/admin?range=today");
        Assert.That(page.Texts(".sales-figures .revenue")[0], Is.EqualTo((gross - new Money(2.50m, gross.Currency)).ToString()));
    }

    [Test]
    public async Task The_gateways_alerts_of_the_last_week_are_on_the_dashboard_with_their_orders()
    {
        const string number = "SHP-ALRT-0001"; // no real order: the figures of this fixture count every order
        var now = DateTimeOffset.UtcNow;
        await App.WithDbAsync(async db =>
        {
            db.PaymentNotifications.AddRange(
                new PaymentNotification { Kind = WebhookNotification.DisputeOpened, Subject = "dp_1", Timestamp = now, OrderNumber = number, ReceivedAt = now.AddHours(-1) },
                new PaymentNotification { Kind = WebhookNotification.RefundFailed, Subject = "tx_elsewhere", Timestamp = now, ReceivedAt = now.AddHours(-2) },
                new PaymentNotification { Kind = WebhookNotification.TransactionSettled, Subject = "tx_settled", Timestamp = now, OrderNumber = number, ReceivedAt = now },
                new PaymentNotification { Kind = WebhookNotification.DisputeLost, Subject = "dp_old", Timestamp = now, OrderNumber = number, ReceivedAt = now.AddDays(-8) });
            await db.SaveChangesAsync();
        });

        var (_, page) = await Staff.GetPageAsync("/admin");

        var alerts = page.Texts(".payment-alerts li");
        Assert.Multiple(() =>
        {
            Assert.That(alerts, Has.Count.EqualTo(2), "a settlement is no alert, and a week-old dispute is gone");
            Assert.That(alerts[0], Does.Contain($"Dispute opened: answer it at Braintree: order {number}"));
            Assert.That(page.QuerySelector(".payment-alerts a")?.GetAttribute("href"), Is.EqualTo($"/admin/orders/{number}"));
            Assert.That(alerts[1], Does.Contain("A refund failed at the gateway").And.Contain("tx_elsewhere, no order of this shop"));
        });
    }
}
