using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Shop.Tests.Browser;

/// <summary>axe-core on the account pages a shopper uses: no serious or critical violations.</summary>
public class AccountAccessibilityTests : BrowserTest
{
    [TestCase("/account/sign-in", "sign-in")]
    [TestCase("/account/register", "register")]
    [TestCase("/account/forgot-password", "forgot password")]
    public Task Signed_out_account_pages_have_no_serious_accessibility_problems(string url, string what) => AssertAccessibleAtAsync(url, what);

    [Test]
    public async Task The_register_form_with_errors_has_no_serious_accessibility_problems()
    {
        await Page.GotoAsync("/account/register");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Create account" }).ClickAsync();
        await Expect(Page.Locator(".field-validation-error").First).ToBeVisibleAsync();
        await Page.AssertAccessibleAsync("register with errors");
    }

    [Test]
    public async Task My_account_pages_have_no_serious_accessibility_problems()
    {
        var email = Accounts.UniqueEmail("a11y");
        await Shop.CreateAccountAsync(email, name: "Alex Able");
        await Page.GotoAsync("/");
        await SignInAsync(Page, email, Accounts.Password);

        await Page.GotoAsync("/account/orders");
        await Page.AssertAccessibleAsync("orders, none yet");
        var number = await Page.BuyAsync(email);

        foreach (var (url, what) in new[]
        {
            ("/account", "my account"), ("/account/orders", "orders"), ($"/account/orders/{number}", "one order"),
            ("/account/addresses", "addresses"), ("/account/addresses/new", "new address"),
            ("/account/email", "change email"), ("/account/password", "change password"), ("/account/two-factor", "two-factor"),
            ("/account/delete", "delete account"),
        })
        {
            await Page.GotoAsync(url);
            Assert.That(new Uri(Page.Url).AbsolutePath, Is.EqualTo(url), $"{what} opened, not a redirect");
            await Page.AssertAccessibleAsync(what);
        }
    }
}
