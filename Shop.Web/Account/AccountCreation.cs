using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Shop.Web.Data;

namespace Shop.Web.Account;

/// <summary>
/// Making an account for an address the caller found free. A double click's later posts (or two people at once) meet
/// the first's new account after that check: in Identity's own check, or in the database's unique index.
/// </summary>
public static class AccountCreation
{
    /// <summary>The result of creating <paramref name="user"/>, or null when the address has an account by now.</summary>
    public static async Task<IdentityResult?> CreateUnlessTakenAsync(this UserManager<ShopUser> users, ShopUser user, string password)
    {
        try
        {
            var result = await users.CreateAsync(user, password);
            return result.Errors.Any(e => e.Code is nameof(IdentityErrorDescriber.DuplicateUserName) or nameof(IdentityErrorDescriber.DuplicateEmail))
                ? null
                : result;
        }
        catch (DbUpdateException e) when (e.IsUniqueViolation())
        {
            return null;
        }
    }
}
