using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Shop.Web.Data;

namespace Shop.Web.Account;

/// <summary>
/// Gives the configured administrator (Shop:Admin:Email) a new generated password and lifts a lockout. Two-factor
/// sign-in stays as it was. Only an administrator's: an account of that address without the Admin role (a shopper who
/// registered it, a demoted admin) is left as it is.
/// </summary>
public sealed class AdminPasswordReset(UserManager<ShopUser> users, IOptions<AdminAccountOptions> options)
{
    public abstract record Outcome(string Email);

    public sealed record Done(string Email, string Password, bool TwoFactor) : Outcome(Email);

    public sealed record NoAccount(string Email) : Outcome(Email);

    public sealed record NotAnAdministrator(string Email) : Outcome(Email);

    public string Email => options.Value.Email.Trim();

    public async Task<Outcome> ResetAsync()
    {
        var admin = Email.Length == 0 ? null : await users.FindByEmailAsync(Email);
        if (admin is null) return new NoAccount(Email);
        if (!await users.IsInRoleAsync(admin, Roles.Admin)) return new NotAnAdministrator(Email);

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
