using Shop.Tests.Checkout;
using Shop.Tests.Orders;

namespace Shop.Tests.Admin;

/// <summary>
/// A shop in Kuwaiti dinars, a currency with three decimals: a price keeps its third decimal from the staff form
/// through the database (PostgreSQL's columns too) to the shelf, the order and the charge.
/// </summary>
public class DinarShopTests : OrdersFixture
{
    protected override ShopApp CreateShop() =>
        new(new() { ["Shop:Currency"] = "KWD", ["Shop:Payments:Reconciliation:AskAfter"] = "01:00:00" }) { TestServices = TestServices };

    [Test]
    public async Task A_price_keeps_its_third_decimal_from_the_form_to_the_charge()
    {
        var name = "Dallah " + Guid.NewGuid().ToString("n")[..8];
        var fields = new Dictionary<string, string?>
        {
            ["Name"] = name, ["Slug"] = name.ToLowerInvariant().Replace(' ', '-'), ["Sku"] = "DALLAH-" + Guid.NewGuid().ToString("n")[..8].ToUpperInvariant(),
            ["Price"] = "1.2345", ["InitialStock"] = "5", ["Description"] = "Brass.", ["IsPublished"] = "true",
            ["CategoryId"] = (await App.WithDbAsync(db => db.Categories.OrderBy(c => c.Id).Select(c => c.Id).FirstAsync())).ToString(),
        };
        var refused = await (await Staff.SubmitFormAsync("/admin/products/new", "form.product-form", fields)).ReadHtmlAsync();
        fields["Price"] = "1.235";
        var created = await Staff.SubmitFormAsync("/admin/products/new", "form.product-form", fields);
        Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), await created.Content.ReadAsStringAsync());
        var id = int.Parse(created.Headers.Location!.OriginalString.Split('/').Last());
        var (_, editor) = await Staff.GetPageAsync($"/admin/products/{id}");
        var (_, shelf) = await App.Browser().GetPageAsync($"/p/{fields["Slug"]}");

        var email = Accounts.UniqueEmail("dinar");
        using var shopper = new Shopper(App.Browser());
        await shopper.AddToCartAsync(fields["Slug"]!, 2);
        var paid = await shopper.CheckoutAsync(TestNonces.Valid, Shopper.GuestAddress(email));
        Assert.That((int)paid.StatusCode, Is.EqualTo(302), await paid.Content.ReadAsStringAsync());
        var order = await App.WithDbAsync(db => db.Orders.Include(o => o.Lines).SingleAsync(o => o.Email == email));

        Assert.Multiple(() =>
        {
            Assert.That(refused.Text("[data-valmsg-for='Price']"), Is.EqualTo("Use at most 3 decimals."));
            Assert.That(editor.QuerySelector("#Price")?.GetAttribute("value"), Is.EqualTo("1.235"));
            Assert.That(shelf.Text(".variant-price .price"), Is.EqualTo("KWD 1.235"));
            Assert.That(order.Lines.Single().UnitPrice, Is.EqualTo(new Money(1.235m, "KWD")), "read back from the database");
            Assert.That(order.Subtotal.Amount, Is.EqualTo(2.47m));
            Assert.That(App.Charged(order.Number), Is.EqualTo(order.Total));
        });
    }
}
