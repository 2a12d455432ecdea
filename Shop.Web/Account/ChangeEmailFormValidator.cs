using FluentValidation;
using Shop.Web.Mail;

namespace Shop.Web.Account;

public sealed class ChangeEmailFormValidator : AbstractValidator<ChangeEmailForm>
{
    public ChangeEmailFormValidator()
    {
        RuleFor(x => x.NewEmail).UsableEmail();
        RuleFor(x => x.CurrentPassword).CurrentSecret("Enter your current password (or a code from your authenticator app).");
    }
}
