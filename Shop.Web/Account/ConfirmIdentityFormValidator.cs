using FluentValidation;

namespace Shop.Web.Account;

public sealed class ConfirmIdentityFormValidator : AbstractValidator<ConfirmIdentityForm>
{
    public ConfirmIdentityFormValidator()
    {
        RuleFor(x => x.Secret).NotEmpty().WithMessage("Enter your password or a code from your authenticator app.")
            .MaximumLength(256).WithMessage("That is too long to be your password.");
    }
}
