using Shop.Tests.Orders;

namespace Shop.Tests.Admin;

/// <summary>Staff ship and deliver orders from the order page: refusals, tracking numbers, the mail and the audit log.</summary>
public class OrderShippingTests : OrdersFixture
{
    [Test]
    public async Task Shipping_a_pending_order_is_refused_with_a_clear_message_and_nothing_changes()
    {
        var number = await PlaceOrderAsync(Unique("pending"), TestNonces.Timeout);
        Assert.That((await OrderPageAsync(number)).QuerySelector("form.ship-form"), Is.Null, "not offered");

        var error = await ErrorAfterAsync(await ForceAsync(number, "ship", new() { ["TrackingNumber"] = "1Z999" }), HttpStatusCode.Conflict);

        Assert.That(error, Is.EqualTo($"Order {number} is Pending and cannot be shipped."));
        Assert.That((await OrderAsync(number)).Status, Is.EqualTo(OrderStatus.Pending));
        Assert.That(await OrderAuditAsync(number), Is.Empty);
    }

    [Test]
    public async Task Shipping_needs_a_tracking_number()
    {
        var number = await PlaceOrderAsync(Unique("notrack"));
        var response = await ActAsync(number, "form.ship-form", new() { ["TrackingNumber"] = "  " });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((await response.ReadHtmlAsync()).Text(".ship-form"), Does.Contain("Enter the carrier's tracking number."));
        Assert.That((await OrderAsync(number)).Status, Is.EqualTo(OrderStatus.Paid));
    }

    [Test]
    public async Task The_audit_log_names_the_order_status_it_went_from_and_to()
    {
        var number = await PlaceOrderAsync(Unique("auditnames"));
        await NoticeAfterAsync(await ActAsync(number, "form.ship-form", new() { ["TrackingNumber"] = "TRK-9" }));

        var shipped = await App.WithDbAsync(db => db.AuditEntries.SingleAsync(e => e.EntityType == "Order" && e.EntityId == number && e.Action == "Shipped"));

        Assert.That(shipped.Before, Does.Contain("\"Status\":\"Paid\""));
        Assert.That(shipped.After, Does.Contain("\"Status\":\"Shipped\""));
    }

    [Test]
    public async Task A_tracking_number_with_a_tab_or_line_break_is_refused_by_the_field_and_nothing_ships()
    {
        var number = await PlaceOrderAsync(Unique("tabtrack"));
        var response = await ActAsync(number, "form.ship-form", new() { ["TrackingNumber"] = "1Z\t99\n9" });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((await response.ReadHtmlAsync()).Text(".ship-form"), Does.Contain("A tracking number fits on one line, without tabs or line breaks."));
        Assert.That((await OrderAsync(number)).Status, Is.EqualTo(OrderStatus.Paid));
    }

    [Test]
    public async Task Shipping_a_paid_order_mails_the_tracking_number_and_is_audited()
    {
        var email = Unique("ship");
        var number = await PlaceOrderAsync(email);

        var notice = await NoticeAfterAsync(await ActAsync(number, "form.ship-form", new() { ["TrackingNumber"] = "1Z 999 AA1 0123 4567 84" }));

        var order = await OrderAsync(number);
        var mail = App.LastMailTo(email);
        Assert.Multiple(async () =>
        {
            Assert.That(notice, Does.Contain($"Order {number} is shipped"));
            Assert.That(order.Status, Is.EqualTo(OrderStatus.Shipped));
            Assert.That(order.TrackingNumber, Is.EqualTo("1Z 999 AA1 0123 4567 84"));
            Assert.That(mail.Subject, Does.Contain(number).And.Contain("has shipped"));
            Assert.That(mail.TextBody, Does.Contain("Tracking number: 1Z 999 AA1 0123 4567 84"));
            Assert.That(mail.HtmlBody, Does.Contain("1Z 999 AA1 0123 4567 84"));
            Assert.That(await OrderAuditAsync(number), Is.EqualTo(new[] { $"Shipped by {StaffEmail}" }));
        });
    }

    [Test]
    public async Task A_shipped_order_can_be_marked_delivered_but_a_paid_one_cannot()
    {
        var email = Unique("deliver");
        var number = await PlaceOrderAsync(email);
        var refused = await ErrorAfterAsync(await ForceAsync(number, "deliver", []), HttpStatusCode.Conflict);
        await NoticeAfterAsync(await ActAsync(number, "form.ship-form", new() { ["TrackingNumber"] = "TRK-1" }));

        var notice = await NoticeAfterAsync(await ActAsync(number, "form.deliver-form"));

        Assert.Multiple(async () =>
        {
            Assert.That(refused, Is.EqualTo($"Order {number} is Paid and cannot be marked delivered."));
            Assert.That(notice, Is.EqualTo($"Order {number} is marked delivered; the shopper was told."));
            Assert.That(App.LastMailTo(email).Subject, Does.Contain(number).And.Contain("was delivered"));
            Assert.That((await OrderAsync(number)).Status, Is.EqualTo(OrderStatus.Delivered));
            Assert.That(await OrderAuditAsync(number), Is.EqualTo(new[] { $"Shipped by {StaffEmail}", $"Delivered by {StaffEmail}" }));
        });
    }
}
