using Microsoft.Playwright;
using Shop.Web.Data.Seed;
using static Microsoft.Playwright.Assertions;

namespace Shop.Tests.Browser;

/// <summary>A German shopper trying the demo reads it in German: category, product, description and colours.</summary>
public class GermanDemoJourneyTests : BrowserTest
{
    protected override Dictionary<string, string?> ShopSettings => new() { ["Shop:Languages"] = "en,de,fr" };

    [Test]
    public async Task A_German_shopper_picks_a_demo_shirt_by_its_German_colour()
    {
        var shirt = DemoCatalog.Products.First(p => p.Options.Select(o => o.Name).SequenceEqual(["Size", "Colour"]) && p.Variants.Count(v => v.Stock > 0) > 1);
        var other = shirt.Variants.Where(v => v.Stock > 0).Last();
        var colour = DemoTranslations.Of(other.Values[1], "de")!;

        await Page.GotoAsync("/de/c/apparel");
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Bekleidung");
        await Page.GetByRole(AriaRole.Link, new() { Name = DemoTranslations.Of(shirt.Name, "de")!, Exact = true }).First.ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(DemoTranslations.Of(shirt.Name, "de")!);
        await Expect(Page.Locator(".product-description")).ToHaveTextAsync(DemoTranslations.Of(shirt.Sentences, "de")!);

        var sizes = Page.Locator("fieldset", new() { Has = Page.Locator("legend", new() { HasTextString = "Größe:" }) });
        await sizes.Locator("label.option-value", new() { HasTextRegex = new Regex($"^{Regex.Escape(other.Values[0])}\\b") }).ClickAsync();
        var colours = Page.Locator("fieldset", new() { Has = Page.Locator("legend", new() { HasTextString = "Farbe:" }) });
        await colours.Locator("label.option-value", new() { HasTextRegex = new Regex($"^{Regex.Escape(colour)}") }).ClickAsync();
        await Expect(colours.Locator(".chosen-value")).ToHaveTextAsync(colour);
        await Expect(colours.Locator($"input[value='{other.Values[1]}']")).ToBeCheckedAsync();
        await Page.LookAsync("german-demo-product");
    }
}
