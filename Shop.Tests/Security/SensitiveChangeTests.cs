using Microsoft.AspNetCore.Identity;

namespace Shop.Tests.Security;

/// <summary>
/// A session left open (a shared computer, a stolen cookie) is not enough to take an account over: changing the
/// email, password or two-factor, or deleting the account, asks for the password (or an authenticator code), and
/// the old address can undo an email change.
/// </summary>
public class SensitiveChangeTests : ShopFixture
{
    // Sessions re-check their account on every request, so a sign-out everywhere shows at once.
    protected override Dictionary<string, string?> Settings => NoDemoCatalog(("Shop:Accounts:SessionCheckInterval", "00:00:00"));

    private Task<string?> EmailOfAsync(string id) =>
        App.WithAsync<UserManager<ShopUser>, string?>(async users => (await users.FindByIdAsync(id))?.Email);

    [Test]
    public async Task Signing_out_ends_the_session_so_a_copy_of_its_cookie_opens_nothing_and_other_devices_stay()
    {
        var email = Accounts.UniqueEmail();
        await App.CreateAccountAsync(email);
        using var browser = App.Browser();
        var signedIn = await browser.PostSignInAsync(email, Accounts.Password);
        var cookie = signedIn.Headers.GetValues("Set-Cookie").First(c => c.StartsWith("shop.auth=", StringComparison.Ordinal)).Split(';')[0];
        using var copy = App.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        copy.DefaultRequestHeaders.Add("Cookie", cookie);
        using var otherDevice = await App.SignedInBrowserAsync(email);
        var copyBefore = await copy.GetAsync("/account");

        var (_, account) = await browser.GetPageAsync("/account"); // its session is checked and renewed here, keeping its id
        await browser.SubmitFormAsync(account, "form.sign-out-form");
        var copyAfter = await copy.GetAsync("/account");
        var otherAfter = await otherDevice.GetAsync("/account");

        Assert.Multiple(() =>
        {
            Assert.That(copyBefore.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(copyAfter.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), "the copied cookie is signed out with its session");
            Assert.That(copyAfter.Headers.Location?.ToString(), Does.Contain("/account/sign-in"));
            Assert.That(otherAfter.StatusCode, Is.EqualTo(HttpStatusCode.OK), "the shopper's other sessions go on");
        });
    }

    [TestCase("")]
    [TestCase("not-my-password-1")]
    public async Task Changing_the_email_without_the_password_is_refused_and_sends_nothing(string password)
    {
        var email = Accounts.UniqueEmail();
        var newEmail = Accounts.UniqueEmail("thief");
        using var session = await App.CreateAccountAndSignInAsync(email);

        var response = await session.PostFormAsync("/account/email", new Dictionary<string, string> { ["NewEmail"] = newEmail, ["CurrentPassword"] = password });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((await response.ReadHtmlAsync()).Text("[data-valmsg-for=CurrentPassword]"), Is.Not.Empty);
        Assert.That(App.MailTo(newEmail), Is.Empty);
    }

    [Test]
    public async Task An_empty_new_email_is_asked_for_not_a_server_error()
    {
        using var session = await App.CreateAccountAndSignInAsync(Accounts.UniqueEmail());

        var response = await session.PostFormAsync("/account/email", new Dictionary<string, string> { ["NewEmail"] = "", ["CurrentPassword"] = Accounts.Password });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((await response.ReadHtmlAsync()).Text("[data-valmsg-for=NewEmail]"), Is.Not.Empty);
    }

    [Test]
    public async Task A_new_email_with_an_apostrophe_becomes_the_sign_in_name_and_frees_the_old_one()
    {
        var email = Accounts.UniqueEmail("alice");
        var newEmail = "alice.o'hara." + Guid.NewGuid().ToString("n")[..8] + "@example.com";
        var user = await App.CreateAccountAsync(email);
        using var session = await App.SignedInBrowserAsync(email);
        await session.PostFormAsync("/account/email", new Dictionary<string, string> { ["NewEmail"] = newEmail, ["CurrentPassword"] = Accounts.Password });

        var (confirmed, _) = await session.ConfirmEmailChangeAsync(App.LastMailTo(newEmail).LinkTo("/account/email/confirm"));

        Assert.That(confirmed.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var names = await App.WithDbAsync(db => db.Users.Where(u => u.Id == user.Id).Select(u => new { u.Email, u.UserName }).SingleAsync());
        Assert.That((names.Email, names.UserName), Is.EqualTo((newEmail, newEmail)));
        using var fresh = App.Browser();
        await fresh.SignInAsync(newEmail);
        await App.CreateAccountAsync(email); // the old address is free for a new account
    }

    [Test]
    public async Task A_right_password_wipes_the_wrong_ones_typed_before_it()
    {
        var email = Accounts.UniqueEmail();
        using var session = await App.CreateAccountAndSignInAsync(email);
        Task<HttpResponseMessage> ChangeEmail(string password) => session.PostFormAsync("/account/email",
            new Dictionary<string, string> { ["NewEmail"] = Accounts.UniqueEmail("new"), ["CurrentPassword"] = password });
        for (var i = 0; i < 4; i++) await ChangeEmail("not-my-password-1");

        Assert.That((await ChangeEmail(Accounts.Password)).StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        var typo = await ChangeEmail("not-my-password-1");

        Assert.That((await typo.ReadHtmlAsync()).Text("[data-valmsg-for=CurrentPassword]"), Is.EqualTo(Reauthentication.WrongPasswordOrCode), "one typo, not a lockout");
    }

    [Test]
    public async Task An_email_change_tells_the_old_address_which_can_undo_it_and_sign_everyone_out()
    {
        var email = Accounts.UniqueEmail("owner");
        var thief = Accounts.UniqueEmail("thief");
        var user = await App.CreateAccountAsync(email);
        using var session = await App.SignedInBrowserAsync(email);
        await session.PostFormAsync("/account/email", new Dictionary<string, string> { ["NewEmail"] = thief, ["CurrentPassword"] = Accounts.Password });
        await session.ConfirmEmailChangeAsync(App.LastMailTo(thief).LinkTo("/account/email/confirm"));
        Assert.That(await EmailOfAsync(user.Id), Is.EqualTo(thief));

        var notice = App.LastMailTo(email);
        Assert.That(notice.Subject, Does.Contain("was changed"));
        var undoLink = notice.LinkTo("/account/email/undo");
        using var owner = App.Browser();
        var (shown, page) = await owner.GetPageAsync(undoLink);
        Assert.That(shown.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await EmailOfAsync(user.Id), Is.EqualTo(thief), "opening the link (a mail scanner does) changes nothing");

        var undone = await owner.SubmitAsync(page, undoLink, new Dictionary<string, string>(), "form.undo-email-form");

        Assert.That(undone.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await undone.ReadHtmlAsync()).Text("h1"), Is.EqualTo("Email change undone"));
        Assert.That(await EmailOfAsync(user.Id), Is.EqualTo(email));
        Assert.That((await session.GetAsync("/account")).StatusCode, Is.EqualTo(HttpStatusCode.Redirect), "the session that changed it is signed out");
        await owner.SignInAsync(email);
        var again = await owner.SubmitAsync(page, undoLink, new Dictionary<string, string>(), "form.undo-email-form");
        Assert.That(again.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest), "the link undoes one change, once");
    }

    [TestCase("not-my-password-1")]
    [TestCase("123456")]
    public async Task Turning_two_factor_off_or_making_new_codes_needs_the_password_or_a_current_code(string wrong)
    {
        var email = Accounts.UniqueEmail();
        using var session = await App.CreateAccountAndSignInAsync(email);
        var key = await EnableTwoFactorAsync(session);

        var off = await session.PostFormAsync("/account/two-factor", new Dictionary<string, string> { ["Disable.Secret"] = wrong }, "form.disable-two-factor-form");
        var codes = await session.PostFormAsync("/account/two-factor", new Dictionary<string, string> { ["Codes.Secret"] = wrong }, "form.new-recovery-codes-form");

        Assert.That(off.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((await off.ReadHtmlAsync()).Text("#Disable_Secret-error"), Is.EqualTo(Reauthentication.WrongPasswordOrCode));
        Assert.That(codes.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        var (_, state) = await session.GetPageAsync("/account/two-factor");
        Assert.That(state.Text(".two-factor-state"), Does.Contain("is on"));

        var withCode = await session.PostFormAsync("/account/two-factor", new Dictionary<string, string> { ["Codes.Secret"] = Accounts.AuthenticatorCode(key) },
            "form.new-recovery-codes-form");
        Assert.That((await withCode.ReadHtmlAsync()).Texts(".recovery-codes li"), Has.Count.EqualTo(10), "a current code from the app works too");
    }

    [Test]
    public async Task Turning_two_factor_on_needs_the_password_and_a_key_in_use_is_never_shown_again()
    {
        var email = Accounts.UniqueEmail();
        using var session = await App.CreateAccountAndSignInAsync(email);
        var (_, setup) = await session.GetPageAsync("/account/two-factor/enable");
        var key = setup.Text(".shared-key");

        var refused = await session.SubmitAsync(setup, "/account/two-factor/enable",
            new Dictionary<string, string> { ["Code"] = Accounts.AuthenticatorCode(key), ["CurrentPassword"] = "not-my-password-1" });
        Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((await refused.ReadHtmlAsync()).Text("[data-valmsg-for=CurrentPassword]"), Is.EqualTo(Reauthentication.WrongPassword));

        await EnableTwoFactorAsync(session);
        var (again, _) = await session.GetPageAsync("/account/two-factor/enable");
        Assert.That(again.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), "the set-up page, with its key, is gone once the key is in use");
        Assert.That(await again.Content.ReadAsStringAsync(), Does.Not.Contain("shared-key"));
    }

    [Test]
    public async Task Opening_two_factor_set_up_signs_no_other_session_out_and_only_a_posted_new_key_does()
    {
        var email = Accounts.UniqueEmail();
        using var session = await App.CreateAccountAndSignInAsync(email);
        using var phone = await App.SignedInBrowserAsync(email);

        // What a link from another site can do: open the page, twice.
        await session.GetPageAsync("/account/two-factor/enable");
        await session.GetPageAsync("/account/two-factor/enable");
        Assert.That((await phone.GetAsync("/account")).StatusCode, Is.EqualTo(HttpStatusCode.OK), "the other session stays signed in");

        var forged = await session.PostAsync("/account/two-factor/new-key", new FormUrlEncodedContent([]));
        Assert.That(forged.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest), "a post without the page's token is refused");

        var renewed = await session.PostFormAsync("/account/two-factor/enable", "form#new-key-form");
        Assert.That(renewed.Headers.Location?.OriginalString, Is.EqualTo("/account/two-factor/enable"));
        Assert.That((await session.GetAsync("/account")).StatusCode, Is.EqualTo(HttpStatusCode.OK), "this session stays signed in");
        Assert.That((await phone.GetAsync("/account")).StatusCode, Is.EqualTo(HttpStatusCode.Redirect),
            "a new key renews the security stamp: a session that may have seen the old one is signed out");
    }

    [Test]
    public async Task Deleting_the_account_needs_the_password_and_the_last_admin_cannot_delete_theirs()
    {
        var admin = Accounts.UniqueEmail("admin");
        await App.CreateAccountAsync(admin, roles: Roles.Admin);
        await OtherAdminsLeaveAsync(admin);
        using var session = await App.SignedInBrowserAsync(admin);

        var wrong = await session.PostFormAsync("/account/delete", new Dictionary<string, string> { ["Password"] = "not-my-password-1" });
        Assert.That(wrong.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        var last = await session.PostFormAsync("/account/delete", new Dictionary<string, string> { ["Password"] = Accounts.Password });
        Assert.That(last.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((await last.ReadHtmlAsync()).Text(".form-errors"), Does.Contain("last admin"));

        await App.CreateAccountAsync(Accounts.UniqueEmail("second-admin"), roles: Roles.Admin);
        var deleted = await session.PostFormAsync("/account/delete", new Dictionary<string, string> { ["Password"] = Accounts.Password });
        Assert.That(deleted.Headers.Location?.OriginalString, Is.EqualTo("/account/deleted"), "with another admin, an admin may go");
    }

    /// <summary>Other fixtures' admins in this app would make this one not the last: lock them out for the test.</summary>
    private Task OtherAdminsLeaveAsync(string keep) => App.WithAsync<UserManager<ShopUser>, bool>(async users =>
    {
        foreach (var other in (await users.GetUsersInRoleAsync(Roles.Admin)).Where(a => a.Email != keep))
            await users.RemoveFromRoleAsync(other, Roles.Admin);
        return true;
    });

    private static async Task<string> EnableTwoFactorAsync(HttpClient session)
    {
        var (_, setup) = await session.GetPageAsync("/account/two-factor/enable");
        var key = setup.Text(".shared-key");
        var response = await session.SubmitAsync(setup, "/account/two-factor/enable",
            new Dictionary<string, string> { ["Code"] = Accounts.AuthenticatorCode(key), ["CurrentPassword"] = Accounts.Password });
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        return key;
    }
}
