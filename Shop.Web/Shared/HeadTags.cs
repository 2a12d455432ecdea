using System.Text.Json;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace Shop.Web.Shared;

/// <summary>
/// What a page adds to the layout's &lt;head&gt; for search engines and link previews: a canonical URL, a robots rule,
/// a picture, meta tags (OpenGraph, Twitter) and JSON-LD blocks. A view fills it with <c>ViewData.Head()</c>; the
/// layout adds the preview tags every page has (<see cref="AddPreview"/>) and writes it.
/// </summary>
public sealed class HeadTags
{
    private const string Key = "Shop.HeadTags";
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = false };

    /// <summary>The response header that tells search engines what <see cref="Robots"/> tells them, for pages that are not HTML too.</summary>
    public const string RobotsHeader = "X-Robots-Tag";

    public string? Canonical { get; set; }
    /// <summary>For example "noindex" for search results.</summary>
    public string? Robots { get; set; }

    /// <summary>Search engines are told to leave the page out, by its robots rule or its response's header (private pages).</summary>
    public bool LeftOut(HttpResponse response) =>
        $"{Robots} {response.Headers[RobotsHeader]}".Contains("noindex", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The canonical's path and query without <paramref name="pageRoot"/> (the public address and language prefix):
    /// the same in every language. Null when the page names no canonical of this language.
    /// </summary>
    public string? CanonicalPage(string pageRoot) =>
        Canonical is { } url && url.StartsWith(pageRoot + "/", StringComparison.Ordinal) ? url[pageRoot.Length..] : null;
    /// <summary>OpenGraph's type: "website" unless the page is something more particular ("product").</summary>
    public string Type { get; set; } = "website";
    /// <summary>The page's picture for link previews (an absolute URL) and what it shows.</summary>
    public (string Url, string Alt)? Picture { get; set; }
    /// <summary>OpenGraph tags take <c>property</c>, the rest <c>name</c>: (attribute value, content).</summary>
    public List<(string Property, string Content)> Properties { get; } = [];
    public List<(string Name, string Content)> Names { get; } = [];
    /// <summary>Serialized JSON-LD. The serializer escapes &lt; &gt; &amp;, so the text is safe inside a script element.</summary>
    public List<string> JsonLd { get; } = [];

    public void AddJsonLd(object data) => JsonLd.Add(JsonSerializer.Serialize(data, Json));

    /// <summary>
    /// The link-preview tags of every storefront page, the layout's to add: OpenGraph's and Twitter's title, description,
    /// address (the canonical where the page names one, else <paramref name="url"/>), site, locale ("de_DE") and picture.
    /// </summary>
    public void AddPreview(string title, string description, string url, string siteName, string locale)
    {
        List<(string, string)> og = [("og:type", Type), ("og:title", title), ("og:description", description), ("og:url", Canonical ?? url),
            ("og:site_name", siteName), ("og:locale", locale)];
        List<(string, string)> twitter = [("twitter:card", Picture is null ? "summary" : "summary_large_image"), ("twitter:title", title),
            ("twitter:description", description)];
        if (Picture is { } picture)
        {
            og.AddRange([("og:image", picture.Url), ("og:image:alt", picture.Alt)]);
            twitter.Add(("twitter:image", picture.Url));
        }
        Properties.InsertRange(0, og);
        Names.InsertRange(0, twitter);
    }

    public static HeadTags Of(ViewDataDictionary viewData)
    {
        if (viewData[Key] is HeadTags tags) return tags;
        viewData[Key] = tags = new HeadTags();
        return tags;
    }
}

public static class HeadTagsViewData
{
    public static HeadTags Head(this ViewDataDictionary viewData) => HeadTags.Of(viewData);
}
