using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Shop.Web.Data;
using Shop.Web.Shared;
using Shop.Web.Languages;

namespace Shop.Web.Account;

/// <summary>
/// Undoing an email change from the mail to the old address: the account goes back to it, two-factor set up since is
/// turned off, and every session is signed out. A page with a button first: mail scanners open links, and only a
/// person's POST undoes anything.
/// </summary>
[Route("account/email/undo")]
public sealed class EmailUndoController(UserManager<ShopUser> users, IUserStore<ShopUser> userNames, EmailUndo undo,
    ILogger<EmailUndoController> log) : Controller
{
    [HttpGet("")]
    public IActionResult Undo(string? code) => undo.Read(code) is null ? Result(false, null) : View(model: code);

    [HttpPost("")]
    [EnableRateLimiting(RateLimits.PasswordReset)]
    public async Task<IActionResult> UndoNow(string? code)
    {
        if (undo.Read(code) is not { } change) return Result(false, null);
        var user = await users.FindByIdAsync(change.UserId);
        if (user is null || !string.Equals(user.Email, change.NewEmail, StringComparison.OrdinalIgnoreCase)) return Result(false, null);

        await userNames.SetUserNameAsync(user, change.OldEmail, CancellationToken.None); // saved with the email, below
        var result = await users.SetEmailAsync(user, change.OldEmail);
        if (!result.Succeeded)
            return Result(false, ShopText.Translate("Another account uses your old address now, so it can't go back to it. Please contact us."));
        user.EmailConfirmed = true; // it was confirmed before the change, and this mail reached it
        await users.SetTwoFactorEnabledAsync(user, false);
        await users.ResetAuthenticatorKeyAsync(user); // also a new security stamp: every session is signed out
        log.LogWarning("Email change of account {UserId} undone from the old address", user.Id);
        return Result(true, null);
    }

    private ViewResult Result(bool undone, string? reason)
    {
        if (!undone) Response.StatusCode = StatusCodes.Status400BadRequest;
        ViewData["Reason"] = reason;
        return View("Undone", undone);
    }
}
