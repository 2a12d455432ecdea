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
    public const string PostalCodeMissing = "Enter the postal code.";
    public const string CountryMissing = "Choose a country.";
    public const string HiddenCharacters = "Remove the hidden characters (control or text-direction marks).";
    public const string PostalCodeWrong = "Check the postal code: in this country it looks like {Example}.";
    /// <summary>Without the typed length, which the browser cannot tell, so both say the same.</summary>
    private const string TooLong = "Use at most {MaxLength} characters.";
    /// <summary>Digits (at least one), spaces and + - ( ) . only, or nothing: the same test as <see cref="Address.IsPhoneNumber"/>, in a form the browser runs too.</summary>
    public const string PhonePattern = @"^$|^[0-9+\-()./ ]*[0-9][0-9+\-()./ ]*$";

    protected void AddressRules(Expression<Func<T, string?>> recipient, Expression<Func<T, string?>> line1,
        Expression<Func<T, string?>> line2, Expression<Func<T, string?>> city, Expression<Func<T, string?>> postalCode,
        Expression<Func<T, string?>> countryCode, Expression<Func<T, string?>>? region = null, Expression<Func<T, string?>>? phone = null,
        string recipientMissing = "Enter the name of the person receiving the delivery.", Expression<Func<T, string?>>? company = null)
    {
        RuleFor(recipient).NotEmpty().WithMessage(recipientMissing).MaximumLength(Address.NameMax).WithMessage(TooLong);
        if (company is not null) RuleFor(company).MaximumLength(Address.CompanyMax).WithMessage(TooLong);
        RuleFor(line1).NotEmpty().WithMessage("Enter the street and number.").MaximumLength(Address.LineMax).WithMessage(TooLong);
        RuleFor(line2).MaximumLength(Address.LineMax).WithMessage(TooLong);
        RuleFor(city).NotEmpty().WithMessage("Enter the town or city.").MaximumLength(Address.CityMax).WithMessage(TooLong);
        foreach (var field in new[] { recipient, company, line1, line2, city, postalCode, region }.OfType<Expression<Func<T, string?>>>())
            RuleFor(field).Must(t => !Address.HasHiddenCharacters(t)).WithMessage(HiddenCharacters);
        var country = countryCode.Compile();
        RuleFor(postalCode).Cascade(CascadeMode.Stop)
            .NotEmpty().When(x => Address.NeedsPostalCode(country(x))).WithMessage(PostalCodeMissing)
            .MaximumLength(Address.PostalCodeMax).WithMessage(TooLong)
            .Must((x, code, context) =>
            {
                context.MessageFormatter.AppendArgument("Example", PostalFormat.Example(country(x)));
                return PostalFormat.Fits(country(x), code);
            }).WithMessage(PostalCodeWrong);
        // A two-letter ISO code from the list in both forms, so a saved address fills the checkout form completely.
        RuleFor(countryCode).Cascade(CascadeMode.Stop).NotEmpty().WithMessage(CountryMissing)
            .Must(Countries.IsKnown).WithMessage("Choose a country from the list.");
        if (region is not null)
            RuleFor(region).Cascade(CascadeMode.Stop)
                .MaximumLength(Address.RegionMax).WithMessage(TooLong)
                .Must((x, typed, context) =>
                {
                    context.MessageFormatter.AppendArgument("Example", Regions.Example(country(x)));
                    return Regions.Named(country(x), typed);
                }).WithMessage(Regions.Missing);
        if (phone is not null)
            RuleFor(phone).Cascade(CascadeMode.Stop)
                .Matches(PhonePattern).WithMessage(Address.PhoneRule)
                .Must(p => string.IsNullOrWhiteSpace(p) || Address.IsPhoneNumber(p.Trim())).WithMessage(Address.PhoneRule)
                .MaximumLength(Address.PhoneMax).WithMessage(TooLong);
    }
}
