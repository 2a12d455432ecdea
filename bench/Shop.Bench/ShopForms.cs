using AngleSharp.Html.Parser;

namespace Shop.Bench;

/// <summary>
/// The shop's forms as the load drivers post them: a product page's buy box (no token: Add to cart is checked by origin,
/// and a client that is no browser sends none), and form bodies with their antiforgery token.
/// </summary>
internal static class ShopForms
{
    private static readonly HtmlParser Parser = new();

    /// <summary>The add-to-cart form of a product page: the chosen variant's id, or null when the page has none.</summary>
    public static string? BuyBox(string productPage) =>
        Parser.ParseDocument(productPage).QuerySelector("form.buy-box input[name=variantId]")?.GetAttribute("value");

    /// <summary>The buy box posted with a quantity of one.</summary>
    public static FormUrlEncodedContent AddOne(string variantId) =>
        new([new("variantId", variantId), new("quantity", "1")]);

    public static FormUrlEncodedContent Form(string token, params (string Key, string Value)[] fields) =>
        new(fields.Select(f => new KeyValuePair<string, string>(f.Key, f.Value)).Prepend(new("__RequestVerificationToken", token)));
}
