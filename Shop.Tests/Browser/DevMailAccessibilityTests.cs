using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Shop.Tests.Browser;

/// <summary>axe-core on the Development mail viewer: the list and one mail, no serious or critical violations.</summary>
public class DevMailAccessibilityTests : BrowserTest
{
    protected override string ShopEnvironment => "Development";

    [Test]
    public async Task The_mail_viewer_has_no_serious_accessibility_problems_and_the_link_in_a_mail_opens_its_page()
    {
        var email = Accounts.UniqueEmail();
        await Shop.CreateAccountAsync(email);
        await Page.GotoAsync("/account/forgot-password");
        await Page.GetByLabel("Email").FillAsync(email);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Send me a link" }).ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Regex("/account/forgot-password/sent"));
        var subject = Shop.LastMailTo(email).Subject!;

        await AssertAccessibleAtAsync("/dev/mail", "mail list");
        await Page.GetByRole(AriaRole.Link, new() { Name = subject }).First.ClickAsync();
        await Expect(Page.Locator("h1")).ToHaveTextAsync(subject);
        await Page.AssertAccessibleAsync("one mail");

        await Page.Locator(".dev-mail-body a").First.ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Regex("/account/reset-password"));
    }
}
