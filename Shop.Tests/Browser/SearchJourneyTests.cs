using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Shop.Tests.Browser;

/// <summary>Search as a shopper types it: suggestions by keyboard, a slip corrected, facets ticked.</summary>
public class SearchJourneyTests : BrowserTest
{
    [TestCase("https://example.com/some/long/path/pasted-by-mistake-into-the-search-box")]
    [TestCase("wwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwww")]
    public async Task A_long_pasted_search_term_wraps_on_a_phone(string term)
    {
        await Page.SetViewportSizeAsync(390, 844);
        await Page.GotoAsync("/search?q=" + Uri.EscapeDataString(term));
        await Expect(Page.Locator("h1")).ToContainTextAsync(term[..20]);
        await Page.AssertFitsTheScreenAsync("the results of a long search term");
    }

    [Test]
    public async Task One_suggestion_is_announced_in_the_singular_in_French()
    {
        await Page.GotoAsync("/fr/");
        var box = Page.GetByRole(AriaRole.Combobox, new() { Name = "Rechercher des produits" });
        await box.PressSequentiallyAsync("gooseneck", new() { Delay = 30 });

        await Expect(Page.Locator("#site-search-suggestions [role=option]")).ToHaveCountAsync(1);
        await Expect(Page.Locator(".search-form [role=status]")).ToHaveTextAsync("1 suggestion, choisissez avec les flèches");
    }

    [Test]
    public async Task Suggestions_appear_while_typing_and_the_keyboard_picks_one()
    {
        await Page.GotoAsync("/");
        var box = Page.GetByRole(AriaRole.Combobox, new() { Name = "Search products" });
        await box.PressSequentiallyAsync("tripo", new() { Delay = 30 });

        var list = Page.GetByRole(AriaRole.Listbox, new() { Name = "Suggestions" });
        await Expect(list).ToBeVisibleAsync();
        await Expect(box).ToHaveAttributeAsync("aria-expanded", "true");
        await Expect(list.GetByRole(AriaRole.Option).First).ToContainTextAsync("Tripod Floor Lamp");
        await Page.AssertAccessibleAsync("search suggestions");

        await box.PressAsync("ArrowDown");
        var chosen = list.GetByRole(AriaRole.Option, new() { Selected = true });
        await Expect(chosen).ToHaveCountAsync(1);
        await Expect(box).ToHaveAttributeAsync("aria-activedescendant", (await chosen.GetAttributeAsync("id"))!);
        await box.PressAsync("Escape");
        await Expect(list).ToBeHiddenAsync();
        await Expect(box).ToHaveAttributeAsync("aria-expanded", "false");

        await box.PressAsync("ArrowDown");
        await box.PressAsync("Enter");
        await Expect(Page).ToHaveURLAsync(new Regex("/p/tripod-floor-lamp"));
    }

    [Test]
    public async Task Enter_without_a_choice_searches_and_a_slip_is_corrected()
    {
        await Page.GotoAsync("/");
        var box = Page.GetByRole(AriaRole.Combobox, new() { Name = "Search products" });
        await box.FillAsync("camping chiar");
        await box.PressAsync("Enter");
        await Expect(Page).ToHaveURLAsync(new Regex("/search\\?q=camping\\+chiar"));
        await Expect(Page.Locator(".product-card .card-title").First).ToContainTextAsync("Camping Chair");
        await Page.GetByRole(AriaRole.Link, new() { Name = "camping chair", Exact = true }).ClickAsync();
        await Expect(Page.Locator(".did-you-mean")).ToHaveCountAsync(0);
    }

    [Test]
    public async Task Ticking_facets_narrows_a_category_and_stays_in_the_url()
    {
        await Page.GotoAsync("/c/apparel");
        await Page.Locator("fieldset[data-facet=size] input[value=M]").CheckAsync();
        await Page.GetByRole(AriaRole.Group, new() { Name = "Colour" }).Locator("input").First.CheckAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Apply" }).ClickAsync();

        await Expect(Page).ToHaveURLAsync(new Regex("size=M"));
        await Expect(Page.Locator("fieldset[data-facet=size] input[value=M]")).ToBeCheckedAsync();
        await Expect(Page.Locator(".product-card").First).ToBeVisibleAsync();
        await Page.AssertAccessibleAsync("category with facets ticked");
    }
}
