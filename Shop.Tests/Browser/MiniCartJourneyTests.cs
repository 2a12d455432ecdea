using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Shop.Tests.Browser;

/// <summary>The mini-cart and the cart's steppers on a small phone: no page loads, the keyboard stays in the panel.</summary>
public class MiniCartJourneyTests : BrowserTest
{
    protected override ViewportSize Viewport => new() { Width = 375, Height = 667 };

    private ILocator Panel => Page.GetByRole(AriaRole.Dialog, new() { Name = "Your cart" });

    private Task<bool> FocusIsInThePanelAsync() => Page.EvaluateAsync<bool>("() => !!document.activeElement.closest('#mini-cart')");

    [Test]
    public async Task Add_to_cart_opens_the_mini_cart_whose_steppers_and_keyboard_work_without_leaving_the_page()
    {
        await Page.GotoAsync("/p/classic-chef-s-knife");
        await Page.EvaluateAsync("() => window.samePage = true");
        var add = Page.GetByRole(AriaRole.Button, new() { Name = "Add to cart" });
        await add.ClickAsync();

        await Expect(Panel).ToBeVisibleAsync();
        await Expect(Panel.Locator(".mini-cart-status")).ToHaveTextAsync("Added Classic Chef's Knife to your cart.");
        await Expect(Panel.Locator(".mini-cart-line")).ToHaveCountAsync(1);
        await Expect(Panel.GetByRole(AriaRole.Link, new() { Name = "Check out" })).ToBeVisibleAsync();
        await Expect(Page.Locator(".cart-count")).ToHaveTextAsync("1");
        Assert.That(await FocusIsInThePanelAsync(), Is.True, "focus moved into the panel");
        var subtotal = await Panel.Locator(".mini-cart-subtotal").TextContentAsync();
        await Page.LookAsync("mini-cart");
        await Page.AssertAccessibleAsync("mini-cart open");

        await Panel.GetByRole(AriaRole.Button, new() { Name = "One more Classic Chef's Knife" }).ClickAsync();
        await Expect(Panel.Locator(".mini-cart-quantity")).ToHaveTextAsync("Quantity 2");
        await Expect(Page.Locator(".cart-count")).ToHaveTextAsync("2");
        await Expect(Panel.Locator(".mini-cart-subtotal")).Not.ToHaveTextAsync(subtotal!);
        Assert.That(await FocusIsInThePanelAsync(), Is.True, "focus stays on the stepper");

        foreach (var key in new[] { "Tab", "Shift+Tab" })
            for (var i = 0; i < 7; i++)
            {
                await Page.Keyboard.PressAsync(key);
                Assert.That(await FocusIsInThePanelAsync(), Is.True, $"{key} goes round the panel");
            }

        await Page.Keyboard.PressAsync("Escape");
        await Expect(Panel).ToBeHiddenAsync();
        await Expect(add).ToBeFocusedAsync();
        Assert.That(await Page.EvaluateAsync<bool>("() => window.samePage === true"), Is.True, "no page load");
        Assert.That(new Uri(Page.Url).AbsolutePath, Is.EqualTo("/p/classic-chef-s-knife"));
    }

    [Test]
    public async Task The_cart_page_steppers_update_the_line_totals_and_badge_without_a_reload()
    {
        await Page.GotoAsync("/p/classic-chef-s-knife");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Add to cart" }).ClickAsync();
        await Panel.GetByRole(AriaRole.Link, new() { Name = "View cart" }).ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Regex("/cart$"));
        await Page.EvaluateAsync("() => window.samePage = true");
        var quantity = Page.GetByLabel("Quantity of Classic Chef's Knife");
        var total = Page.Locator(".cart-total");
        var before = await total.TextContentAsync();

        var more = Page.GetByRole(AriaRole.Button, new() { Name = "One more Classic Chef's Knife" });
        await more.ClickAsync();
        await Expect(quantity).ToHaveValueAsync("2");
        await Expect(Page.Locator(".cart-count")).ToHaveTextAsync("2");
        await Expect(total).Not.ToHaveTextAsync(before!);
        await Expect(Page.Locator(".page-status")).ToHaveTextAsync("Cart updated.");
        await Expect(more).ToBeFocusedAsync();

        await Page.GetByRole(AriaRole.Button, new() { Name = "One less Classic Chef's Knife" }).ClickAsync();
        await Expect(quantity).ToHaveValueAsync("1");
        await Expect(total).ToHaveTextAsync(before!);
        await Page.GetByRole(AriaRole.Button, new() { Name = "One less Classic Chef's Knife" }).ClickAsync();
        await Expect(Page.GetByText("Your cart is empty.")).ToBeVisibleAsync();
        await Expect(Page.Locator(".cart-count")).ToHaveTextAsync("0");
        Assert.That(await Page.EvaluateAsync<bool>("() => window.samePage === true"), Is.True, "no page load");
    }

    [Test]
    public async Task Without_javascript_add_to_cart_goes_to_the_cart_page()
    {
        var shopper = await NewShopperAsync(javaScript: false);
        await shopper.GotoAsync("/p/classic-chef-s-knife");
        await shopper.GetByRole(AriaRole.Button, new() { Name = "Add to cart" }).ClickAsync();
        await Expect(shopper).ToHaveURLAsync(new Regex("/cart$"));
        await Expect(shopper.Locator(".cart-count")).ToHaveTextAsync("1");
        await shopper.GetByRole(AriaRole.Button, new() { Name = "One more Classic Chef's Knife" }).ClickAsync();
        await Expect(shopper.GetByLabel("Quantity of Classic Chef's Knife")).ToHaveValueAsync("2");
    }
}
