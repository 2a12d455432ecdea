namespace Shop.Tests.Checkout;

/// <summary>The billing address: the delivery address unless the shopper unticks "same as delivery" and types another.</summary>
public class BillingAddressTests : ShopFixture
{
    private async Task<Shopper> ShopperWithACartAsync()
    {
        var slug = await App.WithDbAsync(db => db.Products.Where(p => !p.Options.Any() && p.Variants.Sum(v => v.StockOnHand) >= 20)
            .OrderBy(p => p.Id).Select(p => p.Slug).FirstAsync());
        var shopper = new Shopper(App.Browser());
        await shopper.AddToCartAsync(slug);
        return shopper;
    }

    private static Dictionary<string, string?> BilledElsewhere(string email, string line1 = "1 Bill Street") => new(Shopper.GuestAddress(email))
    {
        ["Form.BillingSameAsDelivery"] = "false", ["Form.Billing.FullName"] = "Countess of Lovelace", ["Form.Billing.Line1"] = line1,
        ["Form.Billing.City"] = "Bath", ["Form.Billing.PostalCode"] = "ba1 1aa", ["Form.Billing.CountryCode"] = "GB",
    };

    [Test]
    public async Task A_billing_address_unlike_the_delivery_is_kept_on_the_order_and_shown_on_the_confirmation()
    {
        using var shopper = await ShopperWithACartAsync();
        var confirmation = await shopper.Client.FollowAsync(await shopper.CheckoutAsync(TestNonces.Valid, BilledElsewhere("billed@example.com")));

        var order = await App.WithDbAsync(db => db.Orders.SingleAsync(o => o.Email == "billed@example.com"));
        Assert.Multiple(() =>
        {
            Assert.That(order.BillingAddress?.FullName, Is.EqualTo("Countess of Lovelace"));
            Assert.That(order.BillingAddress?.PostalCode, Is.EqualTo("BA1 1AA"));
            Assert.That(order.ShippingAddress.FullName, Is.EqualTo("Ada Lovelace"));
            Assert.That(confirmation.Text(".bill-to"), Does.Contain("Countess of Lovelace").And.Contain("1 Bill Street").And.Contain("United Kingdom"));
            Assert.That(App.LastMailTo("billed@example.com").TextBody, Does.Contain("Hello Countess of Lovelace,"),
                "the mail greets the buyer, not the parcel's recipient (a gift)");
        });
    }

    [Test]
    public async Task Same_as_delivery_is_the_default_keeps_no_second_address_and_says_so()
    {
        using var shopper = await ShopperWithACartAsync();
        var (_, form) = await shopper.Client.GetPageAsync("/checkout");
        Assert.That(form.QuerySelector("input[type=checkbox][name='Form.BillingSameAsDelivery']")?.HasAttribute("checked"), Is.True);

        var confirmation = await shopper.Client.FollowAsync(await shopper.CheckoutAsync(TestNonces.Valid, Shopper.GuestAddress("same@example.com")));
        var order = await App.WithDbAsync(db => db.Orders.SingleAsync(o => o.Email == "same@example.com"));
        Assert.That(order.BillingAddress, Is.Null);
        Assert.That(order.BillTo, Is.EqualTo(order.ShippingAddress));
        Assert.That(confirmation.Text(".bill-to"), Is.EqualTo("Same as delivery."));
    }

    [Test]
    public async Task A_billing_address_with_mistakes_is_refused_next_to_its_fields_and_kept_in_the_form()
    {
        using var shopper = await ShopperWithACartAsync();
        var address = BilledElsewhere("wrong@example.com", line1: "");
        address["Form.Billing.CountryCode"] = "";
        var response = await shopper.Client.SubmitFormAsync("/checkout", "form.checkout-address", address);
        var page = await response.ReadHtmlAsync();

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(page.Text("[data-valmsg-for='Form.Billing.Line1']"), Is.EqualTo("Enter the street and number."));
            Assert.That(page.Text("[data-valmsg-for='Form.Billing.CountryCode']"), Is.EqualTo("Choose a country."));
            Assert.That(page.Text("[data-valmsg-for='Form.Line1']"), Is.Empty, "the delivery address was fine");
            Assert.That(page.QuerySelector("input[name='Form.Billing.FullName']")?.GetAttribute("value"), Is.EqualTo("Countess of Lovelace"));
            Assert.That(page.QuerySelector("input[type=checkbox][name='Form.BillingSameAsDelivery']")?.HasAttribute("checked"), Is.False);
        });
    }
}
