using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Shop.Web.Data;
using Shop.Web.Shared;

namespace Shop.Web.Account;

/// <summary>Creating an account and confirming its email address.</summary>
[Route("account")]
public sealed class AccountController(UserManager<ShopUser> users, AccountMail mail, GuestAccounts guests, TimeProvider clock) : Controller
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
            mail.SendAlreadyRegistered(existing);
            return RedirectToAction(nameof(CheckEmail));
        }

        var result = await users.CreateAsync(user, form.Password);
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

    [HttpGet("confirm-email")]
    public async Task<IActionResult> ConfirmEmail(string? user, string? code, CancellationToken ct)
    {
        var (account, token) = await LinkCodes.ReadAsync(users, user, code);
        var confirmed = account is not null && token is not null && (await users.ConfirmEmailAsync(account, token)).Succeeded;
        if (confirmed) await guests.ClaimOrdersAsync(account!, ct); // the email is proved: its guest orders are this account's
        else Response.StatusCode = StatusCodes.Status400BadRequest;
        return View(confirmed);
    }

    /// <summary>Shared with sign-in, which sends a fresh link when an unconfirmed account signs in with the right password.</summary>
    internal static async Task SendConfirmationAsync(UserManager<ShopUser> users, AccountMail mail, ShopUser user) =>
        mail.SendEmailConfirmation(user, await users.GenerateEmailConfirmationTokenAsync(user));
}
