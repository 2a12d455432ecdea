namespace Shop.Web.Content;

/// <summary>A shop page as the shopper reads it: in their language, its placeholders filled in.</summary>
public sealed record ContentPageView(string Slug, string Title, string Markdown);
