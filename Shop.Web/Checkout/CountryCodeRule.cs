using FluentValidation;

namespace Shop.Web.Checkout;

/// <summary>One rule for countries wherever an address is typed (checkout, the address book): a two-letter ISO code.</summary>
public static class CountryCodeRule
{
    public static IRuleBuilderOptions<T, string?> CountryCode<T>(this IRuleBuilder<T, string?> rule) =>
        rule.NotEmpty().WithMessage("Choose a country.")
            .Matches("^[A-Za-z]{2}$").WithMessage("Use a two-letter country code, such as US or GB.");
}
