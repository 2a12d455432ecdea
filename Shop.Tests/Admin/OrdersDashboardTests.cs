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
            new Dictionary<string, string?> { ["Amount"] = "2.50", ["Confirmed"] = "true", ["RefundedBefore"] = "0" });
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
    public async Task The_gateways_alerts_stay_on_the_dashboard_until_handled_for_a_month_at_most()
    {
        const string number = "SHP-ALRT-0001"; // no real order: the figures of this fixture count every order
        var now = DateTimeOffset.UtcNow;
        await App.WithDbAsync(async db =>
        {
            await db.PaymentNotifications.ExecuteDeleteAsync();
            var handled = new PaymentNotification { Kind = WebhookNotification.DisputeOpened, Subject = "dp_done", Timestamp = now, OrderNumber = number, ReceivedAt = now };
            handled.MarkHandled("someone@example.com", now);
            db.PaymentNotifications.AddRange(
                new PaymentNotification { Kind = WebhookNotification.DisputeOpened, Subject = "dp_1", Timestamp = now, OrderNumber = number, ReceivedAt = now.AddHours(-1) },
                new PaymentNotification { Kind = WebhookNotification.RefundFailed, Subject = "tx_elsewhere", Timestamp = now, ReceivedAt = now.AddHours(-2) },
                new PaymentNotification { Kind = WebhookNotification.TransactionSettled, Subject = "tx_settled", Timestamp = now, OrderNumber = number, ReceivedAt = now },
                new PaymentNotification { Kind = WebhookNotification.DisputeLost, Subject = "dp_week", Timestamp = now, OrderNumber = number, ReceivedAt = now.AddDays(-8) },
                new PaymentNotification { Kind = WebhookNotification.DisputeLost, Subject = "dp_old", Timestamp = now, OrderNumber = number, ReceivedAt = now.AddDays(-31) },
                handled);
            await db.SaveChangesAsync();
        });

        var (_, page) = await Staff.GetPageAsync("/admin");

        var alerts = page.Texts(".payment-alerts li");
        Assert.Multiple(() =>
        {
            Assert.That(alerts, Has.Count.EqualTo(3), "a settlement is no alert; one handled and one older than a month are gone");
            Assert.That(alerts[0], Does.Contain($"Dispute opened: answer it at Braintree: order {number}"));
            Assert.That(page.QuerySelector(".payment-alerts a")?.GetAttribute("href"), Is.EqualTo($"/admin/orders/{number}"));
            Assert.That(alerts[1], Does.Contain("A refund failed at the gateway").And.Contain("tx_elsewhere, no order of this shop"));
            Assert.That(alerts[2], Does.Contain("Dispute lost"), "a week old and not handled: still there");
            Assert.That(page.Texts(".payment-alerts .alert-handled-form button"), Is.EqualTo(new[]
            {
                $"Mark handled: Dispute opened: answer it at Braintree, order {number}",
                "Mark handled: A refund failed at the gateway: refund the shopper another way, transaction tx_elsewhere",
                $"Mark handled: Dispute lost: the money went back to the cardholder, order {number}",
            }), "each button says which alert it handles to a screen reader");
        });
    }

    [Test]
    public async Task Staff_mark_an_alert_handled_and_the_audit_trail_says_who()
    {
        const string number = "SHP-ALRT-0002";
        var now = DateTimeOffset.UtcNow;
        var id = await App.WithDbAsync(async db =>
        {
            await db.PaymentNotifications.ExecuteDeleteAsync();
            var alert = new PaymentNotification { Kind = WebhookNotification.TransactionSettlementDeclined, Subject = "tx_9", Timestamp = now, OrderNumber = number, ReceivedAt = now };
            db.PaymentNotifications.Add(alert);
            await db.SaveChangesAsync();
            return alert.Id;
        });
        var (_, page) = await Staff.GetPageAsync("/admin");

        var handled = await Staff.SubmitFormAsync(page, ".payment-alerts .alert-handled-form");
        var after = await Staff.FollowAsync(handled);
        var again = await Staff.FollowAsync(await Staff.SubmitFormAsync(page, ".payment-alerts .alert-handled-form"));
        page.QuerySelector(".payment-alerts .alert-handled-form")!.SetAttribute("action", "/admin/payment-alerts/999999/handled");
        var unknown = await Staff.SubmitFormAsync(page, ".payment-alerts .alert-handled-form");

        var stored = await App.WithDbAsync(db => db.PaymentNotifications.AsNoTracking().SingleAsync(n => n.Id == id));
        var audit = await App.WithDbAsync(db => db.AuditEntries.Where(e => e.EntityType == DashboardController.AlertEntityType && e.EntityId == id.ToString())
            .Select(e => new { e.Action, e.UserEmail }).ToListAsync());
        Assert.Multiple(() =>
        {
            Assert.That(handled.Headers.Location?.ToString(), Is.EqualTo("/admin"));
            Assert.That(after.Text(".admin-notice"), Does.Contain($"Marked the alert on order {number} handled."));
            Assert.That(after.QuerySelector(".payment-alerts"), Is.Null, "nothing left to handle");
            Assert.That(stored.HandledBy, Is.EqualTo(StaffEmail));
            Assert.That(stored.HandledAt, Is.Not.Null);
            Assert.That(audit.Select(a => (a.Action, a.UserEmail)), Is.EqualTo(new[] { ("Handled", StaffEmail) }), "once, by the one who pressed");
            Assert.That(again.Text(".admin-notice"), Does.Contain($"already marked handled by {StaffEmail}"));
            Assert.That(unknown.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        });
    }

    [Test]
    public async Task Of_two_staff_marking_one_alert_at_once_one_marks_it()
    {
        var now = DateTimeOffset.UtcNow;
        var id = await App.WithDbAsync(async db =>
        {
            var alert = new PaymentNotification { Kind = WebhookNotification.DisputeLost, Subject = "dp_race", Timestamp = now, OrderNumber = "SHP-ALRT-0003", ReceivedAt = now };
            db.PaymentNotifications.Add(alert);
            await db.SaveChangesAsync();
            return alert.Id;
        });
        await using var first = App.Services.CreateAsyncScope();
        await using var second = App.Services.CreateAsyncScope();
        var one = first.ServiceProvider.GetRequiredService<ShopDbContext>();
        var other = second.ServiceProvider.GetRequiredService<ShopDbContext>();
        var seenByOne = await one.PaymentNotifications.SingleAsync(n => n.Id == id);
        var seenByOther = await other.PaymentNotifications.SingleAsync(n => n.Id == id); // both read it unhandled

        seenByOne.MarkHandled("one@example.com", now);
        var oneSaved = await one.TrySaveChangesAsync(CancellationToken.None);
        seenByOther.MarkHandled("other@example.com", now.AddSeconds(1));
        var otherSaved = await other.TrySaveChangesAsync(CancellationToken.None);

        var stored = await App.WithDbAsync(db => db.PaymentNotifications.AsNoTracking().SingleAsync(n => n.Id == id));
        Assert.Multiple(() =>
        {
            Assert.That((oneSaved, otherSaved), Is.EqualTo((true, false)));
            Assert.That(stored.HandledBy, Is.EqualTo("one@example.com"), "the first mark stands");
        });
    }
}
