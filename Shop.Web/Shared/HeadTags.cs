using System.Text.Json;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace Shop.Web.Shared;

/// <summary>
/// What a page adds to the layout's &lt;head&gt; for search engines and link previews: a canonical URL, a robots rule,
/// meta tags (OpenGraph, Twitter) and JSON-LD blocks. A view fills it with <c>ViewData.Head()</c>; the layout writes it.
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
    /// <summary>OpenGraph tags take <c>property</c>, the rest <c>name</c>: (attribute value, content).</summary>
    public List<(string Property, string Content)> Properties { get; } = [];
    public List<(string Name, string Content)> Names { get; } = [];
    /// <summary>Serialized JSON-LD. The serializer escapes &lt; &gt; &amp;, so the text is safe inside a script element.</summary>
    public List<string> JsonLd { get; } = [];

    public void AddJsonLd(object data) => JsonLd.Add(JsonSerializer.Serialize(data, Json));

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
