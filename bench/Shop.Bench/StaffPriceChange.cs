using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Shop.Bench;

/// <summary>
/// Staff change a price on node A; the next anonymous request straight to node B shows it, on the product page
/// (catalog data cached in node B's memory) and on the category page (output-cached in Redis). Node B's caches
/// are warmed with the old price first, so a cache that missed the change would show it.
/// </summary>
public static partial class StaffPriceChange
{
    private static readonly HtmlParser Parser = new();

    public static async Task CheckAsync(string nodeA, string nodeB, string slug, List<string> failures)
    {
        using var visitorB = ClusterStaff.Anonymous(nodeB);
        var product = await PageAsync(visitorB, $"/p/{slug}");
        var oldPrice = Price(product.QuerySelector("main .price"));
        var productId = product.QuerySelector(".product-detail")?.GetAttribute("data-product-id");
        var category = product.QuerySelector(".breadcrumb a[href^='/c/']")?.GetAttribute("href");
        if (oldPrice is null || productId is null || category is null) { failures.Add($"node B's page for {slug} lacks a price, buy box or category"); return; }
        var listUrl = await ListPageShowingAsync(visitorB, category, slug);
        if (listUrl is null) { failures.Add($"no page of {category} lists {slug}"); return; }
        var cached = await visitorB.GetAsync(listUrl);
        if (cached.Headers.Age is null) failures.Add($"node B did not answer {listUrl} from the output cache before the change");

        var newPrice = oldPrice.Value - 0.01m;
        using var staffA = new HttpClient(new TlsProxyCookies()) { BaseAddress = new Uri(nodeA), Timeout = TimeSpan.FromSeconds(30) };
        if (!await ClusterStaff.SignInAsync(staffA, "node A", failures)) return;
        var save = await SubmitAsync(staffA, $"/admin/products/{productId}", "form.product-form",
            new() { ["Price"] = newPrice.ToString("0.00", CultureInfo.InvariantCulture) });
        if (save.StatusCode != HttpStatusCode.Redirect) { failures.Add($"saving the price on node A answered {(int)save.StatusCode}"); return; }

        // The very next requests, straight to node B: no waiting, no retries.
        var productAfter = Price((await PageAsync(visitorB, $"/p/{slug}")).QuerySelector("main .price"));
        var listAfter = Price(Card(await PageAsync(visitorB, listUrl), slug)?.QuerySelector(".price"));
        if (productAfter != newPrice) failures.Add($"node B's product page shows {productAfter} after staff set {newPrice} on node A (was {oldPrice})");
        if (listAfter != newPrice) failures.Add($"node B's {listUrl} shows {listAfter} after staff set {newPrice} on node A (was {oldPrice})");
        if (productAfter == newPrice && listAfter == newPrice)
            Console.WriteLine($"ok   staff set {slug} from {oldPrice} to {newPrice} on node A; node B's next product and category pages show it");
    }

    private static async Task<IDocument> PageAsync(HttpClient client, string url) =>
        Parser.ParseDocument(await (await client.GetAsync(url)).Content.ReadAsStringAsync());

    /// <summary>Walks the category's pages (each one now cached on node B) to the one with the product's card.</summary>
    private static async Task<string?> ListPageShowingAsync(HttpClient client, string category, string slug)
    {
        for (var page = 1; page <= 20; page++)
        {
            var url = page == 1 ? category : $"{category}?page={page}";
            var list = await PageAsync(client, url);
            if (Card(list, slug) is not null) return url;
            if (list.QuerySelector(".product-card") is null) return null;
        }
        return null;
    }

    private static IElement? Card(IDocument list, string slug) =>
        list.QuerySelectorAll(".product-card").FirstOrDefault(c => c.QuerySelector($"a[href='/p/{slug}']") is not null);

    private static decimal? Price(IElement? element) =>
        element is not null && Amount().Match(element.TextContent) is { Success: true } m
            ? decimal.Parse(m.Value.Replace(",", "", StringComparison.Ordinal), CultureInfo.InvariantCulture)
            : null;

    /// <summary>Opens the page and posts its form as a browser would: its own fields and token, plus what was typed.</summary>
    internal static async Task<HttpResponseMessage> SubmitAsync(HttpClient client, string url, string selector, Dictionary<string, string> typed)
    {
        var page = await PageAsync(client, url);
        if (page.QuerySelector(selector) is not IHtmlFormElement form) throw new InvalidOperationException($"no form '{selector}' on {url}");
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var input in form.Elements.OfType<IHtmlInputElement>())
        {
            if (string.IsNullOrEmpty(input.Name) || input.Type is "submit" or "button" or "file") continue;
            if (input.Type is "checkbox" or "radio" && !input.IsChecked) continue;
            fields.Add(new(input.Name, input.Value));
        }
        foreach (var select in form.Elements.OfType<IHtmlSelectElement>()) fields.Add(new(select.Name!, select.Value ?? ""));
        foreach (var area in form.Elements.OfType<IHtmlTextAreaElement>()) fields.Add(new(area.Name!, area.Value));
        fields.RemoveAll(f => typed.ContainsKey(f.Key));
        fields.AddRange(typed);
        var action = form.GetAttribute("action") is { Length: > 0 } a ? a : url;
        return await client.PostAsync(action, new FormUrlEncodedContent(fields));
    }

    [GeneratedRegex(@"\d[\d,]*(\.\d+)?")]
    private static partial Regex Amount();
}
