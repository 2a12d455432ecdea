using Shop.Web.Languages;
using Microsoft.AspNetCore.Mvc;
using Shop.Web.Shared;

namespace Shop.Web.Seo;

/// <summary><c>/robots.txt</c>, the sitemap and the product feed, with absolute URLs from the shop's public address (<c>Shop:PublicUrl</c>).</summary>
public sealed class SearchEnginesController(SitemapQuery sitemap, ProductFeedQuery feed, PublicAddress address, ShopLanguages languages) : Controller
{
    [HttpGet("/robots.txt")]
    public IActionResult Robots()
    {
        var lines = new List<string> { "User-agent: *" };
        // The same pages under each other language's prefix (/de/cart) are as private.
        var prefixes = languages.All.Where(l => !l.IsDefault).Select(l => "/" + l.Code).Prepend("");
        lines.AddRange(prefixes.SelectMany(prefix => PrivatePages.Paths.Select(p => $"Disallow: {prefix}{p}")));
        lines.Add("");
        lines.Add($"Sitemap: {address.Root}/sitemap.xml");
        MarkPublic();
        return Content(string.Join('\n', lines) + "\n", "text/plain; charset=utf-8");
    }

    [HttpGet("/sitemap.xml")]
    public async Task<IActionResult> Sitemap(CancellationToken ct)
    {
        var entries = await sitemap.EntriesAsync(ct);
        var files = Seo.Sitemap.FileCount(entries.Count, languages.All.Count);
        MarkPublic();
        return Xml(files == 1 ? Seo.Sitemap.UrlSet(address.Root, entries, Alternates) : Seo.Sitemap.Index(address.Root, files));
    }

    [HttpGet("/sitemap-{file:int}.xml")]
    public async Task<IActionResult> SitemapFile(int file, CancellationToken ct)
    {
        var entries = await sitemap.EntriesAsync(ct);
        if (file < 1 || file > Seo.Sitemap.FileCount(entries.Count, languages.All.Count)) return NotFound();
        MarkPublic();
        return Xml(Seo.Sitemap.UrlSet(address.Root, entries, Alternates, file));
    }

    /// <summary>Every variant on sale for shopping listings, in the language of the path's prefix (/de/feeds/products.xml).</summary>
    [HttpGet("/feeds/products.xml")]
    public async Task<IActionResult> ProductFeed(CancellationToken ct)
    {
        var xml = await feed.FeedAsync(LanguagePrefix.Of(HttpContext), ct);
        MarkPublic();
        return Xml(xml);
    }

    private ContentResult Xml(string xml) => Content(xml, "application/xml; charset=utf-8");

    private void MarkPublic() => NoStoreByDefault.MarkCatalogPage(HttpContext, forOneShopper: false);

    private IReadOnlyList<(string Code, string Prefix)> Alternates => languages.All.Select(l => (l.Code, l.Prefix)).ToList();
}
