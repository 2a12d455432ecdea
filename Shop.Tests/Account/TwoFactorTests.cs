namespace Shop.Tests.Account;

/// <summary>Two-factor authentication with an authenticator app: set up, sign in with a code or a recovery code, turn off.</summary>
public class TwoFactorTests : ShopFixture
{
    protected override Dictionary<string, string?> Settings => NoDemoCatalog();

    /// <summary>Turns two-factor on through the pages; returns the key and the recovery codes.</summary>
    private async Task<(string Key, List<string> RecoveryCodes)> EnableAsync(HttpClient client)
    {
        var (_, setup) = await client.GetPageAsync("/account/two-factor/enable");
        var key = setup.Text(".shared-key");
        var response = await client.SubmitAsync(setup, "/account/two-factor/enable", new Dictionary<string, string> { ["Code"] = Accounts.AuthenticatorCode(key), ["CurrentPassword"] = Accounts.Password });
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var codes = (await response.ReadHtmlAsync()).Texts(".recovery-codes li");
        Assert.That(codes, Has.Count.EqualTo(10));
        return (key, codes);
    }

    private static async Task<IDocument> SignInToSecondStepAsync(HttpClient client, string email, bool rememberMe = false)
    {
        var response = await client.PostSignInAsync(email, Accounts.Password, "/account/sign-in?returnUrl=%2Faccount%2Forders", rememberMe);
        Assert.That(response.Headers.Location?.OriginalString, Does.StartWith("/account/sign-in/two-factor"));
        var (_, page) = await client.GetPageAsync(response.Headers.Location!.OriginalString);
        return page;
    }

    [Test]
    public async Task Set_up_shows_a_qr_code_image_and_the_key_to_type_by_hand()
    {
        var email = Accounts.UniqueEmail();
        using var client = await App.CreateAccountAndSignInAsync(email);

        var (response, page) = await client.GetPageAsync("/account/two-factor/enable");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(page.QuerySelector("img.qr-code")?.GetAttribute("src"), Does.StartWith("data:image/png;base64,"));
        Assert.That(page.Text(".shared-key").Replace(" ", ""), Has.Length.EqualTo(32));
        Assert.That(string.Join("", response.Headers.GetValues("Content-Security-Policy")), Does.Not.Contain("unsafe-inline"));
    }

    [Test]
    public async Task Reloading_set_up_keeps_the_key_the_app_scanned()
    {
        var email = Accounts.UniqueEmail();
        using var client = await App.CreateAccountAndSignInAsync(email);
        var (_, scanned) = await client.GetPageAsync("/account/two-factor/enable");

        var (_, reloaded) = await client.GetPageAsync("/account/two-factor/enable");

        Assert.That(reloaded.Text(".shared-key"), Is.EqualTo(scanned.Text(".shared-key")));
        var response = await client.SubmitAsync(reloaded, "/account/two-factor/enable",
            new Dictionary<string, string> { ["Code"] = Accounts.AuthenticatorCode(scanned.Text(".shared-key")), ["CurrentPassword"] = Accounts.Password });
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await response.ReadHtmlAsync()).Texts(".recovery-codes li"), Has.Count.EqualTo(10));
    }

    [Test]
    public async Task Two_tabs_opening_set_up_at_the_same_moment_show_the_same_key()
    {
        var email = Accounts.UniqueEmail();
        using var client = await App.CreateAccountAndSignInAsync(email);

        var pages = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => client.GetPageAsync("/account/two-factor/enable")));

        Assert.That(pages.Select(p => p.Item1.StatusCode), Has.All.EqualTo(HttpStatusCode.OK));
        Assert.That(pages.Select(p => p.Item2.Text(".shared-key")).Distinct().Count(), Is.EqualTo(1));
        var (_, later) = await client.GetPageAsync("/account/two-factor/enable");
        Assert.That(later.Text(".shared-key"), Is.EqualTo(pages[0].Item2.Text(".shared-key")), "the key shown is the key kept");
    }

    [Test]
    public async Task A_new_key_replaces_the_one_being_set_up()
    {
        var email = Accounts.UniqueEmail();
        using var client = await App.CreateAccountAndSignInAsync(email);
        var (_, first) = await client.GetPageAsync("/account/two-factor/enable");
        var oldKey = first.Text(".shared-key");

        var response = await client.SubmitAsync(first, "/account/two-factor/enable", new Dictionary<string, string>(), "form#new-key-form");
        Assert.That(response.Headers.Location?.OriginalString, Is.EqualTo("/account/two-factor/enable"));
        var (_, renewed) = await client.GetPageAsync("/account/two-factor/enable");
        var newKey = renewed.Text(".shared-key");

        Assert.That(newKey, Is.Not.EqualTo(oldKey));
        Assert.That(renewed.Text(".status-message"), Does.StartWith("A new key: scan the QR code again"));
        var withOld = await client.SubmitAsync(renewed, "/account/two-factor/enable",
            new Dictionary<string, string> { ["Code"] = Accounts.AuthenticatorCode(oldKey), ["CurrentPassword"] = Accounts.Password });
        Assert.That(withOld.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest), "the old key's codes no longer count");
        Assert.That((await withOld.ReadHtmlAsync()).Text(".shared-key"), Is.EqualTo(newKey));
    }

    [Test]
    public async Task Enabling_needs_a_correct_code_from_the_app()
    {
        var email = Accounts.UniqueEmail();
        using var client = await App.CreateAccountAndSignInAsync(email);
        var (_, setup) = await client.GetPageAsync("/account/two-factor/enable");

        var response = await client.SubmitAsync(setup, "/account/two-factor/enable",
            new Dictionary<string, string> { ["Code"] = Accounts.WrongAuthenticatorCode(setup.Text(".shared-key")), ["CurrentPassword"] = Accounts.Password });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((await response.ReadHtmlAsync()).Text("[data-valmsg-for=Code]"), Does.StartWith("That code didn't match."));
        var (_, state) = await client.GetPageAsync("/account/two-factor");
        Assert.That(state.Text(".two-factor-state"), Does.Contain("is off"));
    }

    [Test]
    public async Task With_two_factor_on_sign_in_asks_for_the_code_and_accepts_the_current_one()
    {
        var email = Accounts.UniqueEmail();
        await App.CreateAccountAsync(email);
        string key;
        using (var owner = await App.SignedInBrowserAsync(email)) (key, _) = await EnableAsync(owner);
        using var client = App.Browser();

        var page = await SignInToSecondStepAsync(client, email);
        Assert.That((await client.GetAsync("/account")).StatusCode, Is.EqualTo(HttpStatusCode.Redirect), "not signed in after the password alone");

        var response = await client.SubmitAsync(page, "/account/sign-in/two-factor", new Dictionary<string, string> { ["Code"] = Accounts.AuthenticatorCode(key), ["CurrentPassword"] = Accounts.Password });
        Assert.That(response.Headers.Location?.OriginalString, Is.EqualTo("/account/orders"));
        Assert.That((await client.GetAsync("/account")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task A_wrong_code_at_sign_in_is_refused()
    {
        var email = Accounts.UniqueEmail();
        await App.CreateAccountAsync(email);
        string key;
        using (var owner = await App.SignedInBrowserAsync(email)) (key, _) = await EnableAsync(owner);
        using var client = App.Browser();

        var page = await SignInToSecondStepAsync(client, email);
        var response = await client.SubmitAsync(page, "/account/sign-in/two-factor", new Dictionary<string, string> { ["Code"] = Accounts.WrongAuthenticatorCode(key) });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((await response.ReadHtmlAsync()).Text(".form-errors"), Does.StartWith("That code didn't work."));
        Assert.That((await client.GetAsync("/account")).StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
    }

    [Test]
    public async Task A_recovery_code_signs_in_once()
    {
        var email = Accounts.UniqueEmail();
        await App.CreateAccountAsync(email);
        List<string> codes;
        using (var owner = await App.SignedInBrowserAsync(email)) (_, codes) = await EnableAsync(owner);

        using var client = App.Browser();
        await SignInToSecondStepAsync(client, email);
        var response = await client.PostFormAsync("/account/sign-in/recovery-code", new Dictionary<string, string> { ["RecoveryCode"] = codes[0] });
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        var (_, state) = await client.GetPageAsync("/account/two-factor");
        Assert.That(state.Text(".two-factor-state"), Does.Contain("You have 9 recovery codes left"));

        using var other = App.Browser();
        await SignInToSecondStepAsync(other, email);
        var reused = await other.PostFormAsync("/account/sign-in/recovery-code", new Dictionary<string, string> { ["RecoveryCode"] = codes[0] });
        Assert.That(reused.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((await reused.ReadHtmlAsync()).Text(".form-errors"), Does.Contain("Each code works only once"));
    }

    [TestCase(true)]
    [TestCase(false)]
    public async Task A_recovery_code_sign_in_keeps_remember_me_from_the_sign_in_page_as_the_code_step_does(bool rememberMe)
    {
        var email = Accounts.UniqueEmail();
        await App.CreateAccountAsync(email);
        List<string> codes;
        using (var owner = await App.SignedInBrowserAsync(email)) (_, codes) = await EnableAsync(owner);
        using var client = App.Browser();

        var twoFactor = await SignInToSecondStepAsync(client, email, rememberMe);
        var link = twoFactor.QuerySelectorAll("a").Single(a => a.Text() == "Use a recovery code").GetAttribute("href")!;
        var (_, recovery) = await client.GetPageAsync(link);
        var response = await client.SubmitAsync(recovery, "/account/sign-in/recovery-code", new Dictionary<string, string> { ["RecoveryCode"] = codes[0] });

        Assert.That(response.Headers.Location?.OriginalString, Is.EqualTo("/account/orders"));
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("shop.auth=", StringComparison.Ordinal));
        if (rememberMe) Assert.That(cookie, Does.Contain("expires").IgnoreCase, "remembered beyond the browser session");
        else Assert.That(cookie, Does.Not.Contain("expires").IgnoreCase, "ends with the browser session");
        Assert.That((await client.GetAsync("/account")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task A_recovery_code_counts_however_it_is_typed()
    {
        var email = Accounts.UniqueEmail();
        await App.CreateAccountAsync(email);
        List<string> codes;
        using (var owner = await App.SignedInBrowserAsync(email)) (_, codes) = await EnableAsync(owner);

        foreach (var typed in new[] { codes[0].ToLowerInvariant(), codes[1].Replace("-", ""), " " + codes[2].Replace("-", " ") + " " })
        {
            using var client = App.Browser();
            await SignInToSecondStepAsync(client, email);
            var response = await client.PostFormAsync("/account/sign-in/recovery-code", new Dictionary<string, string> { ["RecoveryCode"] = typed });
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), typed);
        }
    }

    [Test]
    public async Task The_second_step_pages_need_a_correct_password_first()
    {
        using var client = App.Browser();
        var twoFactor = await client.GetAsync("/account/sign-in/two-factor");
        var recovery = await client.GetAsync("/account/sign-in/recovery-code");
        Assert.That(twoFactor.Headers.Location?.OriginalString, Is.EqualTo("/account/sign-in"));
        Assert.That(recovery.Headers.Location?.OriginalString, Is.EqualTo("/account/sign-in"));
    }

    [Test]
    public async Task Turning_two_factor_off_signs_in_with_the_password_alone_again()
    {
        var email = Accounts.UniqueEmail();
        using var owner = await App.CreateAccountAndSignInAsync(email);
        var (key, _) = await EnableAsync(owner);

        var response = await owner.PostFormAsync("/account/two-factor", new Dictionary<string, string> { ["Disable.Secret"] = Accounts.Password },
            "form.disable-two-factor-form");
        Assert.That(response.Headers.Location?.OriginalString, Is.EqualTo("/account/two-factor"));
        var (_, state) = await owner.GetPageAsync("/account/two-factor");
        Assert.That(state.Text(".status-message"), Is.EqualTo("Two-factor authentication is off."));
        Assert.That((await owner.GetAsync("/account")).StatusCode, Is.EqualTo(HttpStatusCode.OK), "this session stays signed in");

        using var client = App.Browser();
        var signIn = await client.PostSignInAsync(email, Accounts.Password);
        Assert.That(signIn.Headers.Location?.OriginalString, Is.EqualTo("/"));
        var (_, setup) = await owner.GetPageAsync("/account/two-factor/enable");
        Assert.That(setup.Text(".shared-key"), Is.Not.EqualTo(key), "setting up again starts from a new key: the old one may still sit in an app");
    }
}
