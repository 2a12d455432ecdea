using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Shop.Tests.Browser;

/// <summary>A staff member types 100 % where they meant 10 %: the shop shows the doubled prices before making them.</summary>
public class PriceRiseJourneyTests : BrowserTest
{
    protected override Dictionary<string, string?> ShopSettings => SeededAdmin;

    [Test]
    public async Task Staff_see_the_prices_a_change_doubles_and_go_back_or_confirm()
    {
        await Page.GotoAsync("/");
        await SignInAsync(Page, AdminEmail, AdminPassword);
        await Page.GotoAsync("/admin/products?sort=name");
        for (var row = 0; row < 2; row++) await Page.Locator(".product-tick").Nth(row).CheckAsync();
        await Page.Locator("#bulk-action").SelectOptionAsync("price");
        await Page.Locator("#bulk-price-by").SelectOptionAsync("percent");
        await Page.Locator("#bulk-change").FillAsync("100");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Apply" }).ClickAsync();

        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Check the new prices", Level = 1 })).ToBeVisibleAsync();
        await Expect(Page.Locator(".doubled-prices tbody tr")).ToHaveCountAsync(2);
        await ShootDesktopAsync(Page, "admin-price-rise-check");
        await Page.SetViewportSizeAsync(390, 844);
        await Page.LookAsync("admin-price-rise-check-phone");
        await Page.SetViewportSizeAsync(1280, 900);

        await Page.GetByRole(AriaRole.Button, new() { Name = "Yes, change the prices of 2 products" }).ClickAsync();
        await Expect(Page.Locator(".admin-notice")).ToHaveTextAsync("2 products repriced.");
    }
}
