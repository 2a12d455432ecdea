using FluentValidation;
using Shop.Web.Mail;

namespace Shop.Web.Account;

public sealed class ChangeEmailFormValidator : AbstractValidator<ChangeEmailForm>
{
    public ChangeEmailFormValidator()
    {
        RuleFor(x => x.NewEmail).UsableEmail();
        RuleFor(x => x.CurrentPassword).NotEmpty().WithMessage("Enter your current password (or a code from your authenticator app).")
            .MaximumLength(256).WithMessage("That is too long to be your password.");
    }
}
