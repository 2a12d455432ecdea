using Microsoft.Playwright;
using Shop.Web.Checkout;
using static Microsoft.Playwright.Assertions;

namespace Shop.Tests.Browser;

/// <summary>axe-core on every main page: no serious or critical violations (labels, contrast, landmarks, alt text…).</summary>
public class AccessibilityTests : BrowserTest
{
    [TestCase("/", "home")]
    [TestCase("/c/kitchen", "category list")]
    [TestCase("/search?q=lamp", "search results")]
    [TestCase("/search?q=zeppelin", "empty search")]
    [TestCase("/p/classic-chef-s-knife", "product page")]
    [TestCase("/no-such-page", "404 page")]
    public Task Shopper_pages_have_no_serious_accessibility_problems(string url, string what) => AssertAccessibleAtAsync(url, what);

    [TestCase("/")]
    [TestCase("/de")]
    public async Task At_320_pixels_wide_every_link_is_big_enough_to_tap(string url)
    {
        await Page.SetViewportSizeAsync(320, 640);
        await AssertAccessibleAtAsync(url, $"{url} at 320 px");
        await Page.LookAsync("footer", await Page.Locator("footer").ScreenshotAsync());
    }

    [Test]
    public async Task A_product_page_with_variants_has_no_serious_accessibility_problems_and_its_picker_works_by_keyboard()
    {
        await Page.GotoAsync("/c/apparel");
        await Page.Locator(".product-card .card-title a").First.ClickAsync();
        await Page.AssertAccessibleAsync("product page with variants");

        // Tab into the first option's radio group, then arrow keys move the choice, as in any radio group.
        var first = Page.Locator("form.variant-picker fieldset").First.Locator("input[type=radio]");
        await first.First.FocusAsync();
        await Page.Keyboard.PressAsync("ArrowRight");
        await Expect(first.Nth(1)).ToBeCheckedAsync();
        await Expect(Page).ToHaveURLAsync(new Regex("variant=\\d+"));
        await Page.AssertAccessibleAsync("product page with variants, after a choice");
    }

    [Test]
    public async Task In_forced_colours_the_chosen_size_and_colour_still_stand_out()
    {
        await Page.EmulateMediaAsync(new() { ForcedColors = ForcedColors.Active });
        await Page.GotoAsync("/p/heavyweight-t-shirt");
        foreach (var option in await Page.Locator("form.variant-picker fieldset").AllAsync())
        {
            var faces = new List<(string Value, bool Chosen, SkiaSharp.SKColor Face)>();
            foreach (var label in await option.Locator("label.option-value").AllAsync())
                faces.Add(((await label.InnerTextAsync()).Trim(), await label.EvaluateAsync<bool>("l => l.control.checked"), await label.FaceColourAsync()));
            var chosen = faces.Single(f => f.Chosen);
            foreach (var other in faces.Where(f => !f.Chosen))
                Assert.That(PageChecks.Contrast(chosen.Face, other.Face), Is.GreaterThanOrEqualTo(3),
                    $"the chosen {chosen.Value} ({chosen.Face}) against {other.Value} ({other.Face})");
        }
        await Page.LookAsync("picker", await Page.Locator("form.variant-picker").ScreenshotAsync());
    }

    [Test]
    public async Task A_saved_heart_differs_from_an_unsaved_one_without_its_colour_and_says_so_to_a_screen_reader()
    {
        var email = Accounts.UniqueEmail("a11y-hearts");
        await Shop.CreateAccountAsync(email);
        await Page.GotoAsync("/");
        await SignInAsync(Page, email, Accounts.Password);
        await Page.GotoAsync("/c/kitchen");
        await Page.EmulateMediaAsync(new() { ForcedColors = ForcedColors.Active }); // no colours of the page's own
        var card = Page.Locator(".product-card").Nth(1);
        var name = (await card.Locator(".card-title").InnerTextAsync()).Trim();
        var heart = card.GetByRole(AriaRole.Button, new() { Name = $"Save {name} to your wishlist" });
        await Expect(heart).ToHaveAttributeAsync("aria-pressed", "false");
        using var unsaved = await GlyphOfAsync(heart);

        await heart.ClickAsync();
        await Expect(heart).ToHaveAttributeAsync("aria-pressed", "true");
        await Expect(heart).ToBeEnabledAsync();
        using var saved = await GlyphOfAsync(heart);
        Assert.That(PageChecks.StrongChanges(unsaved, saved), Is.GreaterThan(20), "the saved heart is drawn differently, not only in red");
        await Page.LookAsync("hearts-forced-colours", await card.ScreenshotAsync());
        await Page.EmulateMediaAsync(new() { ForcedColors = ForcedColors.None });
        await Page.LookAsync("hearts", await card.ScreenshotAsync());
    }

    /// <summary>The heart's picture as seen with nothing hovered or focused.</summary>
    private async Task<SkiaSharp.SKBitmap> GlyphOfAsync(ILocator heart)
    {
        await Page.Mouse.MoveAsync(0, 0);
        await Page.EvaluateAsync("() => document.activeElement?.blur()");
        return SkiaSharp.SKBitmap.Decode(await heart.ScreenshotAsync(new() { Animations = ScreenshotAnimations.Disabled }));
    }

    [Test]
    public async Task Cart_and_checkout_steps_have_no_serious_accessibility_problems()
    {
        await Page.GotoAsync("/p/classic-chef-s-knife");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Add to cart" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Dialog, new() { Name = "Your cart" })).ToBeVisibleAsync();
        await Page.AssertAccessibleAsync("mini-cart");
        await Page.ViewCartFromMiniCartAsync();
        await Page.AssertAccessibleAsync("cart");

        await Page.GotoAsync("/checkout");
        await Page.AssertAccessibleAsync("checkout delivery");

        await Page.GetByLabel("Email for your receipt").FillAsync("a11y@example.com");
        await Page.GetByLabel("Full name").FillAsync("Alex Able");
        await Page.GetByLabel("Street address").FillAsync("5 Ramp Road");
        await Page.GetByLabel("City", new() { Exact = true }).FillAsync("Leeds");
        await Page.GetByLabel("Postal code").FillAsync("LS1 1AA");
        await Page.GetByLabel("Country", new() { Exact = true }).SelectOptionAsync("GB");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Continue to review" }).ClickAsync();
        await Page.AssertAccessibleAsync("checkout review and pay");
    }

    [Test]
    public async Task Checkout_errors_from_the_server_are_focused_and_tied_to_their_fields_as_the_browsers_own_are()
    {
        await Page.AddFirstProductOfAsync("kitchen");
        await Page.GotoAsync("/checkout");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Continue to review" }).ClickAsync();
        await Expect(Page.Locator(".field-validation-error").First).ToBeVisibleAsync();
        var inBrowser = await ErrorsAsReadAsync();

        // The same form, sent as a browser without scripts would.
        await Page.RunAndWaitForResponseAsync(() => Page.EvalOnSelectorAsync("form.checkout-address", "f => f.submit()"),
            r => r.Request.Method == "POST");
        await Page.WaitForLoadStateAsync();
        await Page.GetByLabel("Email for your receipt").AssertFocusedAsWrongAsync(CheckoutFormValidator.EmailMissing);
        Assert.That(await ErrorsAsReadAsync(), Is.EqualTo(inBrowser).And.Not.Empty);
        await Page.LookAsync("server-errors");
    }

    /// <summary>Each wrong field as a screen reader meets it: its id, the text its aria-describedby names, and whether it has focus.</summary>
    private Task<string[]> ErrorsAsReadAsync() => Page.EvaluateAsync<string[]>("""
        () => [...document.querySelectorAll('form.checkout-address [aria-invalid=true]')].map(f => f.id + ': '
            + (f.getAttribute('aria-describedby') ?? '').split(' ').map(id => document.getElementById(id)?.textContent.trim() ?? '?').join(' ')
            + (f === document.activeElement ? ' (focused)' : ''))
        """);

    [TestCase("/c/kitchen", null, 45)]
    [TestCase("/c/kitchen", ".product-card :is(a, button)", 12)]
    [TestCase("/p/heavyweight-t-shirt", null, 40)]
    public async Task Keyboard_focus_shows_clearly_at_every_stop(string url, string? from, int stops)
    {
        await Page.GotoAsync(url);
        await Page.AssertEveryFocusShowsAsync(url, stops, from);
    }

    [Test]
    public async Task Keyboard_focus_shows_clearly_on_every_field_of_the_checkout_form()
    {
        await Page.AddFirstProductOfAsync("kitchen");
        await Page.GotoAsync("/checkout");
        await Page.AssertEveryFocusShowsAsync("checkout", 16, from: "form.checkout-address input:not([type=hidden])");
    }

    [Test]
    public async Task The_skip_link_is_the_first_thing_a_keyboard_reaches_and_focus_is_visible()
    {
        await Page.GotoAsync("/");
        await Page.Keyboard.PressAsync("Tab");
        var focused = await Page.EvaluateAsync<string>("() => document.activeElement.textContent.trim()");
        var outline = await Page.EvaluateAsync<string>("() => getComputedStyle(document.activeElement).outlineStyle");
        Assert.That(focused, Is.EqualTo("Skip to content"));
        Assert.That(outline, Is.Not.EqualTo("none"), "keyboard focus is visible");
    }
}
