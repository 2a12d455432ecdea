using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Shop.Tests.Browser;

[TestFixture("desktop")]
[TestFixture("phone")]
public class SavedCardJourneyTests(string device) : PhoneAndDesktopTest(device)
{
    [Test]
    public async Task Shopper_saves_a_card_pays_with_it_next_time_and_removes_it()
    {
        var email = Accounts.UniqueEmail("card" + Device);
        await Shop.CreateAccountAsync(email);
        await Page.GotoAsync("/account/sign-in");
        await FillSignInFormAsync(Page, email, Accounts.Password);

        await Page.AddFirstProductOfAsync("kitchen");
        await Page.EnterDeliveryAsync(email);
        await Page.GetByLabel(new Regex("^Mastercard ending 4444")).CheckAsync();
        await Page.GetByLabel("Save this card for next time").CheckAsync();
        await Page.Locator(".pay-button").ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Regex("/checkout/confirmation/SHP-"));

        await Page.AddFirstProductOfAsync("kitchen");
        await Page.EnterDeliveryAsync(email);
        var saved = Page.GetByLabel(new Regex("^Mastercard ending 4444 expires 12/2030"));
        await Expect(saved).ToBeCheckedAsync();
        await Expect(Page.Locator(".new-card")).ToBeHiddenAsync();
        await Page.LookAsync("saved-card-offered");
        await Page.GetByLabel("A new card").CheckAsync();
        await Expect(Page.Locator(".new-card")).ToBeVisibleAsync();
        await saved.CheckAsync();
        await Page.Locator(".pay-button").ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Regex("/checkout/confirmation/SHP-"));
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Thank you! Your order is confirmed.");

        await Page.GotoAsync("/account/payment-methods");
        await Expect(Page.Locator(".saved-card")).ToContainTextAsync("Mastercard ending 4444");
        await Page.AssertFitsTheScreenAsync("payment methods");
        await Page.LookAsync("payment-methods");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Remove Mastercard ending 4444" }).ClickAsync();
        await Expect(Page.Locator(".status-message")).ToHaveTextAsync("Card removed.");
        await Expect(Page.Locator(".empty-cards")).ToBeVisibleAsync();
    }
}
