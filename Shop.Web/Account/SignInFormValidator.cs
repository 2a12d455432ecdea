using FluentValidation;
using Shop.Web.Mail;

namespace Shop.Web.Account;

public sealed class SignInFormValidator : AbstractValidator<SignInForm>
{
    public SignInFormValidator()
    {
        RuleFor(x => x.Email).UsableEmail();
        RuleFor(x => x.Password).NotEmpty().WithMessage("Enter your password.");
    }
}
