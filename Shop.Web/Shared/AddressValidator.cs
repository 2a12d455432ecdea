using System.Linq.Expressions;
using FluentValidation;
using Shop.Domain.Checkout;

namespace Shop.Web.Shared;

/// <summary>
/// One set of rules for a typed address, wherever it is typed (checkout, the address book): the limits of the order's
/// <see cref="Address"/>, said next to each field. Each form names its own fields.
/// </summary>
public abstract class AddressValidator<T> : AbstractValidator<T>
{
    protected void AddressRules(Expression<Func<T, string?>> recipient, Expression<Func<T, string?>> line1,
        Expression<Func<T, string?>> line2, Expression<Func<T, string?>> city, Expression<Func<T, string?>> postalCode,
        Expression<Func<T, string?>> countryCode, Expression<Func<T, string?>>? region = null, Expression<Func<T, string?>>? phone = null)
    {
        RuleFor(recipient).NotEmpty().WithMessage("Enter the name of the person receiving the delivery.").MaximumLength(Address.NameMax);
        RuleFor(line1).NotEmpty().WithMessage("Enter the street and number.").MaximumLength(Address.LineMax);
        RuleFor(line2).MaximumLength(Address.LineMax);
        RuleFor(city).NotEmpty().WithMessage("Enter the town or city.").MaximumLength(Address.CityMax);
        var country = countryCode.Compile();
        RuleFor(postalCode).NotEmpty().When(x => Address.NeedsPostalCode(country(x))).WithMessage("Enter the postal code.")
            .MaximumLength(Address.PostalCodeMax);
        // A two-letter ISO code in both forms, so a saved address fills the checkout form completely.
        RuleFor(countryCode).NotEmpty().WithMessage("Choose a country.")
            .Matches("^[A-Za-z]{2}$").WithMessage("Use a two-letter country code, such as US or GB.");
        if (region is not null) RuleFor(region).MaximumLength(Address.RegionMax);
        if (phone is not null)
            RuleFor(phone).Cascade(CascadeMode.Stop)
                .Matches(@"^[0-9+\-(). ]*$").WithMessage(Address.PhoneRule)
                .Must(p => string.IsNullOrWhiteSpace(p) || Address.IsPhoneNumber(p.Trim())).WithMessage(Address.PhoneRule)
                .MaximumLength(Address.PhoneMax);
    }
}
