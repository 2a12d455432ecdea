using Microsoft.Playwright;
using Shop.Tests.Catalog;
using static Microsoft.Playwright.Assertions;

namespace Shop.Tests.Browser;

/// <summary>
/// A German shop's sale in a real browser: the product page, switching variants, and a list show the lowest price of
/// the 30 days before the reduction, labelled; saves screenshots of each.
/// </summary>
public class ReductionBrowserTests : BrowserTest
{
    private readonly LowestPriorPriceTests.Clock _clock = new();

    protected override Dictionary<string, string?> ShopSettings => new(LowestPriorPriceTests.GermanShop.Concat(SeededAdmin));

    protected override Action<IServiceCollection> ShopServices => s => s.AddSingleton<TimeProvider>(_clock);

    private static string Eur(decimal amount) => new Money(amount, "EUR").ToString();

    [Test]
    public async Task A_sale_shows_the_lowest_prior_price_of_each_variant_on_the_page_and_in_the_list()
    {
        var (id, slug, category) = await LowestPriorPriceTests.ProductWithPricesAsync(Shop, _clock, 100m);
        await Shop.WithDbAsync(async db =>
        {
            var product = await db.Products.SingleAsync(p => p.Id == id);
            product.DefineOptions([("Size", ["S", "M"])]);
            foreach (var v in product.Variants) product.SetStock(v.Id, 5);
            await db.SaveChangesAsync();
        });
        _clock.Now += TimeSpan.FromDays(10);
        await Shop.WithDbAsync(async db =>
        {
            // S at the product's price (100 → 80), M at its own (100 → 90), both announced against 120.
            var product = await db.Products.SingleAsync(p => p.Id == id);
            product.Reprice(80m, 120m);
            var m = product.Variants.Single(v => v.Title == "M");
            product.ChangeVariant(m.Id, m.Sku, 90m, 120m, null, null, published: true);
            await db.SaveChangesAsync();
        });

        await Page.GotoAsync($"/p/{slug}");
        var price = Page.Locator(".product-detail .variant-price");
        await Expect(price).ToHaveTextAsync(new Regex($@"^{Regex.Escape(Eur(80m))}\s*Lowest price in the last 30 days: {Regex.Escape(Eur(100m))}\s*$"));
        await ShootDesktopAsync(Page, "reduction-product");
        await Page.Locator("label.option-value", new() { HasText = "M" }).ClickAsync();
        await Expect(price).ToHaveTextAsync(new Regex($@"^{Regex.Escape(Eur(90m))}\s*Lowest price in the last 30 days: {Regex.Escape(Eur(100m))}\s*$"));
        await Expect(price.Locator(".text-decoration-line-through")).ToHaveTextAsync(Eur(100m));

        await Page.GotoAsync($"/c/{category}?sort=newest");
        await Expect(Page.Locator(".product-card").First.Locator(".price-prior")).ToHaveTextAsync($"Lowest price in the last 30 days: {Eur(100m)}");
        await ShootDesktopAsync(Page, "reduction-list");

        var german = await NewShopperAsync(Phone);
        await german.GotoAsync($"/de/p/{slug}");
        await Expect(german.Locator(".product-detail .price-prior")).ToHaveTextAsync(new Regex("^Niedrigster Preis der letzten 30 Tage: 100,00\\s€$"));
        await german.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotFolder, "reduction-product-de-phone.png") });

        await SignInAsync(Page, AdminEmail, AdminPassword);
        await Page.GotoAsync($"/admin/products/{id}");
        await Expect(Page.Locator(".product-form .reduction-hint")).ToContainTextAsync("struck through as the lowest price in the 30 days before");
        await ShootDesktopAsync(Page, "reduction-admin-hint");
    }
}
