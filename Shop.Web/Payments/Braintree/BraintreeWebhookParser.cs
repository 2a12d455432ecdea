using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using Shop.Domain;

namespace Shop.Web.Payments.Braintree;

/// <summary>
/// Decodes a bt_payload (base64 XML) into a <see cref="WebhookNotification"/>. Call it only after
/// <see cref="BraintreeWebhookVerifier.IsAuthentic"/>. Returns null for anything malformed; never throws.
/// </summary>
public static class BraintreeWebhookParser
{
    /// <summary>Real notifications are a few kilobytes; this bounds the work done for a hostile one.</summary>
    public const int MaxPayloadLength = 256 * 1024;

    public static WebhookNotification? Parse(string? payload)
    {
        if (string.IsNullOrWhiteSpace(payload) || payload.Length > MaxPayloadLength) return null;
        XElement root;
        try
        {
            var xml = Encoding.UTF8.GetString(Convert.FromBase64String(payload.Replace("\n", "", StringComparison.Ordinal)));
            // No DTDs, no external entities: the XML came from outside.
            var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, MaxCharactersInDocument = MaxPayloadLength };
            using var reader = XmlReader.Create(new StringReader(xml), settings);
            root = XElement.Load(reader);
        }
        catch (Exception ex) when (ex is FormatException or XmlException)
        {
            return null;
        }

        if (root.Name != "notification") return null;
        var kind = Text(root.Element("kind"));
        var timestamp = Timestamp(Text(root.Element("timestamp")));
        if (kind is null || timestamp is null) return null;

        var subject = root.Element("subject");
        var dispute = subject?.Element("dispute");
        var transaction = subject?.Element("transaction") ?? dispute?.Element("transaction");
        var currency = Text(transaction?.Element("currency-iso-code")) ?? Text(dispute?.Element("currency-iso-code"));
        return new WebhookNotification(
            kind,
            timestamp.Value,
            Text(transaction?.Element("id")),
            Text(transaction?.Element("status")),
            Text(transaction?.Element("order-id")),
            Amount(Text(dispute?.Element("amount-disputed")) ?? Text(dispute?.Element("amount")) ?? Text(transaction?.Element("amount")), currency),
            Text(dispute?.Element("id")),
            Text(dispute?.Element("status")),
            Text(dispute?.Element("reason")));
    }

    private static string? Text(XElement? e) => e is null || string.IsNullOrWhiteSpace(e.Value) ? null : e.Value.Trim();

    private static DateTimeOffset? Timestamp(string? text) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var t) ? t : null;

    private static Money? Amount(string? value, string? currency) =>
        decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out var amount)
        && currency is { Length: 3 } && currency.All(char.IsAsciiLetter)
            ? new Money(amount, currency)
            : null;
}
