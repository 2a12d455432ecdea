using FluentValidation;

namespace Shop.Web.Account;

public sealed class AuthenticatorSetupValidator : AbstractValidator<AuthenticatorSetup>
{
    public AuthenticatorSetupValidator()
    {
        RuleFor(x => x.Code).NotEmpty().WithMessage("Enter the code from your authenticator app.")
            .Matches(@"^[0-9 \-]{6,9}$").WithMessage("The code is the 6 digits your authenticator app shows.");
        RuleFor(x => x.CurrentPassword).CurrentSecret("Enter your current password.");
    }
}
