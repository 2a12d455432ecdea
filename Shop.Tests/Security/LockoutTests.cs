using Microsoft.AspNetCore.Identity;

namespace Shop.Tests.Security;

/// <summary>
/// Lockout comes first: a locked account never tells whether a password or code was right. A lock set by staff
/// stays until staff lift it: no reset mail for it, and a password reset does not lift it.
/// </summary>
public class LockoutTests : ShopFixture
{
    protected override Dictionary<string, string?> Settings => NoDemoCatalog();

    private Task<T> WithUsersAsync<T>(Func<UserManager<ShopUser>, Task<T>> work) => App.WithAsync(work);

    private Task LockByStaffAsync(string email) => WithUsersAsync(async users =>
        (await users.SetLockoutEndDateAsync((await users.FindByEmailAsync(email))!, ShopUser.StaffLockEnd)).Succeeded);

    [Test]
    public async Task An_account_locked_by_staff_gets_no_reset_mail_and_a_reset_does_not_unlock_it()
    {
        var email = Accounts.UniqueEmail("locked");
        var user = await App.CreateAccountAsync(email);
        var token = await WithUsersAsync(users => users.GeneratePasswordResetTokenAsync(user)); // a link mailed before the lock
        await LockByStaffAsync(email);
        using var client = App.Browser();

        var forgot = await client.PostFormAsync("/account/forgot-password", new Dictionary<string, string> { ["Email"] = email });
        Assert.That(forgot.Headers.Location?.OriginalString, Is.EqualTo("/account/forgot-password/sent"), "the same answer as for anyone");
        Assert.That(App.MailTo(email), Is.Empty);

        var reset = await client.PostFormAsync($"/account/reset-password?user={user.Id}&code={LinkCodes.Encode(token)}",
            new Dictionary<string, string> { ["Password"] = "a-brand-new-passphrase" });
        Assert.That(reset.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await WithUsersAsync(async users => (await users.FindByEmailAsync(email))!.IsLockedByStaff()), Is.True);
        var signIn = await client.PostSignInAsync(email, "a-brand-new-passphrase");
        Assert.That((await signIn.ReadHtmlAsync()).Text(".form-errors"), Is.EqualTo(SignInController.LockedOutMessage));
    }

    [Test]
    public async Task A_locked_unconfirmed_account_does_not_tell_that_the_password_was_right()
    {
        var email = Accounts.UniqueEmail("unconfirmed");
        await WithUsersAsync(users => users.CreateAsync(new ShopUser { UserName = email, Email = email, FullName = "U" }, Accounts.Password));
        using var client = App.Browser();
        for (var i = 0; i < UnknownEmailAttempts.MaxAttempts; i++) await client.PostSignInAsync(email, "wrong-password-" + i);

        var right = await client.PostSignInAsync(email, Accounts.Password);

        Assert.That((await right.ReadHtmlAsync()).Text(".form-errors"), Is.EqualTo(SignInController.LockedOutMessage));
        Assert.That(App.MailTo(email), Is.Empty, "no confirmation mail, which would tell the password was right");
    }

    [Test]
    public async Task A_locked_account_is_refused_at_the_recovery_code_step_even_with_a_good_code()
    {
        var email = Accounts.UniqueEmail("twofactor");
        var user = await App.CreateAccountAsync(email);
        var codes = await WithUsersAsync(async users =>
        {
            user = (await users.FindByIdAsync(user.Id))!;
            await users.ResetAuthenticatorKeyAsync(user);
            await users.SetTwoFactorEnabledAsync(user, true);
            return (await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 10))!.ToList();
        });
        using var client = App.Browser();
        var password = await client.PostSignInAsync(email, Accounts.Password);
        Assert.That(password.Headers.Location?.OriginalString, Does.StartWith("/account/sign-in/two-factor"));

        // Guessing recovery codes counts like guessing passwords.
        for (var i = 0; i < UnknownEmailAttempts.MaxAttempts; i++)
            await client.PostFormAsync("/account/sign-in/recovery-code", new Dictionary<string, string> { ["RecoveryCode"] = $"wrong-{i:0000}" });
        var good = await client.PostFormAsync("/account/sign-in/recovery-code", new Dictionary<string, string> { ["RecoveryCode"] = codes[0] });

        Assert.That((await good.ReadHtmlAsync()).Text(".form-errors"), Is.EqualTo(SignInController.LockedOutMessage));
        Assert.That((await client.GetAsync("/account")).StatusCode, Is.EqualTo(HttpStatusCode.Redirect), "not signed in");
        Assert.That(await WithUsersAsync(async users => await users.CountRecoveryCodesAsync((await users.FindByIdAsync(user.Id))!)), Is.EqualTo(10),
            "the good code was not used up");
    }
}
