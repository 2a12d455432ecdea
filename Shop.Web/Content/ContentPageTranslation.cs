namespace Shop.Web.Content;

/// <summary>A shop page's title and words in one more language of the storefront ("de"); without one, shoppers read the page's own.</summary>
public sealed class ContentPageTranslation
{
    public int ContentPageId { get; private set; }
    public string Language { get; private set; } = "";
    public string Title { get; private set; } = "";
    public string Markdown { get; private set; } = "";
    public DateTimeOffset UpdatedAt { get; private set; }

    private ContentPageTranslation() { }

    public ContentPageTranslation(int contentPageId, string language, string title, string markdown, DateTimeOffset updatedAt)
    {
        (ContentPageId, Language) = (contentPageId, language);
        Rewrite(title, markdown, updatedAt);
    }

    public void Rewrite(string title, string markdown, DateTimeOffset now) => (Title, Markdown, UpdatedAt) = (title.Trim(), markdown, now);
}
