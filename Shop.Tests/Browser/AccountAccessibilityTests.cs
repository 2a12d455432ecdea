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
    public async Task Errors_only_the_server_finds_are_focused_and_tied_to_their_field()
    {
        var email = Accounts.UniqueEmail("a11y-errors");
        await Shop.CreateAccountAsync(email);
        await Page.GotoAsync("/account/sign-in");
        await Page.GetByLabel("Email").FillAsync(email);
        await Page.GetByLabel("Password").FillAsync("nope-nope-nope");
        await Page.Locator("main").GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
        // The whole form's error: focus on its alert, which a screen reader then reads.
        await Expect(Page.GetByRole(AriaRole.Alert)).ToBeFocusedAsync();
        await Expect(Page.GetByRole(AriaRole.Alert)).ToHaveTextAsync(SignInController.InvalidMessage);
        await Page.LookAsync("sign-in");
        await FillSignInFormAsync(Page, email, Accounts.Password);

        await Page.GotoAsync("/account/password");
        await Page.GetByLabel("Current password").FillAsync("nope-nope-nope");
        await Page.GetByLabel("New password").FillAsync("quiet-meadow-lantern-9");
        await Page.Locator("main").GetByRole(AriaRole.Button, new() { Name = "Change password" }).ClickAsync();
        await Page.GetByLabel("Current password").AssertFocusedAsWrongAsync(Reauthentication.WrongPassword);
        await Page.LookAsync("change-password");

        await Page.GotoAsync("/account/two-factor/enable");
        var key = await Page.Locator(".shared-key").InnerTextAsync();
        await Page.GetByLabel("Code", new() { Exact = true }).FillAsync(Accounts.WrongAuthenticatorCode(key));
        await Page.GetByLabel("Your current password").FillAsync(Accounts.Password);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Turn on" }).ClickAsync();
        await Page.GetByLabel("Code", new() { Exact = true }).AssertFocusedAsWrongAsync("That code didn't match.");
        await Page.AssertAccessibleAsync("two-factor set-up with a wrong code");

        // On, then the page that turns it off again (one of its two forms) asks for the password.
        await Page.GetByLabel("Code", new() { Exact = true }).FillAsync(Accounts.AuthenticatorCode(key));
        await Page.GetByLabel("Your current password").FillAsync(Accounts.Password);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Turn on" }).ClickAsync();
        await Page.GotoAsync("/account/two-factor");
        var turnOff = Page.Locator("form.disable-two-factor-form");
        await turnOff.GetByLabel("Password or authenticator code").FillAsync("nope-nope-nope");
        await turnOff.GetByRole(AriaRole.Button).ClickAsync();
        await Page.Locator("form.disable-two-factor-form").GetByLabel("Password or authenticator code")
            .AssertFocusedAsWrongAsync(Reauthentication.WrongPasswordOrCode);
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
            ("/account/data", "your data"), ("/account/delete", "delete account"),
        })
        {
            await Page.GotoAsync(url);
            Assert.That(new Uri(Page.Url).AbsolutePath, Is.EqualTo(url), $"{what} opened, not a redirect");
            await Page.AssertAccessibleAsync(what);
        }
    }

    [Test]
    public async Task Your_data_asks_for_the_password_then_downloads_one_file()
    {
        var email = Accounts.UniqueEmail("mydata");
        await Shop.CreateAccountAsync(email, name: "Dana Download");
        await Page.GotoAsync("/");
        await SignInAsync(Page, email, Accounts.Password);
        await Page.GotoAsync("/account/data");
        var password = Page.GetByLabel("Your password, or a code from your authenticator app");

        await password.FillAsync("nope-nope-nope");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Download my data" }).ClickAsync();
        await password.AssertFocusedAsWrongAsync(Reauthentication.WrongPasswordOrCode);
        await Page.LookAsync("your-data-wrong-password");
        await password.FillAsync(Accounts.Password);
        var download = await Page.RunAndWaitForDownloadAsync(() => Page.GetByRole(AriaRole.Button, new() { Name = "Download my data" }).ClickAsync());
        var text = await File.ReadAllTextAsync(await download.PathAsync());

        Assert.That(download.SuggestedFilename, Does.Match(@"^shop-data-\d{4}-\d{2}-\d{2}\.json$"));
        Assert.That(text, Does.Contain(email).And.Contain("Dana Download"));
    }
}
