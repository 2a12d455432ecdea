namespace Shop.Web.Admin.Content;

/// <summary>A shop page's title and its words in Markdown, as staff edit them.</summary>
public sealed class ContentPageForm
{
    public int Id { get; set; }
    public string Slug { get; set; } = "";
    public string? Title { get; set; }
    public string? Markdown { get; set; }
}
