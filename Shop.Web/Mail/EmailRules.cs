using FluentValidation;

namespace Shop.Web.Mail;

/// <summary>The one email rule of every form that takes an email address (registration, sign-in, checkout...).</summary>
public static class EmailRules
{
    public const string Message = "Enter an email address like name@example.com.";
    public const string TooLong = "That email address is too long.";

    public static IRuleBuilderOptions<T, string?> UsableEmail<T>(this IRuleBuilderInitial<T, string?> rule, string emptyMessage = "Enter your email address.") =>
        rule.Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage(emptyMessage)
            .MaximumLength(MailAddresses.MaxLength).WithMessage(TooLong)
            // EmailAddress() is the browser's hint (jQuery validation); the mail library's own parser decides.
            .EmailAddress().WithMessage(Message)
            .Must(MailAddresses.IsUsable).WithMessage(Message);
}
