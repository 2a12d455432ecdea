using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Shop.Tests.Browser;

/// <summary>
/// PayPal and the saved card's CVV on the review step, against the simulated gateway (test mode: PayPal is a test
/// account to pick, the CVV a plain field). The real PayPal window cannot run offline: PayPalHostedJourneyTests drives
/// the shop's paypal-checkout.js against a stand-in for braintree-web and PayPal's buttons instead.
/// </summary>
[TestFixture("desktop")]
[TestFixture("phone")]
public class PayPalJourneyTests(string device) : PhoneAndDesktopTest(device)
{
    protected override Dictionary<string, string?> ShopSettings => new()
    {
        ["Shop:Payments:Braintree:PayPal"] = "true",
        ["Shop:Payments:Braintree:SavedCardCvv"] = "true",
    };

    [Test]
    public async Task Guest_pays_with_PayPal_and_the_confirmation_names_the_payer()
    {
        await Page.AddFirstProductOfAsync("kitchen");
        await Page.EnterDeliveryAsync(Accounts.UniqueEmail("paypal" + Device));

        await Expect(Page.Locator(".paypal")).ToContainTextAsync("Or pay with PayPal");
        await Page.GetByLabel(new Regex("^PayPal account")).CheckAsync();
        await Page.AssertFitsTheScreenAsync("review with PayPal");
        await Page.AssertAccessibleAsync("review with PayPal");
        await Page.LookAsync("review-paypal");
        await Page.Locator(".pay-button").ClickAsync();

        await Expect(Page).ToHaveURLAsync(new Regex("/checkout/confirmation/SHP-"));
        await Expect(Page.Locator(".payment-method")).ToContainTextAsync($"PayPal ({TestNonces.PayPalPayerEmail}), through Braintree");
        await Page.LookAsync("confirmation-paypal");
    }

    [Test]
    public async Task Shopper_types_the_saved_card_s_CVV_a_wrong_one_is_refused()
    {
        var email = Accounts.UniqueEmail("cvv" + Device);
        await Shop.CreateAccountAsync(email);
        await Page.GotoAsync("/account/sign-in");
        await FillSignInFormAsync(Page, email, Accounts.Password);
        await Page.AddFirstProductOfAsync("kitchen");
        await Page.EnterDeliveryAsync(email);
        await Expect(Page.Locator(".saved-card-cvv")).ToHaveCountAsync(0);
        await Page.GetByLabel(new Regex("^Visa ending 1111")).CheckAsync();
        await Page.GetByLabel("Save this card for next time").CheckAsync();
        await Page.Locator(".pay-button").ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Regex("/checkout/confirmation/SHP-"));

        await Page.AddFirstProductOfAsync("kitchen");
        await Page.EnterDeliveryAsync(email);
        var cvv = Page.GetByLabel("Security code (CVV) of the saved card");
        await Expect(cvv).ToBeVisibleAsync();
        await Page.GetByLabel("A new card or PayPal").CheckAsync();
        await Expect(cvv).ToBeHiddenAsync();
        await Expect(Page.Locator(".paypal")).ToBeVisibleAsync();
        await Page.GetByLabel(new Regex("^Visa ending 1111 expires")).CheckAsync();
        await Expect(cvv).ToBeVisibleAsync();
        await Page.AssertFitsTheScreenAsync("review with a saved card's CVV");
        await Page.AssertAccessibleAsync("review with a saved card's CVV");
        await Page.LookAsync("review-saved-card-cvv");

        await cvv.FillAsync(SandboxCvv.DoesNotMatch);
        await Page.Locator(".pay-button").ClickAsync();
        await Expect(Page.Locator(".payment-error")).ToHaveTextAsync("The security code (CVV) did not match. You have not been charged.");
        await Page.LookAsync("review-cvv-refused");

        await Page.GetByLabel("Security code (CVV) of the saved card").FillAsync("123");
        await Page.Locator(".pay-button").ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Regex("/checkout/confirmation/SHP-"));
        await Expect(Page.Locator(".payment-method")).ToContainTextAsync("Card, through Braintree");
    }
}
