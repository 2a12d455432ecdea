using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Shop.Web.Data;
using Shop.Web.Languages;
using Shop.Web.Shared;

namespace Shop.Web.Account;

/// <summary>Creating an account and confirming its email address.</summary>
[Route("account")]
public sealed class AccountController(UserManager<ShopUser> users, SignInManager<ShopUser> signIn, AccountMail mail, GuestAccounts guests,
    TimeProvider clock) : Controller
{
    [HttpGet("register")]
    public IActionResult Register() => View(new RegisterForm());

    [HttpPost("register")]
    [EnableRateLimiting(RateLimits.Register)]
    [EvenAnswerTime]
    public async Task<IActionResult> Register(RegisterForm form)
    {
        if (!ModelState.IsValid) return this.FormWithErrors(form);

        // Check the password before looking the email up, so a weak password is refused the same way for a
        // taken and a free address: the answer never tells whether an account exists.
        var user = new ShopUser { UserName = form.Email.Trim(), Email = form.Email.Trim(), FullName = form.FullName.Trim(), CreatedAt = clock.GetUtcNow() };
        foreach (var validator in users.PasswordValidators)
        {
            var check = await validator.ValidateAsync(users, user, form.Password);
            if (!check.Succeeded) ModelState.AddIdentityErrors(check, nameof(form.Password));
        }
        if (!ModelState.IsValid) return this.FormWithErrors(form);

        var existing = await users.FindByEmailAsync(user.Email);
        if (existing is not null)
        {
            // Hash as a new account would, so a taken address answers no faster than a free one.
            users.PasswordHasher.HashPassword(user, form.Password);
            await mail.SendAlreadyRegisteredAsync(existing);
            return RedirectToAction(nameof(CheckEmail));
        }

        // Taken since the look-up: a double click's first post made it, and its mail is on the way.
        if (await users.CreateUnlessTakenAsync(user, form.Password) is not { } result) return RedirectToAction(nameof(CheckEmail));
        if (!result.Succeeded)
        {
            ModelState.AddIdentityErrors(result, nameof(form.Password));
            return this.FormWithErrors(form);
        }
        await SendConfirmationAsync(users, mail, user);
        return RedirectToAction(nameof(CheckEmail));
    }

    [HttpGet("check-email")]
    public IActionResult CheckEmail() => View();

    /// <summary>
    /// The mailed link's page: the address is confirmed only when its reader presses the button (mail scanners open
    /// links, and someone else may have registered the address). An address confirmed already shows as confirmed.
    /// </summary>
    [HttpGet("confirm-email")]
    public async Task<IActionResult> ConfirmEmail(string? user, string? code, CancellationToken ct)
    {
        if (await ConfirmationLinkAsync(user, code) is not { } account) return LinkFailed();
        return View(account.EmailConfirmed
            ? new EmailConfirmation(true, await guests.UnclaimedCountAsync(account, ct), user, code)
            : new EmailConfirmation(false, 0, user, code, Email: account.Email));
    }

    /// <summary>
    /// The button pressed: the link proves the mailbox. Guest orders placed with the address wait for the account's
    /// password as well (<see cref="GuestAccounts"/>): whoever chose it may not own the mailbox.
    /// </summary>
    [HttpPost("confirm-email/confirm")]
    public async Task<IActionResult> ConfirmAddress(string? user, string? code, CancellationToken ct)
    {
        var (account, token) = await LinkCodes.ReadAsync(users, user, code);
        if (account is null || token is null) return LinkFailed();
        var confirmed = account.EmailConfirmed
            ? await ConfirmationLinkAsync(user, code) is not null // pressed twice, or the link opened again: it must still hold
            : (await users.ConfirmEmailAsync(account, token)).Succeeded;
        if (!confirmed) return LinkFailed();
        return View(nameof(ConfirmEmail), new EmailConfirmation(true, await guests.UnclaimedCountAsync(account, ct), user, code));
    }

    /// <summary>The same link, and the account's password: the guest orders placed with the address join the account.</summary>
    [HttpPost("confirm-email")]
    [EnableRateLimiting(RateLimits.SignIn)]
    public async Task<IActionResult> ClaimGuestOrders(string? user, string? code, string? password, CancellationToken ct)
    {
        if (await ConfirmationLinkAsync(user, code) is not { EmailConfirmed: true } account) return LinkFailed();
        var check = await signIn.CheckPasswordSignInAsync(account, password ?? "", lockoutOnFailure: true);
        if (!check.Succeeded)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            var why = check.IsLockedOut
                ? ShopText.Translate("Too many wrong passwords: try again in a few minutes, or reset your password.")
                : ShopText.Translate("That is not this account's password.");
            return View(nameof(ConfirmEmail), new EmailConfirmation(true, await guests.UnclaimedCountAsync(account, ct), user, code, why));
        }
        return View(nameof(ConfirmEmail), new EmailConfirmation(true, 0, user, code, Claimed: await guests.ClaimOrdersAsync(account, ct)));
    }

    /// <summary>The account whose confirmation link this is, if the link holds (the code is checked, not used up).</summary>
    private async Task<ShopUser?> ConfirmationLinkAsync(string? user, string? code)
    {
        var (account, token) = await LinkCodes.ReadAsync(users, user, code);
        return account is not null && token is not null && await users.VerifyUserTokenAsync(account,
            users.Options.Tokens.EmailConfirmationTokenProvider, UserManager<ShopUser>.ConfirmEmailTokenPurpose, token) ? account : null;
    }

    private ViewResult LinkFailed()
    {
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View(nameof(ConfirmEmail), new EmailConfirmation(false, 0, null, null));
    }

    /// <summary>Shared with sign-in, which sends a fresh link when an unconfirmed account signs in with the right password.</summary>
    internal static async Task SendConfirmationAsync(UserManager<ShopUser> users, AccountMail mail, ShopUser user) =>
        await mail.SendEmailConfirmationAsync(user, await users.GenerateEmailConfirmationTokenAsync(user));
}

/// <summary>
/// The confirmation page: the address waiting for its button (<paramref name="Email"/>), confirmed, or a link that does
/// not work; how many guest orders with the address wait for the password (the link's <paramref name="UserId"/> and
/// <paramref name="Code"/> go with the forms), why a password was refused, and how many joined.
/// </summary>
public sealed record EmailConfirmation(bool Confirmed, int GuestOrders, string? UserId, string? Code, string? PasswordError = null, int Claimed = 0,
    string? Email = null)
{
    public bool AwaitsButton => !Confirmed && Email is not null;
}
