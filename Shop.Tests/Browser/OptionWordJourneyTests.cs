using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Shop.Tests.Browser;

/// <summary>Staff translate a colour once; a German shopper picks it by its German name and buys that variant.</summary>
public class OptionWordJourneyTests : BrowserTest
{
    protected override Dictionary<string, string?> ShopSettings => SeededAdmin;

    /// <summary>A demo product with a Colour, every variant in stock; its slug and its last colour.</summary>
    private Task<(string Slug, string Colour)> ShirtAsync() => Shop.WithDbAsync(async db =>
    {
        var product = await db.Products.Where(p => p.IsPublished && p.Options.Count() == 2 && p.Options.Any(o => o.Name == "Colour"))
            .OrderBy(p => p.Id).FirstAsync();
        foreach (var v in product.Variants) product.SetStock(v.Id, 8);
        await db.SaveChangesAsync();
        return (product.Slug, product.Options.Single(o => o.Name == "Colour").Values[^1]);
    });

    [Test]
    public async Task Staff_translate_a_colour_and_a_German_shopper_buys_it_by_that_name()
    {
        var (slug, colour) = await ShirtAsync();
        await Shop.UntranslateWordsAsync(colour); // a colour the demo's own German does not name yet
        await Page.GotoAsync("/");
        await SignInAsync(Page, AdminEmail, AdminPassword);
        await Header(Page).GetByRole(AriaRole.Link, new() { Name = "Staff pages" }).ClickAsync();
        await Page.GetByRole(AriaRole.Navigation, new() { Name = "Staff" }).GetByRole(AriaRole.Link, new() { Name = "Products" }).ClickAsync();
        await Page.GetByRole(AriaRole.Link, new() { Name = "Option words" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Option words", Level = 1 })).ToBeVisibleAsync();
        await Page.GetByLabel($"{colour} in German", new() { Exact = true }).FillAsync("Waldgrün");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Save translations" }).ClickAsync();
        await Expect(Page.Locator(".admin-notice")).ToHaveTextAsync("Saved 1 translation.");
        await ShootDesktopAsync(Page, "option-words-staff");

        var shopper = await NewShopperAsync();
        await shopper.GotoAsync($"/de/p/{slug}");
        var colours = shopper.Locator("fieldset", new() { Has = shopper.Locator("legend", new() { HasTextString = "Farbe:" }) });
        await colours.Locator("label.option-value", new() { HasTextRegex = new Regex("^Waldgrün") }).ClickAsync();
        await Expect(colours.Locator(".chosen-value")).ToHaveTextAsync("Waldgrün");
        await Expect(colours.Locator($"input[value='{colour}']")).ToBeCheckedAsync();
        await ShootDesktopAsync(shopper, "option-words-german-product");
        await shopper.GetByRole(AriaRole.Button, new() { Name = "In den Warenkorb" }).ClickAsync();
        await Expect(shopper.Locator(".cart-count")).ToHaveTextAsync("1"); // added (the mini-cart's answer) before leaving the page
        await shopper.GotoAsync("/de/cart");
        await Expect(shopper.Locator(".cart-line h2")).ToContainTextAsync("Waldgrün");
    }
}
