using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Shop.Web.Data;

namespace Shop.Web.Account;

/// <summary>
/// The authenticator key of a shopper setting two-factor up: the one already made, or a new one. Making it does not
/// renew the security stamp (Identity's reset does), as the key is not in use yet: turning two-factor on renews it.
/// </summary>
public sealed class PendingAuthenticatorKey(UserManager<ShopUser> users, IUserStore<ShopUser> store, ShopDbContext db)
{
    public async Task<string> KeyAsync(ShopUser user)
    {
        if (await users.GetAuthenticatorKeyAsync(user) is { Length: > 0 } key) return key;
        key = users.GenerateNewAuthenticatorKey();
        await ((IUserAuthenticatorKeyStore<ShopUser>)store).SetAuthenticatorKeyAsync(user, key, CancellationToken.None);
        try
        {
            var saved = await users.UpdateAsync(user);
            if (saved.Succeeded) return key;
        }
        catch (DbUpdateException)
        {
            // The same shopper's other tab saved its key first (the token's key is taken): that one is the key.
        }
        // The user changed meanwhile (another tab, most likely): the key saved there is the one to show.
        db.ChangeTracker.Clear();
        var fresh = await users.FindByIdAsync(user.Id) ?? throw new InvalidOperationException("The account is gone.");
        return await users.GetAuthenticatorKeyAsync(fresh) is { Length: > 0 } theirs
            ? theirs
            : throw new InvalidOperationException("The authenticator key was not saved.");
    }
}
