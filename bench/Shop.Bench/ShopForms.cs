using AngleSharp.Html.Parser;

namespace Shop.Bench;

/// <summary>The shop's forms as the load drivers post them: a product page's buy box, and form bodies with their antiforgery token.</summary>
internal static class ShopForms
{
    private static readonly HtmlParser Parser = new();

    /// <summary>The add-to-cart form of a product page (its antiforgery token and the chosen variant's id); null when sold out.</summary>
    public static (string Token, string VariantId)? BuyBox(string productPage)
    {
        var page = Parser.ParseDocument(productPage);
        var token = page.QuerySelector("form.buy-box input[name=__RequestVerificationToken]")?.GetAttribute("value");
        var variantId = page.QuerySelector("form.buy-box input[name=variantId]")?.GetAttribute("value");
        return token is null || variantId is null ? null : (token, variantId);
    }

    /// <summary>The buy box posted with a quantity of one.</summary>
    public static FormUrlEncodedContent AddOne((string Token, string VariantId) box) =>
        Form(box.Token, ("variantId", box.VariantId), ("quantity", "1"));

    public static FormUrlEncodedContent Form(string token, params (string Key, string Value)[] fields) =>
        new(fields.Select(f => new KeyValuePair<string, string>(f.Key, f.Value)).Prepend(new("__RequestVerificationToken", token)));
}
