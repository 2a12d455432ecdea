using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Shop.Web.Data;

namespace Shop.Web.Account;

/// <summary>Every sign-in (password, two-factor, recovery code, a new account) gets a new session id.</summary>
public sealed class SessionClaims(UserManager<ShopUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<ShopUser, IdentityRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(ShopUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(SignedOutSessions.NewSession());
        return identity;
    }
}
