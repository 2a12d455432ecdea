using Microsoft.Playwright;
using Shop.Tests.Checkout;
using static Microsoft.Playwright.Assertions;

namespace Shop.Tests.Browser;

/// <summary>A shopper abroad picks their country on the cart, reads its shipping, and finds checkout starting there.</summary>
[TestFixture("desktop")]
[TestFixture("phone")]
public class ShippingEstimateJourneyTests(string device) : PhoneAndDesktopTest(device)
{
    protected override Dictionary<string, string?>? ShopSettings => new()
    {
        ["Shop:Currency"] = "EUR", ["Shop:Tax:Rate"] = "0.19", ["Shop:Tax:PricesIncludeTax"] = "true", ["Shop:Tax:ShopCountry"] = "DE",
    };

    [Test]
    public async Task A_shopper_in_Austria_estimates_shipping_on_the_cart_and_checks_out_from_there()
    {
        await Shop.LoadDemoMarketsAsync();
        await Page.AddFirstProductOfAsync("kitchen", quantity: 1);
        await Page.GotoAsync("/cart");
        await Expect(Page.Locator(".cart-shipping-label")).ToHaveTextAsync("Shipping to Germany (DHL Paket)");

        await Page.GetByLabel("Estimate shipping to").SelectOptionAsync("AT");
        await Page.Locator(".ship-to-form").GetByRole(AriaRole.Button, new() { Name = "Update" }).ClickAsync();

        await Expect(Page.Locator(".cart-shipping-label")).ToHaveTextAsync("Shipping to Austria (DHL Europe)");
        await Expect(Page.GetByLabel("Estimate shipping to")).ToHaveValueAsync("AT");
        await Page.LookAsync("cart-austria");
        await Page.GetByRole(AriaRole.Link, new() { Name = "Check out" }).ClickAsync();
        await Expect(Page.GetByLabel("Country", new() { Exact = true })).ToHaveValueAsync("AT");
    }
}
