using FluentValidation;

namespace Shop.Web.Account;

public sealed class RecoveryCodeSignInFormValidator : AbstractValidator<RecoveryCodeSignInForm>
{
    public RecoveryCodeSignInFormValidator()
    {
        RuleFor(x => x.RecoveryCode).NotEmpty().WithMessage("Enter one of your recovery codes.").MaximumLength(32);
    }
}
