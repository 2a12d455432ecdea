using Shop.Tests.Checkout;

namespace Shop.Tests.Languages;

/// <summary>
/// A German shop that puts German first (<c>Shop:Languages=de,en,fr</c>): its storefront speaks German without a prefix,
/// and its staff pages speak German too, numbers included, until a staff member chooses another language.
/// </summary>
public class GermanFirstShopTests : ShopFixture
{
    protected override Dictionary<string, string?> Settings => new()
    {
        ["Shop:Languages"] = "de,en,fr", ["Shop:Currency"] = "EUR", ["Shop:TimeZone"] = "Europe/Berlin",
    };

    [Test]
    public async Task Staff_read_German_and_save_a_product_unchanged()
    {
        var email = Accounts.UniqueEmail("german-staff");
        using var staff = await App.CreateAccountAndSignInAsync(email, Shop.Web.Account.Roles.Staff);
        var (slug, price, id) = await App.ProductAsync();

        var (_, form) = await staff.GetPageAsync($"/admin/products/{id}");
        var saved = await staff.SubmitFormAsync(form, "form.product-form");
        var (_, home) = await App.Browser().GetPageAsync("/");

        Assert.Multiple(() =>
        {
            Assert.That(form.QuerySelector("form.product-form input[name=Price]")?.GetAttribute("value"),
                Is.EqualTo(price.ToString("0.00", System.Globalization.CultureInfo.GetCultureInfo("de-DE"))));
            Assert.That(form.DocumentElement.GetAttribute("lang"), Is.EqualTo("de"), "the shop's first language, no choice made");
            Assert.That(saved.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), "saved as it was");
            Assert.That(home.DocumentElement.GetAttribute("lang"), Is.EqualTo("de"), "the storefront still German");
        });
    }

    [Test]
    public async Task A_shoppers_order_list_and_a_search_count_read_German()
    {
        var email = Accounts.UniqueEmail("datum");
        var me = await App.CreateAccountAndSignInAsync(email);
        var (slug, _, id) = await App.ProductAsync();
        using var shopper = new Shopper(me);
        await shopper.AddToCartAsync(slug);
        await shopper.CheckoutAsync(address: Shopper.GuestAddress(email));

        var sku = await App.WithDbAsync(db => db.Products.Where(p => p.Id == id).Select(p => p.Sku).SingleAsync());

        var (_, orders) = await me.GetPageAsync("/account/orders");
        var (_, found) = await App.Browser().GetPageAsync($"/search?q={sku}");

        Assert.Multiple(() =>
        {
            Assert.That(orders.Texts("table thead th"), Is.EqualTo(new[] { "Bestellung", "Datum", "Status", "Artikel", "Gesamt" }),
                "a shop in a time zone heads the column Date, which had no German");
            Assert.That(found.QuerySelector("meta[name=description]")?.GetAttribute("content"), Is.EqualTo("1 Produkt im Shop."));
        });
    }
}
