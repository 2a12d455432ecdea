using FluentValidation;
using Shop.Web.Mail;

namespace Shop.Web.Account;

public sealed class RegisterFormValidator : AbstractValidator<RegisterForm>
{
    public RegisterFormValidator()
    {
        RuleFor(x => x.FullName).NotEmpty().WithMessage("Enter your name.").MaximumLength(100).WithMessage("Use at most 100 characters for your name.");
        RuleFor(x => x.Email).UsableEmail();
        RuleFor(x => x.Password).ShopPassword();
    }
}
