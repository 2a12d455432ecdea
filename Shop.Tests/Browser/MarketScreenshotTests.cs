using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Shop.Tests.Browser;

/// <summary>
/// A German shop set up from the admin with the demo EU and US zones, then a German consumer and a French business
/// at the review step; saves screenshots of each (SHOP_SCREENSHOTS_DIR, else the test output folder).
/// </summary>
public class MarketScreenshotTests : BrowserTest
{
    protected override Dictionary<string, string?> ShopSettings => new(SeededAdmin)
    {
        ["Shop:Currency"] = "EUR",
        ["Shop:Tax:Rate"] = "0.19",
        ["Shop:Tax:PricesIncludeTax"] = "true",
        ["Shop:Tax:ShopCountry"] = "DE",
    };

    [Test]
    public async Task Staff_load_the_demo_markets_and_buyers_see_their_own_tax()
    {
        await Page.GotoAsync("/account/sign-in");
        await FillSignInFormAsync(Page, AdminEmail, AdminPassword);
        await Page.GotoAsync("/admin/tax");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Load the demo EU and US setup" }).ClickAsync();
        await Expect(Page.Locator("table.tax-zones")).ToContainTextAsync("Netherlands");
        await ShootDesktopAsync(Page, "admin-tax");
        await Page.GotoAsync("/admin/shipping");
        await ShootDesktopAsync(Page, "admin-shipping");
        await Page.Locator("table.shipping-zones a", new() { HasText = "Germany" }).ClickAsync();
        await ShootDesktopAsync(Page, "admin-shipping-zone");

        var shopper = await NewShopperAsync();
        await shopper.GotoAsync("/p/classic-chef-s-knife");
        await Expect(shopper.Locator(".product-delivery")).ToHaveTextAsync("Delivered within 2 working days.");
        await shopper.GetByRole(AriaRole.Button, new() { Name = "Add to cart" }).ClickAsync();
        // The mini-cart opens once the cart has the knife: only then is there something to check out.
        await Expect(shopper.GetByRole(AriaRole.Dialog, new() { Name = "Your cart" })).ToBeVisibleAsync();
        await shopper.GotoAsync("/checkout");
        await FillAddressAsync(shopper, "DE", "Berlin", "10115", "");
        await Expect(shopper.Locator(".tax-rate")).ToHaveTextAsync("Includes VAT 19%");
        await ShootDesktopAsync(shopper, "checkout-review-germany");

        await shopper.GotoAsync("/checkout");
        await FillAddressAsync(shopper, "FR", "Lyon", "69001", "FR12345678901");
        await Expect(shopper.Locator(".tax-rate")).ToHaveTextAsync(global::Shop.Web.Shared.VatNotChargedWording.IntraCommunitySupply);
        await ShootDesktopAsync(shopper, "checkout-review-eu-business");
    }

    private static async Task FillAddressAsync(IPage page, string country, string city, string postalCode, string vatNumber)
    {
        await page.Locator("[name='Form.Email']").FillAsync("buyer@example.com");
        await page.Locator("[name='Form.FullName']").FillAsync("Buyer " + country);
        await page.Locator("[name='Form.Line1']").FillAsync("1 Market Street");
        await page.Locator("[name='Form.City']").FillAsync(city);
        await page.Locator("[name='Form.PostalCode']").FillAsync(postalCode);
        await page.Locator("[name='Form.CountryCode']").SelectOptionAsync(country);
        await page.Locator("[name='Form.VatNumber']").FillAsync(vatNumber);
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue to review" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/checkout/review"));
    }
}
