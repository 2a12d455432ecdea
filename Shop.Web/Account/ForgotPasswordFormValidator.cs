using FluentValidation;

namespace Shop.Web.Account;

public sealed class ForgotPasswordFormValidator : AbstractValidator<ForgotPasswordForm>
{
    public ForgotPasswordFormValidator()
    {
        RuleFor(x => x.Email).ShopEmail();
    }
}
