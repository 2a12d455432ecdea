using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Shop.Web.Data;

namespace Shop.Web.Account;

/// <summary>
/// Gives the configured administrator (Shop:Admin:Email) a new generated password and lifts a lockout. Two-factor
/// sign-in stays as it was. Null when there is no such account.
/// </summary>
public sealed class AdminPasswordReset(UserManager<ShopUser> users, IOptions<AdminAccountOptions> options)
{
    public sealed record Done(string Email, string Password, bool TwoFactor);

    public string Email => options.Value.Email.Trim();

    public async Task<Done?> ResetAsync()
    {
        var admin = Email.Length == 0 ? null : await users.FindByEmailAsync(Email);
        if (admin is null) return null;

        var password = AdminSeeder.GeneratePassword();
        var token = await users.GeneratePasswordResetTokenAsync(admin);
        Check(await users.ResetPasswordAsync(admin, token, password));
        Check(await users.SetLockoutEndDateAsync(admin, null));
        Check(await users.ResetAccessFailedCountAsync(admin));
        return new Done(Email, password, await users.GetTwoFactorEnabledAsync(admin));
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
            throw new InvalidOperationException(string.Join(" ", result.Errors.Select(e => e.Description)));
    }
}
