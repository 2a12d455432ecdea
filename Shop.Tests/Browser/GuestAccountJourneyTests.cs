using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Shop.Tests.Browser;

/// <summary>On a small phone, a guest who just paid makes an account with one password and finds the order in it.</summary>
public class GuestAccountJourneyTests : BrowserTest
{
    protected override ViewportSize Viewport => new() { Width = 375, Height = 667 };

    [Test]
    public async Task A_guest_makes_an_account_from_the_confirmation_confirms_it_and_finds_the_order_there()
    {
        var email = Accounts.UniqueEmail("phone-guest");
        var number = await Page.BuyAsync(email);
        var offer = Page.Locator(".guest-account");
        await Expect(offer).ToContainTextAsync(email);
        await Page.AssertAccessibleAsync("confirmation with the account offer");
        await Page.AssertFitsTheScreenAsync("confirmation, with a long email address");
        await offer.GetByLabel("Password").FillAsync(Accounts.Password);
        await offer.GetByRole(AriaRole.Button, new() { Name = "Create account" }).ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Regex("/account/check-email$"));

        await Page.GotoAsync(Shop.LastMailTo(email).FullLinkTo("/account/confirm-email").AbsoluteUri);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Confirm my address" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Email confirmed" })).ToBeVisibleAsync();
        await SignInAsync(Page, email, Accounts.Password);
        await Page.GotoAsync("/account/orders");
        await Expect(Page.Locator("main")).ToContainTextAsync(number);
        await Page.LookAsync("my-orders");
    }
}
