using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Shop.Tests.Browser;

[TestFixture("desktop")]
[TestFixture("phone")]
public class CheckoutJourneyTests(string device) : PhoneAndDesktopTest(device)
{
    private async Task AddTwoOfTheFirstProductOfAsync(string category)
    {
        await Page.AddFirstProductOfAsync(category, quantity: 2);
        await Expect(Page.Locator(".cart-count")).ToHaveTextAsync("2");
    }

    [Test]
    public async Task Shopper_checks_out_with_the_test_card_and_sees_the_confirmation()
    {
        await AddTwoOfTheFirstProductOfAsync("kitchen");
        await Page.EnterDeliveryAsync("shopper@example.com", express: true, company: "Hopper Computing Inc.");

        await Expect(Page.Locator(".test-mode")).ToContainTextAsync("no money moves");
        await Expect(Page.Locator(".ship-to .recipient")).ToHaveTextAsync("Grace Hopper");
        await Expect(Page.Locator(".ship-to .company")).ToHaveTextAsync("Hopper Computing Inc.");
        await Page.GetByLabel(new Regex("^Visa ending 1111")).CheckAsync();
        await Page.Locator(".pay-button").ClickAsync();

        await Expect(Page).ToHaveURLAsync(new Regex("/checkout/confirmation/SHP-"));
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Thank you! Your order is confirmed.");
        await Expect(Page.Locator(".order-lines tbody tr")).ToHaveCountAsync(1);
        await Expect(Page.Locator(".cart-count")).ToHaveTextAsync("0");
        await Expect(Page.Locator(".delivery-estimate")).ToContainTextAsync("Express shipping, next working day: arrives by");
        // A US address: the person, the company below, then "Arlington, VA 22201".
        await Expect(Page.Locator(".ship-to").First).ToContainTextAsync(new Regex(@"Grace Hopper\s*Hopper Computing Inc\.\s*1 Compiler Way\s*Arlington, VA 22201"));
        await Page.LookAsync("confirmation");
    }

    [Test]
    public async Task Unticking_billing_same_as_delivery_starts_the_bill_in_the_delivery_country_chosen()
    {
        await AddTwoOfTheFirstProductOfAsync("kitchen");
        await Page.GetByRole(AriaRole.Link, new() { Name = "Check out" }).ClickAsync();
        await Page.GetByLabel("Country", new() { Exact = true }).SelectOptionAsync("FR");

        await Page.GetByLabel("Billing address same as delivery").UncheckAsync();

        await Expect(Page.GetByLabel("Billing country")).ToHaveValueAsync("FR");
        await Page.GetByLabel("Name for the bill").FillAsync("Ada Lovelace");
        await Page.GetByLabel("Billing address same as delivery").CheckAsync();
        await Page.GetByLabel("Country", new() { Exact = true }).SelectOptionAsync("DE");
        await Page.GetByLabel("Billing address same as delivery").UncheckAsync();
        await Expect(Page.GetByLabel("Billing country")).ToHaveValueAsync("FR", new() { Timeout = 2000 }); // a bill begun stays as typed
    }

    [Test]
    public async Task A_declined_card_shows_why_and_the_cart_is_still_there()
    {
        await AddTwoOfTheFirstProductOfAsync("audio");
        await Page.EnterDeliveryAsync("shopper@example.com", express: true);

        await Page.GetByLabel(new Regex("^Visa that is declined")).CheckAsync();
        await Page.Locator(".pay-button").ClickAsync();

        await Expect(Page.Locator(".payment-error")).ToContainTextAsync("Do Not Honor");
        await Expect(Page.Locator(".payment-error")).ToContainTextAsync("not been charged");
        await Page.GotoAsync("/cart");
        await Expect(Page.Locator(".cart-line")).ToHaveCountAsync(1);
        await Expect(Page.Locator(".cart-count")).ToHaveTextAsync("2");
    }
}
