using FluentValidation;
using Shop.Web.Account;
using Shop.Web.Mail;

namespace Shop.Web.Admin.Team;

public sealed class InviteFormValidator : AbstractValidator<InviteForm>
{
    public InviteFormValidator()
    {
        RuleFor(x => x.Email).UsableEmail("Enter the email address to invite.");
        RuleFor(x => x.Role).Must(r => AdminRoster.GrantableRoles.Contains(r)).WithMessage("Choose Staff or Admin.");
    }
}
