using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Shop.Web.Data;
using Shop.Web.Languages;

namespace Shop.Web.Account;

/// <summary>Changing the password and the email address, the two things that sign a person in.</summary>
[Authorize]
[Route("account")]
public sealed class SignInDetailsController(UserManager<ShopUser> users, SignInManager<ShopUser> signIn, AccountMail mail,
    Reauthentication reauth, EmailUndo undo, IUserStore<ShopUser> userNames, ShopDbContext db) : Controller
{
    [HttpGet("password")]
    public IActionResult ChangePassword() => View(new ChangePasswordForm());

    [HttpPost("password")]
    public async Task<IActionResult> ChangePassword(ChangePasswordForm form)
    {
        if (await users.GetUserAsync(User) is not { } user) return Challenge();
        if (ModelState.IsValid && await reauth.RefusalAsync(user, form.CurrentPassword, allowCode: false) is { } refusal)
        {
            // A double click's first post changed it a moment ago: the new password is the account's now. (The refusal
            // counted a wrong try, so guessing here costs as much as in the current-password box.)
            if (await IsThePasswordAsync(user, form.NewPassword))
            {
                await users.ResetAccessFailedCountAsync(user);
                return await PasswordChangedAsync(user);
            }
            ModelState.AddModelError(nameof(form.CurrentPassword), refusal);
        }
        if (!ModelState.IsValid) return this.FormWithErrors(new ChangePasswordForm());

        // ChangePasswordAsync also renews the security stamp, so every other session is signed out at its next
        // check (Shop:Accounts:SessionCheckInterval); this one gets a fresh cookie below.
        var result = await users.ChangePasswordAsync(user, form.CurrentPassword, form.NewPassword);
        if (result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.ConcurrencyFailure)))
        {
            // Changed at the same moment: by this form's other post (a double click) when its new password is the account's
            // now, read again (this post's copy is stale). Else the shopper is told, in words, to try again.
            await db.Entry(user).ReloadAsync();
            result = await IsThePasswordAsync(user, form.NewPassword) ? IdentityResult.Success
                : IdentityResult.Failed(new IdentityError { Code = "", Description = "Your account changed at the same moment. Please try again." });
        }
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                var field = error.Code == nameof(IdentityErrorDescriber.PasswordMismatch) ? nameof(form.CurrentPassword)
                    : error.Code.StartsWith("Password", StringComparison.Ordinal) ? nameof(form.NewPassword) : "";
                ModelState.AddModelError(field, error.Code == nameof(IdentityErrorDescriber.PasswordMismatch) ? ShopText.Translate(Reauthentication.WrongPassword) : IdentityMessages.Translate(error));
            }
            return this.FormWithErrors(new ChangePasswordForm());
        }
        return await PasswordChangedAsync(user);
    }

    private async Task<IActionResult> PasswordChangedAsync(ShopUser user)
    {
        await signIn.RefreshSignInAsync(user);
        TempData[StatusMessage.Key] = ShopText.Translate("Your password was changed. Other devices signed in to your account have been signed out.");
        return RedirectToAction(nameof(MyAccountController.Index), "MyAccount");
    }

    private async Task<bool> IsThePasswordAsync(ShopUser user, string? password) =>
        !string.IsNullOrEmpty(password) && !await users.IsLockedOutAsync(user) && await users.CheckPasswordAsync(user, password);

    [HttpGet("email")]
    public async Task<IActionResult> ChangeEmail()
    {
        if (await users.GetUserAsync(User) is not { } user) return Challenge();
        return View(new ChangeEmailForm { CurrentEmail = user.Email });
    }

    [HttpPost("email")]
    public async Task<IActionResult> ChangeEmail(ChangeEmailForm form)
    {
        if (await users.GetUserAsync(User) is not { } user) return Challenge();
        form.CurrentEmail = user.Email;
        var newEmail = (form.NewEmail ?? "").Trim();
        if (ModelState.IsValid && string.Equals(newEmail, user.Email, StringComparison.OrdinalIgnoreCase))
            ModelState.AddModelError(nameof(form.NewEmail), ShopText.Translate("That is already your email address."));
        if (ModelState.IsValid && await reauth.RefusalAsync(user, form.CurrentPassword) is { } refusal)
            ModelState.AddModelError(nameof(form.CurrentPassword), refusal);
        form.CurrentPassword = "";
        if (!ModelState.IsValid) return this.FormWithErrors(form);

        // Whether the new address belongs to someone else is only checked when the link is used, so this page
        // can't be used to find out which addresses have accounts.
        if (!await mail.SendEmailChangeConfirmationAsync(user, newEmail, await users.GenerateChangeEmailTokenAsync(user, newEmail)))
        {
            ModelState.AddModelError("", ShopText.Translate("We have sent several mails for your account in the last hour. Please try again later."));
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
            return View(form);
        }
        TempData[StatusMessage.Key] = ShopText.Translate("We've sent a confirmation link to {0}. Your email changes once you confirm on the page it opens.", newEmail);
        return RedirectToAction(nameof(MyAccountController.Index), "MyAccount");
    }

    /// <summary>
    /// The mailed link's page names the new address; only its button changes it (mail scanners open links, and a
    /// mistyped address may be a stranger's). Anonymous: the link may be opened on another device; the token proves who asked.
    /// </summary>
    [HttpGet("email/confirm")]
    [AllowAnonymous]
    public async Task<IActionResult> ConfirmEmailChange(string? user, string? email, string? code)
    {
        var (account, token) = await LinkCodes.ReadAsync(users, user, code);
        if (account is null || token is null || string.IsNullOrWhiteSpace(email) || string.IsNullOrEmpty(code)) return Result(false, null);
        // The purpose ChangeEmailAsync checks (UserManager's GetChangeEmailTokenPurpose is protected): checked, not used up.
        if (!await users.VerifyUserTokenAsync(account, users.Options.Tokens.ChangeEmailTokenProvider, "ChangeEmail:" + email, token))
            return Result(false, null);
        return View(new EmailChangeLink(account.Id, email, code));
    }

    /// <summary>The button pressed: the email (and the user name) change.</summary>
    [HttpPost("email/confirm")]
    [AllowAnonymous]
    public async Task<IActionResult> ChangeEmailNow(string? user, string? email, string? code)
    {
        var (account, token) = await LinkCodes.ReadAsync(users, user, code);
        if (account is null || token is null || string.IsNullOrWhiteSpace(email)) return Result(false, null);

        var oldEmail = account.Email!;
        // The email is also the user name people sign in with: both change in the one save of ChangeEmailAsync.
        await userNames.SetUserNameAsync(account, email, CancellationToken.None);
        var result = await users.ChangeEmailAsync(account, email, token);
        if (!result.Succeeded)
            return Result(false, result.Errors.Any(e => e.Code is nameof(IdentityErrorDescriber.DuplicateEmail) or nameof(IdentityErrorDescriber.DuplicateUserName))
                ? ShopText.Translate("Another account already uses that email address, so it can't be moved to yours.")
                : null);

        mail.SendEmailChanged(account, oldEmail, undo.Code(new EmailUndo.Change(account.Id, oldEmail, email)));
        if (signIn.IsSignedIn(User) && users.GetUserId(User) == account.Id) await signIn.RefreshSignInAsync(account);
        return Result(true, null);
    }

    private ViewResult Result(bool changed, string? reason)
    {
        if (!changed) Response.StatusCode = StatusCodes.Status400BadRequest;
        ViewData["Reason"] = reason;
        return View("EmailChanged", changed);
    }
}

/// <summary>A valid email-change link, shown as a page with a button.</summary>
public sealed record EmailChangeLink(string UserId, string NewEmail, string Code);
