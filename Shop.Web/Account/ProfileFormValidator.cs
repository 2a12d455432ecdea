using FluentValidation;

namespace Shop.Web.Account;

public sealed class ProfileFormValidator : AbstractValidator<ProfileForm>
{
    public ProfileFormValidator()
    {
        RuleFor(x => x.FullName).NotEmpty().WithMessage("Enter your name.").MaximumLength(100).WithMessage("Use at most 100 characters for your name.");
    }
}
