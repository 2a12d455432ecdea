using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Shop.Tests.Browser;

/// <summary>3-D Secure in test mode: the simulated gateway answers for Braintree's 3-D Secure test nonces.</summary>
public class ThreeDSecureJourneyTests : BrowserTest
{
    [Test]
    public async Task The_bank_confirms_the_shopper_and_the_order_is_paid()
    {
        await Page.AddFirstProductOfAsync("kitchen");
        await Page.EnterDeliveryAsync("secure@example.com");

        await Page.GetByLabel(new Regex("^Visa with 3-D Secure: the bank confirms you")).CheckAsync();
        await Page.Locator(".pay-button").ClickAsync();

        await Expect(Page).ToHaveURLAsync(new Regex("/checkout/confirmation/SHP-"));
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Thank you! Your order is confirmed.");
    }

    [Test]
    public async Task The_bank_cannot_confirm_the_shopper_who_keeps_the_cart_and_pays_with_another_card()
    {
        await Page.AddFirstProductOfAsync("audio");
        await Page.EnterDeliveryAsync("unsure@example.com");

        await Page.GetByLabel(new Regex("^Visa with 3-D Secure: the bank cannot confirm you")).CheckAsync();
        await Page.Locator(".pay-button").ClickAsync();

        await Expect(Page.Locator(".payment-error")).ToContainTextAsync("could not confirm it was you (3-D Secure)");
        await Expect(Page.Locator(".payment-error")).ToContainTextAsync("not been charged");
        await Page.GetByLabel(new Regex("^Visa with 3-D Secure: the bank confirms you")).CheckAsync();
        await Page.Locator(".pay-button").ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Regex("/checkout/confirmation/SHP-"));
    }
}
