using FluentValidation;
using Shop.Web.Checkout;

namespace Shop.Web.Account;

public sealed class AddressFormValidator : AbstractValidator<AddressForm>
{
    public AddressFormValidator()
    {
        RuleFor(x => x.Recipient).NotEmpty().WithMessage("Enter the name of the person receiving deliveries.").MaximumLength(100);
        RuleFor(x => x.Line1).NotEmpty().WithMessage("Enter the street and number.").MaximumLength(200);
        RuleFor(x => x.Line2).MaximumLength(200);
        RuleFor(x => x.City).NotEmpty().WithMessage("Enter the town or city.").MaximumLength(100);
        RuleFor(x => x.PostalCode).NotEmpty().WithMessage("Enter the postal code.").MaximumLength(20);
        // The same code checkout asks for, so a saved address fills the checkout form completely.
        RuleFor(x => x.Country).CountryCode();
    }
}
