using Shop.Domain.Catalog;
using Shop.Tests.Checkout;

namespace Shop.Tests.Languages;

/// <summary>
/// A French shop that puts French first (<c>Shop:Languages=fr,en</c>, EUR, prices with TVA, Paris time), walked as a
/// French shopper would: counts say "1 produit", "1 article", as French says one.
/// </summary>
public class FrenchShopTests : ShopFixture
{
    protected override Dictionary<string, string?> Settings => new()
    {
        ["Shop:Languages"] = "fr,en", ["Shop:Currency"] = "EUR", ["Shop:TimeZone"] = "Europe/Paris",
        ["Shop:Tax:PricesIncludeTax"] = "true", ["Shop:Tax:Rate"] = "0.20", ["Shop:Tax:ShopCountry"] = "FR",
    };

    [Test]
    public async Task A_category_of_one_product_and_a_cart_of_one_item_are_counted_in_the_singular()
    {
        await App.WithDbAsync(async db =>
        {
            var shelf = new Category("Épicerie fine", "epicerie-fine", "", 90);
            db.Categories.Add(shelf);
            await db.SaveChangesAsync();
            var oil = new Product("L'huile d'olive", "huile-d-olive", "HUILE-1", "Pressée à froid.", 14m, shelf.Id, DateTimeOffset.UtcNow);
            oil.SetStock(10);
            oil.Publish();
            db.Products.Add(oil);
            await db.SaveChangesAsync();
        });
        using var shopper = new Shopper(App.Browser());
        await shopper.AddToCartAsync("huile-d-olive");

        var (_, home) = await App.Browser().GetPageAsync("/");
        var (_, cart) = await shopper.Client.GetPageAsync("/cart");
        var tile = home.QuerySelectorAll("a.category-tile").Single(a => a.GetAttribute("href")!.EndsWith("/c/epicerie-fine"));

        Assert.Multiple(() =>
        {
            Assert.That(tile.QuerySelector("p")!.TextContent.Trim(), Is.EqualTo("1 produit"));
            Assert.That(home.QuerySelector("a.category-tile p")!.TextContent.Trim(), Does.EndWith(" produits"), "more than one, as before");
            Assert.That(cart.QuerySelector(".cart-count")!.GetAttribute("aria-label"), Is.EqualTo("1 article"));
        });
    }
}
