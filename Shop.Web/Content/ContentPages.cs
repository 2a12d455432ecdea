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

    /// <summary>The pages a distance contract gives the shopper to keep: the confirmation mail carries them whole.</summary>
    public const string Terms = "terms", Withdrawal = "withdrawal";

    public static IReadOnlyList<Standard> All { get; } =
    [
        new(1, "shipping", "Shipping", "# Shipping\n\nWe ship from our warehouse on working days. Standard and express rates are shown at checkout.\n"),
        new(2, "returns", "Returns", $"# Returns\n\nSend anything back within **{ReturnDays} days**, unused and in its packaging, for a full refund.\n"),
        new(3, "privacy", "Privacy", "# Privacy\n\nWe keep what we need to deliver your order and nothing more. We never sell your data.\n"),
        new(4, "terms", "Terms", "# Terms of sale\n\nPrices include the currency shown. An order is accepted when payment is confirmed.\n"),
        new(5, "contact", "Contact", "# Contact\n\nWrite to us at the address on your receipt and we answer within one working day.\n"),
        new(6, "legal-notice", "Legal notice", "# Legal notice\n\n**Who runs this shop:** the business's name and address, email and phone, its legal form and who represents it, its company register and number, and its VAT number. Replace this with your own (in Germany, the Impressum).\n"),
        new(7, "withdrawal", "Right of withdrawal", "# Right of withdrawal\n\nBuying as a consumer in the EU, you may withdraw from your purchase within **14 days** of receiving the goods, without giving a reason. Tell us clearly, by letter or email, that you withdraw, and send the goods back within 14 days. We refund everything you paid, standard shipping included, within 14 days of hearing from you; we may wait until the goods are back.\n"),
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
        new(6, "de", "Impressum", "# Impressum\n\n**Anbieter dieses Shops:** Name und Anschrift des Unternehmens, E-Mail und Telefon, Rechtsform und Vertretungsberechtigte, Registergericht und Registernummer, Umsatzsteuer-Identifikationsnummer (Angaben nach § 5 DDG). Bitte durch Ihre eigenen Angaben ersetzen.\n"),
        new(7, "de", "Widerrufsbelehrung", "# Widerrufsbelehrung\n\nSie haben das Recht, binnen **vierzehn Tagen** ohne Angabe von Gründen diesen Vertrag zu widerrufen. Die Frist beginnt an dem Tag, an dem Sie oder ein von Ihnen benannter Dritter, der nicht der Beförderer ist, die Waren in Besitz genommen haben. Um Ihr Widerrufsrecht auszuüben, informieren Sie uns mittels einer eindeutigen Erklärung (z. B. Brief oder E-Mail) über Ihren Entschluss. Wenn Sie widerrufen, zahlen wir Ihnen alle Zahlungen, die wir von Ihnen erhalten haben, einschließlich der Kosten der Standardlieferung, unverzüglich und spätestens binnen vierzehn Tagen zurück.\n"),
        new(6, "fr", "Mentions légales", "# Mentions légales\n\n**Éditeur de la boutique\u00A0:** raison sociale et adresse, e-mail et téléphone, forme juridique et capital, numéro RCS, numéro de TVA intracommunautaire, directeur de la publication et hébergeur. À remplacer par vos propres informations.\n"),
        new(7, "fr", "Droit de rétractation", "# Droit de rétractation\n\nVous disposez de **quatorze jours** à compter de la réception des biens pour exercer votre droit de rétractation, sans avoir à motiver votre décision. Informez-nous de votre décision par une déclaration dénuée d’ambiguïté (lettre ou e-mail) et renvoyez les biens sous quatorze jours. Nous vous remboursons tous les paiements reçus, frais de livraison standard compris, au plus tard quatorze jours après avoir été informés de votre décision.\n"),
    ];

    public static string PathOf(string slug) => $"/pages/{slug}";
}
