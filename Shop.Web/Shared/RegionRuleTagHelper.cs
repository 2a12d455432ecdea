using System.Text.Json;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Shop.Domain.Checkout;
using Shop.Web.Languages;

namespace Shop.Web.Shared;

/// <summary>
/// A US or Canadian address names its state or province (<see cref="Regions.Named"/>, the validator's rule):
/// <c>region-country="Form_CountryCode"</c>, the country list's id, on a region's input adds what
/// <c>wwwroot/js/address-form.js</c> reads to run the same rule in the browser.
/// </summary>
[HtmlTargetElement("input", Attributes = CountryAttribute)]
public sealed class RegionRuleTagHelper : TagHelper
{
    private const string CountryAttribute = "region-country";

    [HtmlAttributeName(CountryAttribute)]
    public string CountryId { get; set; } = "";

    private static readonly string Lists =
        JsonSerializer.Serialize(Regions.Lists.ToDictionary(l => l.Country, l => new { example = l.Example, names = l.Keys }));

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        output.Attributes.SetAttribute("data-val", "true");
        output.Attributes.SetAttribute("data-val-region", ShopText.Translate(Regions.Missing));
        output.Attributes.SetAttribute("data-val-region-country", CountryId);
        output.Attributes.SetAttribute("data-val-region-lists", Lists);
    }
}
