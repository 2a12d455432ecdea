using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Shop.Tests.Browser;

/// <summary>On a phone: pick a size and a colour, see the picture and price follow, buy two variants.</summary>
public class VariantJourneyTests : BrowserTest
{
    protected override ViewportSize Viewport => Phone;

    private sealed record Shirt(string Slug, string Name, string Size, string Colour, string OtherSize, string OtherColour, int DearId, decimal DearPrice);

    /// <summary>A demo product with a size and a colour; one combination made dearer, every combination in stock.</summary>
    private Task<Shirt> ShirtAsync() => Shop.WithDbAsync(async db =>
    {
        var product = await db.Products
            .Where(p => p.IsPublished && p.Options.Count() == 2 && p.Options.Any(o => o.Name == "Size") && p.Options.Any(o => o.Name == "Colour"))
            .OrderBy(p => p.Id).FirstAsync();
        var size = product.Options.Single(o => o.Name == "Size");
        var colour = product.Options.Single(o => o.Name == "Colour");
        foreach (var v in product.Variants) product.SetStock(v.Id, 8);
        var dear = product.VariantWith(size.Position == 1 ? [size.Values[^1], colour.Values[^1]] : [colour.Values[^1], size.Values[^1]])!;
        var dearPrice = product.PriceOf(dear) + 10m;
        product.ChangeVariant(dear.Id, dear.Sku, dearPrice, null, dear.WeightGrams, dear.ImagePath, published: true);
        product.Touch(DateTimeOffset.UtcNow);
        await db.SaveChangesAsync();
        return new Shirt(product.Slug, product.Name, size.Values[^1], colour.Values[^1], size.Values[0], colour.Values[0], dear.Id, dearPrice);
    });

    private Task PickAsync(string option, string value) =>
        Page.Locator("fieldset", new() { Has = Page.Locator("legend", new() { HasTextString = option + ":" }) })
            .Locator("label.option-value", new() { HasTextRegex = new Regex($"^{Regex.Escape(value)}") }).First.ClickAsync();

    [Test]
    public async Task A_shopper_picks_size_and_colour_sees_picture_and_price_change_and_buys_two_variants()
    {
        var shirt = await ShirtAsync();
        await Page.GotoAsync($"/p/{shirt.Slug}");
        var price = Page.Locator(".variant-price .price");
        var picture = Page.Locator(".gallery-main img");
        var before = await picture.GetAttributeAsync("src");

        await PickAsync("Size", shirt.Size);
        await PickAsync("Colour", shirt.Colour);

        await Expect(price).ToHaveTextAsync($"${shirt.DearPrice:0.00}");
        await Expect(Page).ToHaveURLAsync(new Regex($"variant={shirt.DearId}$"));
        await Expect(Page.Locator("fieldset legend").Last).ToContainTextAsync(shirt.Colour);
        await Expect(picture).ToHaveAttributeAsync("src", new Regex(Slug.From(shirt.Colour)));
        Assert.That(await picture.GetAttributeAsync("src"), Is.Not.EqualTo(before), "the picture follows the colour");
        // What is drawn: the <picture>'s WebP source follows too, not only the <img> fallback.
        await Page.WaitForFunctionAsync("slug => { const i = document.querySelector('.gallery-main img'); return i.complete && i.currentSrc.includes(slug); }",
            Slug.From(shirt.Colour), new() { Timeout = 10_000 });
        await Page.GetByRole(AriaRole.Button, new() { Name = "Add to cart" }).ClickAsync();
        await Page.ViewCartFromMiniCartAsync();

        await Page.GotoAsync($"/p/{shirt.Slug}");
        await PickAsync("Size", shirt.OtherSize);
        await PickAsync("Colour", shirt.OtherColour);
        await Expect(price).Not.ToHaveTextAsync($"${shirt.DearPrice:0.00}");
        await Page.GetByLabel("Quantity").FillAsync("2");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Add to cart" }).ClickAsync();
        await Page.ViewCartFromMiniCartAsync();

        await Expect(Page.Locator(".cart-line")).ToHaveCountAsync(2);
        await Expect(Page.Locator(".cart-line h2").First).ToContainTextAsync($"{shirt.Name} — ");
        await Expect(Page.Locator(".cart-count")).ToHaveTextAsync("3");
        await Page.EnterDeliveryAsync("variants@example.com");
        await Page.PayWithTestCardAsync();
        await Expect(Page.Locator(".order-lines tbody tr")).ToHaveCountAsync(2);
        await Expect(Page.Locator(".order-lines")).ToContainTextAsync(shirt.Colour);
    }
}
