using Microsoft.AspNetCore.Identity;
using Shop.Web.Data;

namespace Shop.Web.Account;

/// <summary>
/// The authenticator key of a shopper setting two-factor up: the one already made, or a new one. Making it does not
/// renew the security stamp (Identity's reset does), as the key is not in use yet: turning two-factor on renews it.
/// </summary>
public sealed class PendingAuthenticatorKey(UserManager<ShopUser> users, IUserStore<ShopUser> store)
{
    public async Task<string> KeyAsync(ShopUser user)
    {
        if (await users.GetAuthenticatorKeyAsync(user) is { Length: > 0 } key) return key;
        key = users.GenerateNewAuthenticatorKey();
        await ((IUserAuthenticatorKeyStore<ShopUser>)store).SetAuthenticatorKeyAsync(user, key, CancellationToken.None);
        var saved = await users.UpdateAsync(user);
        return saved.Succeeded ? key : throw new InvalidOperationException($"The authenticator key was not saved: {saved}");
    }
}
