using Microsoft.AspNetCore.Razor.TagHelpers;
using Shop.Domain.Checkout;
using Shop.Web.Languages;

namespace Shop.Web.Shared;

/// <summary>
/// The postal code is needed unless the chosen country has none (<see cref="AddressValidator{T}"/>'s conditional rule,
/// which the browser is not told of by itself): <c>postal-code-country="Form_CountryCode"</c>, the country list's id,
/// on a postal code's input adds what <c>wwwroot/js/address-form.js</c> reads to run the rule in the browser.
/// </summary>
[HtmlTargetElement("input", Attributes = CountryAttribute)]
public sealed class PostalCodeRuleTagHelper : TagHelper
{
    private const string CountryAttribute = "postal-code-country";

    [HtmlAttributeName(CountryAttribute)]
    public string CountryId { get; set; } = "";

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        output.Attributes.SetAttribute("data-val", "true");
        output.Attributes.SetAttribute("data-val-postalcode", ShopText.Translate(AddressValidator<object>.PostalCodeMissing));
        output.Attributes.SetAttribute("data-val-postalcode-country", CountryId);
        output.Attributes.SetAttribute("data-val-postalcode-without", string.Join(",", Address.CountriesWithoutPostalCodes));
    }
}
