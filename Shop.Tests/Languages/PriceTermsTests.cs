using Shop.Tests.Checkout;

namespace Shop.Tests.Languages;

/// <summary>
/// Where shelf prices include tax (EU price rules), every price says so and that shipping comes on top, linking to the
/// shipping page: beside a product's price, and in the footer under lists. A US-style shop with no tax zones says nothing.
/// </summary>
public class PriceTermsTests : ShopFixture
{
    protected override Dictionary<string, string?> Settings => new()
    {
        ["Shop:Languages"] = "en,de,fr", ["Shop:Currency"] = "EUR", ["Shop:Tax:Rate"] = "0.19", ["Shop:Tax:PricesIncludeTax"] = "true",
    };

    [TestCase("", "Incl. tax, plus shipping costs")]
    [TestCase("/de", "inkl. MwSt., zzgl. Versandkosten")]
    [TestCase("/fr", "TTC, hors frais de livraison")]
    public async Task A_price_says_it_includes_tax_and_that_shipping_comes_on_top(string prefix, string terms)
    {
        var (slug, _, _) = await App.ProductAsync();
        using var client = App.Browser();
        var (_, product) = await client.GetPageAsync($"{prefix}/p/{slug}");
        var (_, list) = await client.GetPageAsync($"{prefix}/search?q=lamp");

        Assert.Multiple(() =>
        {
            Assert.That(product.Text(".col-md-6 .price-terms"), Is.EqualTo(terms));
            Assert.That(product.QuerySelector(".col-md-6 .price-terms a")?.GetAttribute("href"), Is.EqualTo($"{prefix}/pages/shipping"));
            Assert.That(list.Text(".footer-price-terms"), Is.EqualTo(terms));
        });
    }

    [Test]
    public async Task A_shop_adding_no_tax_says_nothing_of_it()
    {
        using var app = new ShopApp();
        var (slug, _, _) = await app.ProductAsync();
        var (_, product) = await app.Browser().GetPageAsync($"/p/{slug}");
        Assert.That(product.QuerySelector(".price-terms"), Is.Null);
    }
}
