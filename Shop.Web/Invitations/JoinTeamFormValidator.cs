using FluentValidation;
using Shop.Web.Account;

namespace Shop.Web.Invitations;

/// <summary>As registering asks: a name and a password by the shop's rules (Identity then checks the password again).</summary>
public sealed class JoinTeamFormValidator : AbstractValidator<JoinTeamForm>
{
    public JoinTeamFormValidator()
    {
        RuleFor(x => x.Code).NotEmpty();
        RuleFor(x => x.FullName).NotEmpty().WithMessage("Enter your name.").MaximumLength(100).WithMessage("Use at most 100 characters for your name.");
        RuleFor(x => x.Password).ShopPassword();
    }
}
