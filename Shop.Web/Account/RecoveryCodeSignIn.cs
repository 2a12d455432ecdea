using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Shop.Web.Data;

namespace Shop.Web.Account;

/// <summary>
/// Signing in with a recovery code, as Identity's <c>TwoFactorRecoveryCodeSignInAsync</c> does (the code is used up, the
/// failed count reset, the two-factor step's cookie removed, "amr: mfa"), but keeping "Remember me" from the sign-in page
/// as the authenticator-code step does: Identity's own is never persistent.
/// </summary>
public static class RecoveryCodeSignIn
{
    /// <summary>False when the code is not one of the user's unused recovery codes; nothing changes then.</summary>
    public static async Task<bool> SignInWithRecoveryCodeAsync(this SignInManager<ShopUser> signIn, ShopUser user, string code, bool rememberMe)
    {
        if (!(await signIn.UserManager.RedeemTwoFactorRecoveryCodeAsync(user, code)).Succeeded) return false;
        await signIn.UserManager.ResetAccessFailedCountAsync(user);
        await signIn.Context.SignOutAsync(IdentityConstants.TwoFactorUserIdScheme);
        await signIn.SignInWithClaimsAsync(user, rememberMe, [new Claim("amr", "mfa")]);
        return true;
    }
}
