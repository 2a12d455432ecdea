using Shop.Tests.Orders;

namespace Shop.Tests.Admin;

/// <summary>
/// A shopper writes that their street is misspelt: staff correct the delivery address before the parcel goes. The
/// country and region stay (tax and shipping were charged for them), the old address stays in the staff history, and
/// an issued invoice keeps billing the address it was issued to.
/// </summary>
public class DeliveryAddressTests : OrdersFixture
{
    private static Dictionary<string, string?> Corrected => new()
    {
        ["FullName"] = "Ada King", ["Company"] = "Analytical Engines Ltd", ["Line1"] = "21 Analytical Row", ["Line2"] = "Flat 3",
        ["PostalCode"] = "N1 9GX", ["City"] = "London", ["Phone"] = "+44 20 7946 0000",
    };

    [Test]
    public async Task Staff_correct_the_address_the_shopper_sees_it_and_the_old_one_stays_in_the_staff_history()
    {
        var email = Unique("readdress");
        using var me = await App.CreateAccountAndSignInAsync(email);
        var number = await PlaceOrderAsync(email, client: me);

        var response = await ActAsync(number, "form.delivery-address-form", Corrected);
        var notice = (await Staff.FollowAsync(response)).Text(".admin-notice");

        var staffPage = await OrderPageAsync(number);
        var (_, mine) = await me.GetPageAsync($"/account/orders/{number}");
        var order = await OrderAsync(number);
        Assert.Multiple(async () =>
        {
            Assert.That(notice, Does.Contain($"Order {number} goes to the corrected address"));
            Assert.That(order.ShippingAddress.Line1, Is.EqualTo("21 Analytical Row"));
            Assert.That((order.ShippingAddress.Company, order.ShippingAddress.Line2, order.ShippingAddress.PostalCode, order.ShippingAddress.Phone),
                Is.EqualTo(("Analytical Engines Ltd", "Flat 3", "N1 9GX", "+44 20 7946 0000")));
            Assert.That(order.BillingAddress, Is.Null, "no invoice issued yet: the bill goes to the corrected address too");
            Assert.That(staffPage.Text(".ship-to"), Does.Contain("21 Analytical Row").And.Contain("Ada King"));
            Assert.That(staffPage.Text(".order-history .internal-note"), Does.Contain("Delivery address corrected by staff; it was: Ada Lovelace, 12 Analytical Row"));
            Assert.That(mine.Body!.TextContent, Does.Contain("21 Analytical Row").And.Not.Contain("corrected by staff"));
            var audits = await App.WithDbAsync(db => db.AuditEntries.Where(e => e.EntityId == number).Select(e => new { e.Action, e.Before, e.After }).ToListAsync());
            Assert.That(audits.Single().Action, Is.EqualTo("DeliveryAddressChanged"));
            Assert.That(audits.Single().Before, Does.Contain("12 Analytical Row"));
            Assert.That(audits.Single().After, Does.Contain("21 Analytical Row"));
        });
    }

    [Test]
    public async Task Two_staff_correcting_one_address_at_once_do_not_overwrite_each_other_unseen()
    {
        var number = await PlaceOrderAsync(Unique("twice"));
        var mine = await OrderPageAsync(number);
        var colleagues = await OrderPageAsync(number);
        await Staff.SubmitFormAsync(colleagues, "form.delivery-address-form", new Dictionary<string, string?> { ["Line1"] = "14 Analytical Row" });

        var stale = await Staff.SubmitFormAsync(mine, "form.delivery-address-form", new Dictionary<string, string?> { ["Line2"] = "Flat 9" });
        var refused = await stale.ReadHtmlAsync();
        var between = await OrderAsync(number);
        var again = await Staff.SubmitFormAsync(refused, "form.delivery-address-form");
        var after = await OrderAsync(number);

        Assert.Multiple(() =>
        {
            Assert.That(stale.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
            Assert.That(refused.Text(".order-error"), Is.EqualTo($"Someone changed the delivery address of order {number} a moment ago: it now goes to " +
                "Ada Lovelace, 14 Analytical Row, N1 9GU, London. Nothing was changed; what you typed is below: save it again if it is still right."));
            Assert.That(refused.QuerySelector("form.delivery-address-form input[name=Line2]")?.GetAttribute("value"), Is.EqualTo("Flat 9"));
            Assert.That((between.ShippingAddress.Line1, between.ShippingAddress.Line2), Is.EqualTo(("14 Analytical Row", "")), "the colleague's stays");
            Assert.That(again.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), "saved again, knowingly");
            Assert.That((after.ShippingAddress.Line1, after.ShippingAddress.Line2), Is.EqualTo(("12 Analytical Row", "Flat 9")));
        });
    }

    [Test]
    public async Task A_missing_street_is_said_beside_its_field_and_the_typing_is_kept()
    {
        var number = await PlaceOrderAsync(Unique("readdress-empty"));
        var typed = Corrected;
        typed["Line1"] = "";

        var response = await ActAsync(number, "form.delivery-address-form", typed);
        var page = await response.ReadHtmlAsync();

        Assert.Multiple(async () =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(page.Text("#DeliveryLine1-error"), Is.EqualTo("Enter the street and number."));
            Assert.That(page.QuerySelector("details.delivery-address-change")!.HasAttribute("open"), Is.True, "the form shows open");
            Assert.That(page.QuerySelector("#DeliveryFullName")!.GetAttribute("value"), Is.EqualTo("Ada King"), "the rest is kept");
            Assert.That((await OrderAsync(number)).ShippingAddress.Line1, Is.EqualTo("12 Analytical Row"), "nothing saved");
        });
    }

    [Test]
    public async Task Another_country_is_refused_tax_and_shipping_were_charged_for_this_one()
    {
        var number = await PlaceOrderAsync(Unique("readdress-abroad"));
        var typed = Corrected;
        typed["CountryCode"] = "FR";
        typed["PostalCode"] = "75001";
        typed["City"] = "Paris";

        var response = await ActAsync(number, "form.delivery-address-form", typed);

        Assert.Multiple(async () =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
            Assert.That((await response.ReadHtmlAsync()).Text(".order-error"), Is.EqualTo(Order.DeliveryStaysInItsRegion));
            Assert.That((await OrderAsync(number)).ShippingAddress.CountryCode, Is.EqualTo("GB"));
        });
    }

    [Test]
    public async Task A_shipped_order_offers_no_correction_and_refuses_one()
    {
        var number = await PlaceOrderAsync(Unique("readdress-shipped"));
        await Staff.FollowAsync(await ActAsync(number, "form.ship-form", new() { ["TrackingNumber"] = "1Z999AA10123456784" }));

        var page = await OrderPageAsync(number);
        var fields = Corrected.Where(f => f.Value is not null).ToDictionary(f => f.Key, f => f.Value!);
        fields["CountryCode"] = "GB";
        var response = await ForceAsync(number, "delivery-address", fields);

        Assert.Multiple(async () =>
        {
            Assert.That(page.QuerySelector("form.delivery-address-form"), Is.Null);
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
            Assert.That((await response.ReadHtmlAsync()).Text(".order-error"), Does.Contain("cannot be sent elsewhere"));
            Assert.That((await OrderAsync(number)).ShippingAddress.Line1, Is.EqualTo("12 Analytical Row"));
        });
    }

    [Test]
    public async Task After_the_invoice_is_issued_it_keeps_billing_the_address_it_named()
    {
        var number = await PlaceOrderAsync(Unique("readdress-invoiced"));
        var invoice = await Staff.GetAsync($"/admin/orders/{number}/invoice");
        Assert.That(invoice.StatusCode, Is.EqualTo(HttpStatusCode.OK), "the invoice is issued");

        await Staff.FollowAsync(await ActAsync(number, "form.delivery-address-form", Corrected));

        var order = await OrderAsync(number);
        Assert.Multiple(() =>
        {
            Assert.That(order.ShippingAddress.Line1, Is.EqualTo("21 Analytical Row"));
            Assert.That(order.BillTo.Line1, Is.EqualTo("12 Analytical Row"), "billed as the invoice says");
            Assert.That(order.BillTo.FullName, Is.EqualTo("Ada Lovelace"));
        });
    }
}
