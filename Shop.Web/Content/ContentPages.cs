namespace Shop.Web.Content;

/// <summary>
/// The pages every shop has, linked from the footer and listed in the sitemap; staff edit their words. The first words
/// (and their German and French versions) are the database's seed (HasData): changing them here needs a migration.
/// </summary>
public static class ContentPages
{
    public sealed record Standard(int Id, string Slug, string Title, string Markdown);

    public sealed record Translation(int Id, string Language, string Title, string Markdown);

    /// <summary>Written in a page, shows the configured return window (<c>Shop:Returns:Days</c>) in its place.</summary>
    public const string ReturnDays = "{return-days}";

    public static IReadOnlyList<Standard> All { get; } =
    [
        new(1, "shipping", "Shipping", "# Shipping\n\nWe ship from our warehouse on working days. Standard and express rates are shown at checkout.\n"),
        new(2, "returns", "Returns", $"# Returns\n\nSend anything back within **{ReturnDays} days**, unused and in its packaging, for a full refund.\n"),
        new(3, "privacy", "Privacy", "# Privacy\n\nWe keep what we need to deliver your order and nothing more. We never sell your data.\n"),
        new(4, "terms", "Terms", "# Terms of sale\n\nPrices include the currency shown. An order is accepted when payment is confirmed.\n"),
        new(5, "contact", "Contact", "# Contact\n\nWrite to us at the address on your receipt and we answer within one working day.\n"),
    ];

    public static IReadOnlyList<Translation> Translations { get; } =
    [
        new(1, "de", "Versand", "# Versand\n\nWir versenden an Werktagen aus unserem Lager. Die Preise für Standard- und Expressversand sehen Sie an der Kasse.\n"),
        new(2, "de", "Rückgabe", $"# Rückgabe\n\nSchicken Sie alles innerhalb von **{ReturnDays} Tagen** unbenutzt und originalverpackt zurück und erhalten Sie den vollen Betrag erstattet.\n"),
        new(3, "de", "Datenschutz", "# Datenschutz\n\nWir speichern nur, was wir für die Lieferung Ihrer Bestellung brauchen, und nichts weiter. Wir verkaufen Ihre Daten nie.\n"),
        new(4, "de", "AGB", "# Allgemeine Geschäftsbedingungen\n\nPreise gelten in der angezeigten Währung. Eine Bestellung ist angenommen, sobald die Zahlung bestätigt ist.\n"),
        new(5, "de", "Kontakt", "# Kontakt\n\nSchreiben Sie uns an die Adresse auf Ihrer Quittung; wir antworten innerhalb eines Werktags.\n"),
        new(1, "fr", "Livraison", "# Livraison\n\nNous expédions depuis notre entrepôt les jours ouvrés. Les tarifs standard et express sont indiqués lors de la commande.\n"),
        new(2, "fr", "Retours", $"# Retours\n\nRenvoyez tout article sous **{ReturnDays} jours**, inutilisé et dans son emballage, pour un remboursement intégral.\n"),
        new(3, "fr", "Confidentialité", "# Confidentialité\n\nNous ne gardons que ce qu'il faut pour livrer votre commande, rien de plus. Nous ne vendons jamais vos données.\n"),
        new(4, "fr", "Conditions", "# Conditions générales de vente\n\nLes prix sont exprimés dans la devise affichée. Une commande est acceptée dès que le paiement est confirmé.\n"),
        new(5, "fr", "Contact", "# Contact\n\nÉcrivez-nous à l'adresse figurant sur votre reçu : nous répondons sous un jour ouvré.\n"),
    ];

    public static string PathOf(string slug) => $"/pages/{slug}";
}
