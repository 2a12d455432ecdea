using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Shop.Tests.Browser;

/// <summary>
/// Staff name a category and a product, and describe its picture, in German from the admin; a German shopper then finds
/// the product by its German name, reads its picture's German description and reads the returns page in German. Saves screenshots (SHOP_SCREENSHOTS_DIR, else the test output folder).
/// </summary>
public class GermanStorefrontScreenshotTests : BrowserTest
{
    protected override Dictionary<string, string?> ShopSettings => new(SeededAdmin) { ["Shop:Languages"] = "en,de,fr", ["Shop:Returns:Days"] = "21" };

    [Test]
    public async Task Staff_translate_a_category_and_a_German_shopper_finds_and_reads_the_shop_in_German()
    {
        var (categoryId, productId) = await Shop.WithDbAsync(async db =>
        {
            var knife = await db.Products.SingleAsync(p => p.Slug == "classic-chef-s-knife");
            return (knife.CategoryId, knife.Id);
        });
        // As in a shop of staff's own products: no German yet, until staff type it.
        await Shop.UntranslateCategoryAsync(categoryId);
        await Shop.UntranslateProductAsync(productId);
        await Page.GotoAsync("/account/sign-in");
        await FillSignInFormAsync(Page, AdminEmail, AdminPassword);
        await Page.GotoAsync($"/admin/categories/{categoryId}");
        await Page.GetByLabel("Name in German").FillAsync("Küche");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Save the German translation" }).ClickAsync();
        await Expect(Page.GetByLabel("Name in German")).ToHaveValueAsync("Küche");
        await ShootDesktopAsync(Page, "admin-category-translations");
        await Page.GotoAsync($"/admin/products/{productId}");
        await Page.GetByLabel("Name in German").FillAsync("Klassisches Kochmesser");
        var germanPicture = Page.Locator("form.translation-form[lang=de]").GetByLabel("Picture 1: what it shows");
        await germanPicture.FillAsync("Kochmesser auf einem Holzbrett");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Save the German translation" }).ClickAsync();
        await Expect(Page.GetByLabel("Name in German")).ToHaveValueAsync("Klassisches Kochmesser");
        await Expect(germanPicture).ToHaveValueAsync("Kochmesser auf einem Holzbrett");
        await Page.Locator("#translations").ScrollIntoViewIfNeededAsync();
        await ShootDesktopAsync(Page, "admin-product-translations");

        var shopper = await NewShopperAsync();
        await shopper.GotoAsync("/de/");
        await Expect(shopper.Locator(".category-nav")).ToContainTextAsync("Küche");
        await shopper.GetByPlaceholder("Produkte suchen").FillAsync("klassisches kochmesser");
        await shopper.GetByPlaceholder("Produkte suchen").PressAsync("Enter");
        await Expect(shopper.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Ergebnisse für „klassisches kochmesser“");
        await Expect(shopper.Locator(".product-card .card-title").First).ToHaveTextAsync("Klassisches Kochmesser");
        await Expect(shopper.Locator(".product-card p.text-secondary").First).ToHaveTextAsync("Küche");
        await ShootDesktopAsync(shopper, "german-search");
        await shopper.Locator(".product-card .card-title a").First.ClickAsync();
        await Expect(shopper.Locator(".gallery-main img")).ToHaveAttributeAsync("alt", "Kochmesser auf einem Holzbrett");
        await shopper.GoBackAsync();

        await shopper.Locator(".footer-pages").GetByRole(AriaRole.Link, new() { Name = "Rückgabe" }).ClickAsync();
        await Expect(shopper.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Rückgabe");
        await Expect(shopper.Locator("article.content-page")).ToContainTextAsync("innerhalb von 21 Tagen");
        await ShootDesktopAsync(shopper, "german-returns-page");

        await shopper.GotoAsync("/de/p/no-such-thing");
        await Expect(shopper.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Diese Seite haben wir nicht gefunden");
        await ShootDesktopAsync(shopper, "german-not-found");
    }
}
