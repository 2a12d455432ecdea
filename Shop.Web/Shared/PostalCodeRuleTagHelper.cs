using System.Text.Json;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Shop.Domain.Checkout;
using Shop.Web.Languages;

namespace Shop.Web.Shared;

/// <summary>
/// The postal code is needed unless the chosen country has none, and has the chosen country's shape where the shop knows
/// it (<see cref="AddressValidator{T}"/>'s conditional rules, which the browser is not told of by themselves):
/// <c>postal-code-country="Form_CountryCode"</c>, the country list's id, on a postal code's input adds what
/// <c>wwwroot/js/address-form.js</c> reads to run both rules in the browser.
/// </summary>
[HtmlTargetElement("input", Attributes = CountryAttribute)]
public sealed class PostalCodeRuleTagHelper : TagHelper
{
    private const string CountryAttribute = "postal-code-country";

    [HtmlAttributeName(CountryAttribute)]
    public string CountryId { get; set; } = "";

    private static readonly string Shapes =
        JsonSerializer.Serialize(PostalFormat.Known.ToDictionary(k => k.Country, k => new[] { k.Pattern, k.Example }));

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        output.Attributes.SetAttribute("data-val", "true");
        output.Attributes.SetAttribute("data-val-postalcode", ShopText.Translate(AddressValidator<object>.PostalCodeMissing));
        output.Attributes.SetAttribute("data-val-postalcode-country", CountryId);
        output.Attributes.SetAttribute("data-val-postalcode-without", string.Join(",", Address.CountriesWithoutPostalCodes));
        output.Attributes.SetAttribute("data-val-postalshape", ShopText.Translate(AddressValidator<object>.PostalCodeWrong));
        output.Attributes.SetAttribute("data-val-postalshape-country", CountryId);
        output.Attributes.SetAttribute("data-val-postalshape-shapes", Shapes);
    }
}
