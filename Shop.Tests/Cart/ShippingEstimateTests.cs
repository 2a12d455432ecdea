using Shop.Tests.Checkout;

namespace Shop.Tests.Cart;

/// <summary>
/// The cart estimates shipping for a country the shopper chooses among those the shop ships to, remembers it, and
/// checkout starts there; a country given at checkout becomes the cart's.
/// </summary>
public class ShippingEstimateTests : ShopFixture
{
    protected override Dictionary<string, string?> Settings => new()
    {
        ["Shop:Languages"] = "en,de", ["Shop:Currency"] = "EUR", ["Shop:Tax:Rate"] = "0.19",
        ["Shop:Tax:PricesIncludeTax"] = "true", ["Shop:Tax:ShopCountry"] = "DE",
    };

    [OneTimeSetUp]
    public Task LoadMarkets() => App.LoadDemoMarketsAsync();

    private async Task<HttpClient> ShopperWithCartAsync()
    {
        var (slug, _, _) = await App.ProductAsync();
        var client = App.Browser();
        await client.SubmitFormAsync($"/p/{slug}", "form.buy-box");
        return client;
    }

    [Test]
    public async Task A_shopper_chooses_Austria_and_the_cart_and_checkout_go_there()
    {
        using var client = await ShopperWithCartAsync();
        var (_, home) = await client.GetPageAsync("/cart");
        var form = home.QuerySelector("form.ship-to-form")!;
        // The form's own GET, as a browser sends it.
        var chosen = await client.GetAsync($"{form.GetAttribute("action")}?{form.QuerySelector("select")!.GetAttribute("name")}=AT");
        var austria = await chosen.ReadHtmlAsync();
        var (_, later) = await client.GetPageAsync("/cart");
        var (_, checkout) = await client.GetPageAsync("/checkout");

        Assert.Multiple(() =>
        {
            Assert.That(form.GetAttribute("method"), Is.EqualTo("get"));
            Assert.That(home.Text(".cart-shipping-label"), Is.EqualTo("Shipping to Germany (DHL Paket)"));
            Assert.That(home.Text(".cart-shipping"), Is.EqualTo("€4.95"));
            Assert.That(home.QuerySelectorAll("#ship-to option").Select(o => o.GetAttribute("value")), Is.EquivalentTo(new[] { "AT", "DE", "FR", "NL", "US" }));
            Assert.That(home.QuerySelector("#ship-to option[selected]")?.GetAttribute("value"), Is.EqualTo("DE"));
            Assert.That(chosen.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(austria.Text(".cart-shipping-label"), Is.EqualTo("Shipping to Austria (DHL Europe)"));
            Assert.That(austria.Text(".cart-shipping"), Is.EqualTo("€9.95"));
            Assert.That(austria.Text(".tax-rate"), Is.EqualTo("Includes VAT 20%"), "Austria's VAT, as checkout will charge it");
            Assert.That(later.Text(".cart-shipping-label"), Is.EqualTo("Shipping to Austria (DHL Europe)"), "remembered");
            Assert.That(later.QuerySelector("#ship-to option[selected]")?.GetAttribute("value"), Is.EqualTo("AT"));
            Assert.That(checkout.QuerySelector("#Form_CountryCode option[selected]")?.GetAttribute("value"), Is.EqualTo("AT"), "checkout starts there");
        });
    }

    [TestCase("CH")]
    [TestCase("XX")]
    [TestCase("<script>")]
    public async Task A_country_the_shop_does_not_ship_to_is_not_taken(string asked)
    {
        using var client = await ShopperWithCartAsync();
        var response = await client.GetAsync("/cart?to=" + Uri.EscapeDataString(asked));
        var page = await response.ReadHtmlAsync();

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(page.Text(".cart-shipping-label"), Is.EqualTo("Shipping to Germany (DHL Paket)"), "the shop's own country");
            Assert.That(response.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith("shop.ship-to=")), Is.False);
        });
    }

    [Test]
    public async Task The_delivery_country_given_at_checkout_becomes_the_carts()
    {
        using var client = await ShopperWithCartAsync();
        var email = Accounts.UniqueEmail("nl");
        var address = await client.SubmitFormAsync("/checkout", "form.checkout-address", MarketBuyers.Buyer(email, "NL", "Amsterdam", "1011 AB"));
        var (_, cart) = await client.GetPageAsync("/de/cart");

        Assert.Multiple(() =>
        {
            Assert.That(address.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
            Assert.That(cart.Text(".cart-shipping-label"), Is.EqualTo("Versand (DHL Europe, Niederlande)"));
            Assert.That(cart.Text("label[for=ship-to]"), Is.EqualTo("Versandkosten berechnen für"));
        });
    }
}
