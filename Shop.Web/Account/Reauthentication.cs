using Microsoft.AspNetCore.Identity;
using Shop.Web.Data;
using Shop.Web.Languages;

namespace Shop.Web.Account;

/// <summary>
/// Sensitive changes (email, password, two-factor, deleting the account) ask again who is there: the current password,
/// or a code from the authenticator app when two-factor is on. A session left open is not enough. Wrong answers count
/// towards lockout like wrong sign-ins, and a locked account is refused before anything is checked.
/// </summary>
public sealed class Reauthentication(UserManager<ShopUser> users)
{
    public const string WrongPassword = "Your current password is not right.";
    public const string WrongPasswordOrCode = "That is neither your current password nor a current code from your authenticator app.";
    public const string LockedOut = "Too many wrong attempts. Try again in 15 minutes.";

    /// <summary>Null when <paramref name="secret"/> proves the account holder; otherwise the message to show (translated).</summary>
    public async Task<string?> RefusalAsync(ShopUser user, string? secret, bool allowCode = true) =>
        await EnglishRefusalAsync(user, secret, allowCode) is { } refusal ? ShopText.Translate(refusal) : null;

    private async Task<string?> EnglishRefusalAsync(ShopUser user, string? secret, bool allowCode)
    {
        if (await users.IsLockedOutAsync(user)) return LockedOut;
        if (await ProvesAsync(user, secret ?? "", allowCode))
        {
            // As a sign-in does: the right answer wipes the earlier wrong ones.
            if (await users.GetAccessFailedCountAsync(user) > 0) await users.ResetAccessFailedCountAsync(user);
            return null;
        }
        await users.AccessFailedAsync(user);
        return await users.IsLockedOutAsync(user) ? LockedOut : allowCode ? WrongPasswordOrCode : WrongPassword;
    }

    private async Task<bool> ProvesAsync(ShopUser user, string secret, bool allowCode)
    {
        var code = FormResults.StripCode(secret.Trim());
        // Passwords are at least 10 characters, so six digits can only be an authenticator code.
        if (allowCode && code.Length == 6 && code.All(char.IsAsciiDigit) && await users.GetTwoFactorEnabledAsync(user))
            return await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code);
        return secret.Length > 0 && await users.CheckPasswordAsync(user, secret);
    }
}
