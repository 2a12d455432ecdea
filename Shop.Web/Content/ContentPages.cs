namespace Shop.Web.Content;

/// <summary>
/// The pages every shop has, linked from the footer and listed in the sitemap; staff edit their words. The first words
/// are the database's seed (HasData): changing them here needs a migration.
/// </summary>
public static class ContentPages
{
    public sealed record Standard(int Id, string Slug, string Title, string Markdown);

    public static IReadOnlyList<Standard> All { get; } =
    [
        new(1, "shipping", "Shipping", "# Shipping\n\nWe ship from our warehouse on working days. Standard and express rates are shown at checkout.\n"),
        new(2, "returns", "Returns", "# Returns\n\nSend anything back within **30 days**, unused and in its packaging, for a full refund.\n"),
        new(3, "privacy", "Privacy", "# Privacy\n\nWe keep what we need to deliver your order and nothing more. We never sell your data.\n"),
        new(4, "terms", "Terms", "# Terms of sale\n\nPrices include the currency shown. An order is accepted when payment is confirmed.\n"),
        new(5, "contact", "Contact", "# Contact\n\nWrite to us at the address on your receipt and we answer within one working day.\n"),
    ];

    public static string PathOf(string slug) => $"/pages/{slug}";
}
