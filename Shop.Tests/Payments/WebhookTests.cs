using Shop.Web.Payments.Braintree;

namespace Shop.Tests.Payments;

public class WebhookTests
{
    private const string PublicKey = "integration_public_key";
    private const string PrivateKey = "integration_private_key";
    private static readonly BraintreeWebhookVerifier Verifier = new(PublicKey, PrivateKey);

    private const string SettledXml =
        "<notification><timestamp type=\"datetime\">2026-11-23T12:00:00Z</timestamp><kind>transaction_settled</kind>" +
        "<subject><transaction><id>abc12345</id><status>settled</status><type>sale</type><currency-iso-code>USD</currency-iso-code>" +
        "<amount>100.00</amount><order-id>SHP-7K3Q-X9MA</order-id><billing/><credit-card/></transaction></subject></notification>";

    private const string DisputeXml =
        "<notification><timestamp type=\"datetime\">2026-11-24 08:30:00Z</timestamp><kind>dispute_opened</kind>" +
        "<subject><dispute><id>dsp_1</id><amount>250.00</amount><amount-disputed>250.00</amount-disputed>" +
        "<currency-iso-code>USD</currency-iso-code><kind>chargeback</kind><status>open</status><reason>fraud</reason>" +
        "<transaction><id>abc12345</id><amount>250.00</amount></transaction></dispute></subject></notification>";

    /// <summary>As Braintree's sample notifications: base64 of the XML plus "\n", signed including the "\n".</summary>
    private static (string Signature, string Payload) Signed(string xml, BraintreeWebhookVerifier? signer = null, string publicKey = PublicKey)
    {
        var payload = Convert.ToBase64String(Encoding.UTF8.GetBytes(xml)) + "\n";
        return ($"{publicKey}|{(signer ?? Verifier).Sign(payload)}", payload);
    }

    [Test]
    public void The_signature_matches_braintrees_test_vector()
    {
        Assert.That(Verifier.Sign("20f9f8ed05f77439fe955c977e4c8a53"), Is.EqualTo("d9b899556c966b3f06945ec21311865d35df3ce4"));
    }

    [Test]
    public void A_signed_notification_is_authentic_with_or_without_its_trailing_newline()
    {
        var (signature, payload) = Signed(SettledXml);
        Assert.That(Verifier.IsAuthentic(signature, payload), Is.True);
        Assert.That(Verifier.IsAuthentic(signature, payload.TrimEnd('\n')), Is.True);
    }

    [Test]
    public void Our_pair_is_found_among_several()
    {
        var (signature, payload) = Signed(SettledXml);
        Assert.That(Verifier.IsAuthentic($"other_key|0123456789abcdef&{signature}&junk", payload), Is.True);
    }

    [Test]
    public void A_tampered_payload_is_refused()
    {
        var (signature, _) = Signed(SettledXml);
        var (_, tampered) = Signed(SettledXml.Replace("100.00", "1.00", StringComparison.Ordinal));
        Assert.That(Verifier.IsAuthentic(signature, tampered), Is.False);
    }

    [Test]
    public void A_signature_for_another_public_key_is_refused()
    {
        var (signature, payload) = Signed(SettledXml, publicKey: "someone_else");
        Assert.That(Verifier.IsAuthentic(signature, payload), Is.False);
    }

    [Test]
    public void A_signature_made_with_another_private_key_is_refused()
    {
        var (signature, payload) = Signed(SettledXml, new BraintreeWebhookVerifier(PublicKey, "guessed_private_key"));
        Assert.That(Verifier.IsAuthentic(signature, payload), Is.False);
    }

    [TestCase(null, "abc")]
    [TestCase("integration_public_key|abc", null)]
    [TestCase("", "abc")]
    [TestCase("no-bar-here", "abc")]
    [TestCase("integration_public_key|", "abc")]
    public void Missing_or_broken_fields_are_refused(string? signature, string? payload)
    {
        Assert.That(Verifier.IsAuthentic(signature, payload), Is.False);
    }

    [TestCase("<")]
    [TestCase(" ")]
    [TestCase("\r")]
    [TestCase("%3D")]
    public void A_payload_with_characters_outside_base64_is_refused_even_when_signed(string extra)
    {
        var payload = Convert.ToBase64String(Encoding.UTF8.GetBytes(SettledXml)) + extra;
        var signature = $"{PublicKey}|{Verifier.Sign(payload)}";
        Assert.That(Verifier.IsAuthentic(signature, payload), Is.False);
    }

    [Test]
    public void Without_keys_nothing_is_authentic()
    {
        var unconfigured = new BraintreeWebhookVerifier("", "");
        var payload = Convert.ToBase64String(Encoding.UTF8.GetBytes(SettledXml));
        Assert.That(unconfigured.IsAuthentic($"|{unconfigured.Sign(payload)}", payload), Is.False);
    }

    [Test]
    public void A_settled_transaction_is_parsed()
    {
        var n = BraintreeWebhookParser.Parse(Signed(SettledXml).Payload);
        Assert.That(n, Is.EqualTo(new WebhookNotification(WebhookNotification.TransactionSettled,
            new DateTimeOffset(2026, 11, 23, 12, 0, 0, TimeSpan.Zero), "abc12345", "settled", "SHP-7K3Q-X9MA",
            new Money(100m, "USD"), null, null, null)));
    }

    [Test]
    public void A_dispute_is_parsed_with_its_transaction()
    {
        var n = BraintreeWebhookParser.Parse(Signed(DisputeXml).Payload)!;
        Assert.Multiple(() =>
        {
            Assert.That(n.Kind, Is.EqualTo(WebhookNotification.DisputeOpened));
            Assert.That(n.Timestamp, Is.EqualTo(new DateTimeOffset(2026, 11, 24, 8, 30, 0, TimeSpan.Zero)));
            Assert.That(n.DisputeId, Is.EqualTo("dsp_1"));
            Assert.That(n.DisputeStatus, Is.EqualTo("open"));
            Assert.That(n.DisputeReason, Is.EqualTo("fraud"));
            Assert.That(n.TransactionId, Is.EqualTo("abc12345"));
            Assert.That(n.Amount, Is.EqualTo(new Money(250m, "USD")));
        });
    }

    [Test]
    public void A_check_notification_has_only_kind_and_time()
    {
        var n = BraintreeWebhookParser.Parse(Signed(
            "<notification><timestamp type=\"datetime\">2026-11-23T12:00:00Z</timestamp><kind>check</kind><subject><check type=\"boolean\">true</check></subject></notification>").Payload)!;
        Assert.That(n.Kind, Is.EqualTo(WebhookNotification.Check));
        Assert.That(n.TransactionId, Is.Null);
        Assert.That(n.Amount, Is.Null);
    }

    [TestCase("<notification><timestamp>2026-11-23T12:00:00Z</timestamp><subject/></notification>")]
    [TestCase("<notification><kind>check</kind><subject/></notification>")]
    [TestCase("<notification><timestamp>yesterday</timestamp><kind>check</kind></notification>")]
    [TestCase("<other><timestamp>2026-11-23T12:00:00Z</timestamp><kind>check</kind></other>")]
    [TestCase("<notification><kind>check</kind>")]
    [TestCase("<!DOCTYPE n [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><notification><timestamp>2026-11-23T12:00:00Z</timestamp><kind>&x;</kind></notification>")]
    public void Malformed_notifications_parse_to_nothing(string xml)
    {
        Assert.That(BraintreeWebhookParser.Parse(Signed(xml).Payload), Is.Null);
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase("not base64!")]
    public void Payloads_that_are_not_base64_parse_to_nothing(string? payload)
    {
        Assert.That(BraintreeWebhookParser.Parse(payload), Is.Null);
    }
}
