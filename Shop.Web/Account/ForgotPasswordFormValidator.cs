using FluentValidation;
using Shop.Web.Mail;

namespace Shop.Web.Account;

public sealed class ForgotPasswordFormValidator : AbstractValidator<ForgotPasswordForm>
{
    public ForgotPasswordFormValidator()
    {
        RuleFor(x => x.Email).UsableEmail();
    }
}
