using Shop.Web.Content;

namespace Shop.Web.Admin.Content;

/// <summary>A shop page on the staff list, with the languages whose version was last changed before the page's own words.</summary>
public sealed record ContentPageRow(ContentPage Page, IReadOnlyList<string> OlderVersions);
