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

    public string? Canonical { get; set; }
    /// <summary>What the canonical URL keeps of the query ("?page=2"): the page's other languages keep the same.</summary>
    public string CanonicalQuery => Canonical?.IndexOf('?') is int at and >= 0 ? Canonical[at..] : "";
    /// <summary>For example "noindex" for search results.</summary>
    public string? Robots { get; set; }
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
