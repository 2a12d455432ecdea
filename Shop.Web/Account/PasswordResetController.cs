using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Shop.Web.Data;
using Shop.Web.Shared;

namespace Shop.Web.Account;

/// <summary>Forgot password: a mail with a link that works once and for a limited time, then a new password.</summary>
[Route("account")]
public sealed class PasswordResetController(UserManager<ShopUser> users, AccountMail mail, GuestAccounts guests, UsedResetLinks used, ShopDbContext db) : Controller
{
    [HttpGet("forgot-password")]
    public IActionResult Forgot() => View(new ForgotPasswordForm());

    [HttpPost("forgot-password")]
    [EnableRateLimiting(RateLimits.PasswordReset)] // each one may send a mail
    [EvenAnswerTime]
    public async Task<IActionResult> Forgot(ForgotPasswordForm form)
    {
        if (!ModelState.IsValid) return this.FormWithErrors(form);

        // Same answer whether or not the account exists; only its owner gets a mail, and not while staff have locked it.
        // An account never confirmed gets one too: it may have been made by someone else with this address, and the
        // link is how the address's owner takes it over.
        var user = await users.FindByEmailAsync(form.Email.Trim());
        if (user is not null && !user.IsLockedByStaff())
            await mail.SendPasswordResetAsync(user, await users.GeneratePasswordResetTokenAsync(user));
        return RedirectToAction(nameof(Sent));
    }

    [HttpGet("forgot-password/sent")]
    public IActionResult Sent() => View();

    [HttpGet("reset-password")]
    public async Task<IActionResult> Reset(string? user, string? code)
    {
        var (account, token) = await LinkCodes.ReadAsync(users, user, code);
        // Check the link now so an old or used one is explained before anyone types a new password.
        if (account is null || token is null ||
            !await users.VerifyUserTokenAsync(account, users.Options.Tokens.PasswordResetTokenProvider, UserManager<ShopUser>.ResetPasswordTokenPurpose, token))
            return LinkInvalid();
        return View(new ResetPasswordForm { UserId = account.Id, Code = code! });
    }

    [HttpPost("reset-password")]
    [EnableRateLimiting(RateLimits.PasswordReset)]
    public async Task<IActionResult> Reset(ResetPasswordForm form)
    {
        if (!ModelState.IsValid) return this.FormWithErrors(form);

        var (account, token) = await LinkCodes.ReadAsync(users, form.UserId, form.Code);
        if (account is null || token is null || account.IsLockedByStaff()) return LinkInvalid();

        var result = await users.ResetPasswordAsync(account, token, form.Password);
        if (result.Errors.Any(e => e.Code is nameof(IdentityErrorDescriber.InvalidToken) or nameof(IdentityErrorDescriber.ConcurrencyFailure)))
        {
            // A double click: the first post used the link a moment ago, to set the password this one carries.
            if (await used.JustUsedAsync(account.Id, form.Code, HttpContext.RequestAborted))
            {
                await db.Entry(account).ReloadAsync(HttpContext.RequestAborted); // the password as the first post saved it
                if (await users.CheckPasswordAsync(account, form.Password)) return RedirectToAction(nameof(Done));
            }
            return LinkInvalid();
        }
        if (!result.Succeeded)
        {
            ModelState.AddIdentityErrors(result, nameof(form.Password));
            form.Password = "";
            return this.FormWithErrors(form);
        }

        await used.MarkAsync(account.Id, form.Code);
        // The mail proved the address, and whoever was guessing the old password no longer matters (a staff lock
        // was refused above: only staff undo it).
        await users.SetLockoutEndDateAsync(account, null);
        await users.ResetAccessFailedCountAsync(account);
        if (!account.EmailConfirmed)
        {
            account.EmailConfirmed = true;
            await users.UpdateAsync(account);
        }
        // Mailbox and password proved by one person: the address's guest orders are this account's (GuestAccounts).
        await guests.ClaimOrdersAsync(account, HttpContext.RequestAborted);
        return RedirectToAction(nameof(Done));
    }

    [HttpGet("reset-password/done")]
    public IActionResult Done() => View();

    private ViewResult LinkInvalid()
    {
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View("LinkInvalid");
    }
}
