using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Shop.Tests.Browser;

[TestFixture("desktop")]
[TestFixture("phone")]
public class CatalogJourneyTests(string device) : PhoneAndDesktopTest(device)
{
    [Test]
    public async Task Shopper_browses_a_category_filters_sorts_and_opens_a_product()
    {
        await Page.GotoAsync("/");
        if (Device == "phone") await Page.GetByRole(AriaRole.Link, new() { Name = "Lighting" }).First.ScrollIntoViewIfNeededAsync();
        await Page.GetByRole(AriaRole.Navigation, new() { Name = "Categories" }).GetByRole(AriaRole.Link, new() { Name = "Lighting" }).ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Regex("/c/lighting$"));
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Lighting", Level = 1 })).ToBeVisibleAsync();

        // On a phone the products come first and the filters wait behind one button.
        var filters = Page.GetByText("Filters and sort");
        var firstCard = Page.Locator(".product-card").First;
        if (Device == "phone")
        {
            var box = await firstCard.BoundingBoxAsync();
            Assert.That(box!.Y, Is.LessThan(Page.ViewportSize!.Height), "a product on the first screen");
            await Expect(Page.GetByLabel("From")).ToBeHiddenAsync();
            await filters.ClickAsync();
        }
        else await Expect(filters).ToBeHiddenAsync();

        await Page.GetByLabel("From").FillAsync("20");
        await Page.GetByLabel("to", new() { Exact = true }).FillAsync("200");
        await Page.GetByLabel("In stock only").CheckAsync();
        await Page.GetByLabel("Sort by").SelectOptionAsync("pricehigh");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Apply" }).ClickAsync();

        foreach (var asked in new[] { "minPrice=20", "maxPrice=200", "inStock=true", "sort=pricehigh" })
            await Expect(Page).ToHaveURLAsync(new Regex("[?&]" + asked + "(&|$)"));
        var prices = (await Page.Locator(".product-card .price").AllTextContentsAsync())
            .Select(t => decimal.Parse(t.Trim().TrimStart('$'), System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.That(prices, Is.Not.Empty);
        Assert.That(prices, Is.Ordered.Descending);
        Assert.That(prices, Has.All.InRange(20m, 200m));

        var first = Page.Locator(".product-card .card-title a").First;
        var name = (await first.TextContentAsync())!.Trim();
        await first.ClickAsync();

        await Expect(Page).ToHaveURLAsync(new Regex("/p/[a-z0-9-]+$"));
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(name);
        await Expect(Page.Locator(".stock-state")).ToBeVisibleAsync();
        await Expect(Page.Locator(".gallery-main img")).ToHaveAttributeAsync("alt", name);
    }

    [Test]
    public async Task The_menu_button_opens_and_closes_the_navigation_on_a_phone()
    {
        await Page.GotoAsync("/");
        var search = Page.Locator("#site-search");
        var button = Page.GetByRole(AriaRole.Button, new() { Name = "Toggle navigation" });
        if (Device == "desktop")
        {
            await Expect(button).ToBeHiddenAsync();
            await Expect(search).ToBeVisibleAsync();
            return;
        }

        await Expect(search).ToBeHiddenAsync();
        await Expect(button).ToHaveAttributeAsync("aria-expanded", "false");
        await button.ClickAsync();
        await Expect(search).ToBeVisibleAsync();
        await Expect(button).ToHaveAttributeAsync("aria-expanded", "true");
        await Expect(Page.Locator("#main-nav")).ToHaveClassAsync(new Regex(@"\bshow\b"));

        await button.ClickAsync();
        await Expect(search).ToBeHiddenAsync();
        await Expect(button).ToHaveAttributeAsync("aria-expanded", "false");
    }

    [Test]
    public async Task Pages_are_styled_and_fit_the_screen()
    {
        await Page.GotoAsync("/c/kitchen");

        // Bootstrap loaded: the navbar is a flex container, and nothing is wider than the viewport.
        var display = await Page.Locator("nav.navbar").EvaluateAsync<string>("e => getComputedStyle(e).display");
        var overflow = await Page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > window.innerWidth + 1");
        var imagesLoaded = await Page.EvaluateAsync<bool>("() => [...document.querySelectorAll('.product-card img')].slice(0, 4).every(i => i.complete && i.naturalWidth > 0)");
        Assert.That(display, Is.EqualTo("flex"));
        Assert.That(overflow, Is.False, "no horizontal scrolling");
        Assert.That(imagesLoaded, Is.True, "product images load");
    }
}
