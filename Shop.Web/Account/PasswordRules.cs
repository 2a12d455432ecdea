using FluentValidation;

namespace Shop.Web.Account;

/// <summary>The password rules the browser can check too; Identity then checks them again plus the common-password list.</summary>
public static class PasswordRules
{
    public const int MinLength = 10;
    public const int MaxLength = 128;

    public static IRuleBuilderOptions<T, string> ShopPassword<T>(this IRuleBuilder<T, string> rule) =>
        rule.NotEmpty().WithMessage("Choose a password.")
            .MinimumLength(MinLength).WithMessage($"Use at least {MinLength} characters.")
            .MaximumLength(MaxLength).WithMessage($"Use at most {MaxLength} characters.");

    /// <summary>The current password (or an authenticator code) that a sensitive change asks for again.</summary>
    public static IRuleBuilderOptions<T, string> CurrentSecret<T>(this IRuleBuilder<T, string> rule, string emptyMessage) =>
        rule.NotEmpty().WithMessage(emptyMessage)
            .MaximumLength(256).WithMessage("That is too long to be your password.");
}
