using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Shop.Web.Data;
using Shop.Web.Shared;
using Shop.Web.Languages;

namespace Shop.Web.Account;

/// <summary>
/// Signing in (password, then an authenticator or recovery code when two-factor is on) and out. Failures say
/// "invalid email or password" whether or not the account exists.
/// </summary>
[Route("account")]
public sealed class SignInController(
    UserManager<ShopUser> users, SignInManager<ShopUser> signIn, AccountMail mail, UnknownEmailAttempts unknownEmails, ILogger<SignInController> log) : Controller
{
    public const string InvalidMessage = "Invalid email or password.";
    public const string LockedOutMessage = "Too many failed attempts. Sign-in is locked for 15 minutes; try again later or reset your password.";

    [HttpGet("sign-in")]
    public IActionResult SignIn(string? returnUrl) => View(new SignInForm { ReturnUrl = Url.LocalOrNull(returnUrl) });

    [HttpPost("sign-in")]
    [EnableRateLimiting(RateLimits.SignIn)]
    [EvenAnswerTime]
    public async Task<IActionResult> SignIn(SignInForm form)
    {
        form.ReturnUrl = Url.LocalOrNull(form.ReturnUrl);
        if (!ModelState.IsValid) return this.FormWithErrors(form);

        var user = await users.FindByEmailAsync(form.Email.Trim());
        if (user is null)
        {
            // Hash anyway, so an unknown email doesn't answer measurably faster than a wrong password.
            users.PasswordHasher.HashPassword(new ShopUser(), form.Password);
            return Refuse(form, await unknownEmails.FailAndCheckLockedAsync(form.Email, HttpContext.RequestAborted) ? LockedOutMessage : InvalidMessage);
        }

        var result = await signIn.PasswordSignInAsync(user, form.Password, form.RememberMe, lockoutOnFailure: true);
        if (result.Succeeded) return LocalRedirect(Url.LocalOrHome(form.ReturnUrl));
        if (result.RequiresTwoFactor) return RedirectToAction(nameof(TwoFactor), new { returnUrl = form.ReturnUrl, rememberMe = form.RememberMe });
        if (result.IsLockedOut)
        {
            // Identity answers a locked account before hashing; hash anyway, as for an unknown email.
            users.PasswordHasher.HashPassword(user, form.Password);
            log.LogWarning("Sign-in locked out for account {UserId}", user.Id);
            return Refuse(form, LockedOutMessage);
        }
        if (result.IsNotAllowed)
        {
            // Identity refuses an unconfirmed account before it checks lockout or the password; check both ourselves, so
            // a locked account tells nothing and only someone who knows the password learns the email needs confirming.
            if (await users.IsLockedOutAsync(user)) return Refuse(form, LockedOutMessage);
            if (await users.CheckPasswordAsync(user, form.Password))
            {
                await AccountController.SendConfirmationAsync(users, mail, user);
                return Refuse(form, "Please confirm your email address first. We've sent you a new confirmation link.");
            }
            await users.AccessFailedAsync(user);
            if (await users.IsLockedOutAsync(user)) return Refuse(form, LockedOutMessage);
        }
        return Refuse(form, InvalidMessage);
    }

    [HttpGet("sign-in/two-factor")]
    public async Task<IActionResult> TwoFactor(string? returnUrl, bool rememberMe)
    {
        if (await signIn.GetTwoFactorAuthenticationUserAsync() is null) return RedirectToAction(nameof(SignIn));
        return View(new TwoFactorSignInForm { ReturnUrl = Url.LocalOrNull(returnUrl), RememberMe = rememberMe });
    }

    [HttpPost("sign-in/two-factor")]
    [EnableRateLimiting(RateLimits.SignIn)] // six-digit codes: guessing them is brute force too
    public async Task<IActionResult> TwoFactor(TwoFactorSignInForm form)
    {
        form.ReturnUrl = Url.LocalOrNull(form.ReturnUrl);
        if (await signIn.GetTwoFactorAuthenticationUserAsync() is not { } user) return RedirectToAction(nameof(SignIn));
        if (!ModelState.IsValid) return this.FormWithErrors(form);
        if (await users.IsLockedOutAsync(user)) return CodeRefused(form, LockedOutMessage);

        var result = await signIn.TwoFactorAuthenticatorSignInAsync(FormResults.StripCode(form.Code), form.RememberMe, form.RememberBrowser);
        if (result.Succeeded) return LocalRedirect(Url.LocalOrHome(form.ReturnUrl));
        return CodeRefused(form, result.IsLockedOut ? LockedOutMessage : "That code didn't work. Check your authenticator app and try the current code.");
    }

    [HttpGet("sign-in/recovery-code")]
    public async Task<IActionResult> RecoveryCode(string? returnUrl, bool rememberMe)
    {
        if (await signIn.GetTwoFactorAuthenticationUserAsync() is null) return RedirectToAction(nameof(SignIn));
        return View(new RecoveryCodeSignInForm { ReturnUrl = Url.LocalOrNull(returnUrl), RememberMe = rememberMe });
    }

    [HttpPost("sign-in/recovery-code")]
    [EnableRateLimiting(RateLimits.SignIn)]
    public async Task<IActionResult> RecoveryCode(RecoveryCodeSignInForm form)
    {
        form.ReturnUrl = Url.LocalOrNull(form.ReturnUrl);
        if (await signIn.GetTwoFactorAuthenticationUserAsync() is not { } user) return RedirectToAction(nameof(SignIn));
        if (!ModelState.IsValid) return this.FormWithErrors(form);
        // Lockout first: a locked account never learns whether a code was right.
        if (await users.IsLockedOutAsync(user)) return CodeRefused(form, LockedOutMessage);

        if (await signIn.SignInWithRecoveryCodeAsync(user, FormResults.RecoveryCode(form.RecoveryCode), form.RememberMe))
            return LocalRedirect(Url.LocalOrHome(form.ReturnUrl));
        // Identity does not count wrong recovery codes; count them like wrong passwords.
        await users.AccessFailedAsync(user);
        return CodeRefused(form, await users.IsLockedOutAsync(user) ? LockedOutMessage : "That recovery code didn't work. Each code works only once.");
    }

    /// <summary>
    /// POST only, with an antiforgery token: a link or image elsewhere can't sign anybody out. The session ends on the
    /// server too, so a copy of the cookie stops working (<see cref="SignedOutSessions"/>).
    /// </summary>
    [HttpPost("sign-out")]
    public async Task<IActionResult> SignOutNow([FromServices] SignedOutSessions sessions, CancellationToken ct)
    {
        await sessions.EndAsync(User, ct);
        await signIn.SignOutAsync();
        return LocalRedirect("~/");
    }

    [HttpGet("access-denied")]
    [Authorize]
    public IActionResult AccessDenied()
    {
        Response.StatusCode = StatusCodes.Status403Forbidden;
        return View();
    }

    private ViewResult CodeRefused(object form, string message)
    {
        ModelState.AddModelError("", ShopText.Translate(message));
        return this.FormWithErrors(form);
    }

    private ViewResult Refuse(SignInForm form, string message)
    {
        ModelState.AddModelError("", ShopText.Translate(message));
        form.Password = "";
        return this.FormWithErrors(form, nameof(SignIn));
    }
}
