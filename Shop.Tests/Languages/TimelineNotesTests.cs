using System.Globalization;
using Shop.Web.Orders;

namespace Shop.Tests.Languages;

/// <summary>Every note an order writes about its own steps reads back in German and French with what it names.</summary>
public class TimelineNotesTests
{
    private static readonly string[] Values = ["TXN-1", "€5.00 with, commas. and: colons", "€9.00"];

    [TestCaseSource(typeof(OrderNotes), nameof(OrderNotes.All))]
    public void A_note_the_order_wrote_is_translated_with_what_it_names(string template)
    {
        var note = string.Format(CultureInfo.InvariantCulture, template, Values);
        Assert.That(TimelineNotes.InShoppersLanguage(note, "EUR"), Is.EqualTo(note), "English stays as stored");
        foreach (var language in new[] { "de", "fr" })
        {
            var before = CultureInfo.CurrentUICulture;
            CultureInfo.CurrentUICulture = CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(language);
            try
            {
                var translated = TimelineNotes.InShoppersLanguage(note, "EUR");
                Assert.That(translated, Is.Not.EqualTo(note), $"{language}: {template} has a translation");
                var named = Values.Take(template.Count(c => c == '{')).Select(v => v == "€9.00" ? new Money(9m, "EUR").ToString() : v);
                Assert.That(named, Has.All.Matches<string>(v => translated.Contains(v!)), $"{language}: {translated}, amounts their way");
            }
            finally
            {
                CultureInfo.CurrentUICulture = CultureInfo.CurrentCulture = before;
            }
        }
    }

    [Test]
    public void A_note_staff_wrote_for_the_shopper_stays_as_written()
    {
        var before = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("de");
        try
        {
            Assert.That(TimelineNotes.InShoppersLanguage("Delivered to your neighbour.", "EUR"), Is.EqualTo("Delivered to your neighbour."));
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }

    [Test]
    public void A_failed_payment_s_note_reads_with_the_shop_s_sentence_in_German()
    {
        var note = string.Format(CultureInfo.InvariantCulture, OrderNotes.PaymentFailed,
            Shop.Web.Payments.PaymentRefusals.Explain(new ChargeResult.Declined("2000", "Do Not Honor", null, false)));
        var before = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("de");
        try
        {
            Assert.That(TimelineNotes.InShoppersLanguage(note, "EUR"), Is.EqualTo(
                "Zahlung fehlgeschlagen: Ihre Karte wurde abgelehnt: Do Not Honor (Code 2000). Ihnen wurde nichts berechnet; versuchen Sie es mit einer anderen Karte."));
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }
}
