using FluentValidation;

namespace Shop.Web.Account;

public sealed class DeleteAccountFormValidator : AbstractValidator<DeleteAccountForm>
{
    public DeleteAccountFormValidator()
    {
        RuleFor(x => x.Password).NotEmpty().WithMessage("Enter your password to confirm.");
    }
}
