using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Shop.Tests.Browser;

[TestFixture("desktop")]
[TestFixture("phone")]
public class AccountJourneyTests(string device) : PhoneAndDesktopTest(device)
{
    [Test]
    public async Task Shopper_registers_confirms_the_mailed_link_and_signs_in()
    {
        var email = Accounts.UniqueEmail(Device);
        await Page.GotoAsync("/");
        await OpenHeaderMenuAsync(Page);
        await Header(Page).GetByRole(AriaRole.Link, new() { Name = "Register" }).ClickAsync();

        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Create an account" })).ToBeVisibleAsync();
        await Page.GetByLabel("Your name").FillAsync("Katherine Johnson");
        await Page.GetByLabel("Email").FillAsync(email);
        await Page.GetByLabel("Password").FillAsync(Accounts.Password);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Create account" }).ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Regex("/account/check-email$"));
        await Expect(Page.Locator(".check-email")).ToContainTextAsync("Open the link in it to confirm your address");

        // The shopper opens the mail and follows its link, as a mail client would: a whole URL to this shop.
        var link = Shop.LastMailTo(email).FullLinkTo("/account/confirm-email");
        Assert.That(link.GetLeftPart(UriPartial.Authority), Is.EqualTo(Shop.BaseUrl), "the link goes to the shop the shopper used");
        await Page.GotoAsync(link.AbsoluteUri);
        await Page.LookAsync("confirm-address");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Confirm my address" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Email confirmed" })).ToBeVisibleAsync();

        await Page.Locator(".confirm-result").GetByRole(AriaRole.Link, new() { Name = "sign in" }).ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Regex("/account/sign-in$"));
        await FillSignInFormAsync(Page, email, Accounts.Password);

        await Expect(Page).ToHaveURLAsync(Shop.BaseUrl + "/");
        await OpenHeaderMenuAsync(Page);
        await Expect(Header(Page).GetByRole(AriaRole.Link, new() { Name = "Sign in", Exact = true })).ToHaveCountAsync(0);
        await Header(Page).GetByRole(AriaRole.Link, new() { Name = "My account" }).ClickAsync();
        await Expect(Page.Locator(".account-email")).ToContainTextAsync(email);
        await Expect(Page.GetByLabel("Your name")).ToHaveValueAsync("Katherine Johnson");
        await Page.AssertFitsTheScreenAsync("my account, with a long email address");
    }
}
