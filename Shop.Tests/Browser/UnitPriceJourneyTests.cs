using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Shop.Tests.Browser;

/// <summary>
/// Staff write an oil's content on its form, the German way ("0,75 l"); a German shopper then reads the price per litre
/// under the price, on a desktop and on a phone. Saves screenshots (SHOP_SCREENSHOTS_DIR, else the test output folder).
/// </summary>
public class UnitPriceJourneyTests : BrowserTest
{
    protected override Dictionary<string, string?> ShopSettings =>
        new(SeededAdmin.Concat(Catalog.LowestPriorPriceTests.GermanShop)) { ["Shop:Languages"] = "en,de,fr" };

    [Test]
    public async Task Staff_give_an_oil_its_content_and_a_German_shopper_reads_the_price_per_litre()
    {
        var (id, slug) = await Shop.WithDbAsync(async db =>
        {
            var category = await db.Categories.SingleAsync(c => c.Slug == "kitchen");
            var oil = new Product("Cold-pressed olive oil", "cold-pressed-olive-oil", "OIL-750", "Early harvest, from one grove.", 9.99m, category.Id, DateTimeOffset.UtcNow);
            oil.SetStock(40);
            oil.Publish();
            db.Add(oil);
            await db.SaveChangesAsync();
            db.Add(new ProductTranslation(oil.Id, "de", "Kaltgepresstes Olivenöl", "Frühe Ernte, aus einem Hain."));
            await db.SaveChangesAsync();
            return (oil.Id, oil.Slug);
        });
        await Page.GotoAsync("/account/sign-in");
        await FillSignInFormAsync(Page, AdminEmail, AdminPassword);
        await Page.GotoAsync($"/admin/products/{id}");
        await Page.GetByLabel("Content (optional)").FillAsync("0,75 l");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Save changes" }).ClickAsync();
        await Expect(Page.GetByLabel("Content (optional)")).ToHaveValueAsync("0.75 l");

        foreach (var (viewport, name) in new[] { (Desktop, "desktop"), (Phone, "phone") })
        {
            var shopper = await NewShopperAsync(viewport);
            await shopper.GotoAsync($"/de/p/{slug}");
            await Expect(shopper.Locator(".product-detail .unit-price")).ToHaveTextAsync("13,32 € / 1 l");
            await Expect(shopper.Locator(".product-detail .unit-price")).ToBeVisibleAsync();
            await shopper.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotFolder, $"unit-price-product-de-{name}.png") });
        }
    }
}
