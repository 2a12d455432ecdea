using FluentValidation;

namespace Shop.Web.Account;

public sealed class ConfirmIdentityFormValidator : AbstractValidator<ConfirmIdentityForm>
{
    public ConfirmIdentityFormValidator()
    {
        RuleFor(x => x.Secret).CurrentSecret("Enter your password or a code from your authenticator app.");
    }
}
