using AngleSharp.Html.Parser;

namespace Shop.Bench;

/// <summary>The shop's forms as the load drivers post them: a product page's buy box, and form bodies with their antiforgery token.</summary>
internal static class ShopForms
{
    private static readonly HtmlParser Parser = new();

    /// <summary>The add-to-cart form of a product page (its antiforgery token and product id); null when sold out.</summary>
    public static (string Token, string ProductId)? BuyBox(string productPage)
    {
        var page = Parser.ParseDocument(productPage);
        var token = page.QuerySelector("form.buy-box input[name=__RequestVerificationToken]")?.GetAttribute("value");
        var productId = page.QuerySelector("form.buy-box input[name=productId]")?.GetAttribute("value");
        return token is null || productId is null ? null : (token, productId);
    }

    /// <summary>The buy box posted with a quantity of one.</summary>
    public static FormUrlEncodedContent AddOne((string Token, string ProductId) box) =>
        Form(box.Token, ("productId", box.ProductId), ("quantity", "1"));

    public static FormUrlEncodedContent Form(string token, params (string Key, string Value)[] fields) =>
        new(fields.Select(f => new KeyValuePair<string, string>(f.Key, f.Value)).Prepend(new("__RequestVerificationToken", token)));
}
