namespace Shop.Web.Catalog;

/// <summary>
/// A web address a product or category had before staff changed its slug. Links in mails, bookmarks and search
/// engines keep working: the old address answers with a permanent redirect to the page's address now.
/// </summary>
public sealed class RetiredSlug
{
    public const string ProductPage = "p", CategoryPage = "c";

    public int Id { get; private set; }
    /// <summary><see cref="ProductPage"/> or <see cref="CategoryPage"/>.</summary>
    public string Kind { get; private set; } = "";
    public string Slug { get; private set; } = "";
    /// <summary>The product's or category's id: however often it is renamed, the old address finds its page now.</summary>
    public int TargetId { get; private set; }
    public DateTimeOffset RetiredAt { get; private set; }

    private RetiredSlug() { }

    public RetiredSlug(string kind, string slug, int targetId, DateTimeOffset at) => (Kind, Slug, TargetId, RetiredAt) = (kind, slug, targetId, at);
}
