namespace Shop.Web.Content;

/// <summary>A page of the shop's own words (shipping, returns, privacy, terms, contact) that staff write in Markdown.</summary>
public sealed class ContentPage
{
    public const int TitleMax = 100, MarkdownMax = 50_000;

    public int Id { get; private set; }
    public string Slug { get; private set; } = "";
    public string Title { get; private set; } = "";
    public string Markdown { get; private set; } = "";
    public DateTimeOffset UpdatedAt { get; private set; }

    private ContentPage() { }

    public ContentPage(int id, string slug, string title, string markdown, DateTimeOffset updatedAt) =>
        (Id, Slug, Title, Markdown, UpdatedAt) = (id, slug, title, markdown, updatedAt);

    public void Rewrite(string title, string markdown, DateTimeOffset now) => (Title, Markdown, UpdatedAt) = (title.Trim(), markdown, now);
}
