namespace Shop.Web.Admin.Content;

/// <summary>A shop page's title and its words in Markdown, as staff edit them: its own, or in one more <see cref="Language"/>.</summary>
public sealed class ContentPageForm
{
    public int Id { get; set; }
    public string Slug { get; set; } = "";
    /// <summary>The page's edit version when the form was opened (<see cref="Data.EditVersions"/>; any language's save moves it).</summary>
    public int Version { get; set; }
    /// <summary>Null for the page's own words; else a storefront language besides the default ("de").</summary>
    public string? Language { get; set; }
    public string? Title { get; set; }
    public string? Markdown { get; set; }
    /// <summary>The other languages the page can be written in, for links on the form (not posted).</summary>
    public IReadOnlyList<(string Code, string Name)> Languages { get; set; } = [];
}
