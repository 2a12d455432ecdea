using FluentValidation;

namespace Shop.Web.Account;

public sealed class PersonalDataFormValidator : AbstractValidator<PersonalDataForm>
{
    public PersonalDataFormValidator()
    {
        RuleFor(x => x.Password).NotEmpty().WithMessage("Enter your password to confirm.");
    }
}
