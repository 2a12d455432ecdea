using AngleSharp.Html.Parser;

namespace Shop.Tests.Support;

/// <summary>Reads responses as a person would see them: parsed HTML, visible text, links.</summary>
public static class Html
{
    private static readonly HtmlParser Parser = new();

    public static async Task<IDocument> ReadHtmlAsync(this HttpResponseMessage response) =>
        Parser.ParseDocument(await response.Content.ReadAsStringAsync());

    public static async Task<(HttpResponseMessage Response, IDocument Page)> GetPageAsync(this HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        return (response, await response.ReadHtmlAsync());
    }

    public static string Text(this IElement? element) => element is null ? "" : string.Join(' ', element.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    public static string Text(this IDocument page, string selector) => page.QuerySelector(selector).Text();

    public static List<string> Texts(this IDocument page, string selector) => page.QuerySelectorAll(selector).Select(e => e.Text()).ToList();

    public static List<string> ProductNames(this IDocument page) => page.Texts(".product-card .card-title");

    public static List<decimal> Prices(this IDocument page) =>
        page.Texts(".product-card .price").Select(t => decimal.Parse(t.TrimStart('$').Replace(",", ""), System.Globalization.CultureInfo.InvariantCulture)).ToList();
}
