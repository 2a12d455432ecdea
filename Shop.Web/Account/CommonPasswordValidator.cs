using Microsoft.AspNetCore.Identity;
using Shop.Web.Data;

namespace Shop.Web.Account;

/// <summary>
/// Length alone lets "password123" through. Attackers try the most common passwords first, so we refuse them
/// (and the shop's own name) outright, as NIST SP 800-63B recommends instead of composition rules.
/// </summary>
public sealed class CommonPasswordValidator : IPasswordValidator<ShopUser>
{
    public const string ErrorCode = "PasswordTooCommon";

    public Task<IdentityResult> ValidateAsync(UserManager<ShopUser> manager, ShopUser user, string? password)
    {
        var candidate = (password ?? "").Trim().ToLowerInvariant();
        return Task.FromResult(CommonPasswords.List.Contains(candidate)
            ? IdentityResult.Failed(new IdentityError { Code = ErrorCode, Description = "That password is too common. Choose one that is harder to guess, such as a few unrelated words." })
            : IdentityResult.Success);
    }
}
