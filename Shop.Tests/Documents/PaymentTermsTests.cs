using System.Globalization;
using Shop.Web.Documents;

namespace Shop.Tests.Documents;

/// <summary>
/// Which payment terms a seller's business invoices state (<c>Shop:Business:PaymentTerms</c>): a French seller the law's
/// own where it set none, any seller those it set, as written; and how they read in each language.
/// </summary>
public class PaymentTermsTests
{
    private static readonly DateTimeOffset PaidAt = new(2026, 12, 7, 10, 30, 0, TimeSpan.Zero);

    private static IReadOnlyList<string> Lines(PaymentTerms terms, string culture)
    {
        var before = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (CultureInfo.GetCultureInfo(culture), CultureInfo.GetCultureInfo(culture));
        try { return terms.Lines(PaidAt).Select(l => l.Replace('\u00A0', ' ')).ToList(); }
        finally { (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = before; }
    }

    [Test]
    public void A_French_seller_that_set_none_states_the_law_s_rate_the_40_euro_indemnity_and_no_discount()
    {
        var terms = PaymentTerms.Of(new PaymentTermsOptions(), "FR", "EUR")!;

        Assert.Multiple(() =>
        {
            Assert.That(terms, Is.EqualTo(new PaymentTerms(null, new Money(40m, "EUR"), null, UnderFrenchLaw: true)));
            Assert.That(Lines(terms, "fr-FR"), Is.EqualTo(new[]
            {
                "Date de règlement : payée le 7 décembre 2026",
                "Pas d’escompte pour paiement anticipé.",
                "Pénalités de retard : taux d’intérêt appliqué par la Banque centrale européenne à son opération de refinancement la plus récente, " +
                "majoré de 10 points de pourcentage (art. L441-10 du Code de commerce)",
                "Indemnité forfaitaire pour frais de recouvrement en cas de retard de paiement : 40,00 €",
            }));
            Assert.That(Lines(terms, "de-DE"), Is.EqualTo(new[]
            {
                "Fälligkeit: bezahlt am 7. Dezember 2026",
                "Kein Skonto bei vorzeitiger Zahlung.",
                "Verzugszinsen: Zinssatz der jüngsten Hauptrefinanzierungsoperation der Europäischen Zentralbank zuzüglich 10 Prozentpunkten " +
                "(Art. L441-10 Code de commerce)",
                "Pauschale für Beitreibungskosten bei Zahlungsverzug: 40,00 €",
            }));
        });
    }

    [Test]
    public void A_French_seller_s_own_rate_and_discount_print_as_written_and_the_indemnity_stays()
    {
        var terms = PaymentTerms.Of(new PaymentTermsOptions
        {
            LatePaymentRate = " trois fois le taux d’intérêt légal ",
            EarlyPaymentDiscount = "Escompte de 2 % pour paiement sous 8 jours.",
        }, "FR", "EUR")!;

        Assert.That(Lines(terms, "fr-FR"), Is.EqualTo(new[]
        {
            "Date de règlement : payée le 7 décembre 2026",
            "Escompte de 2 % pour paiement sous 8 jours.",
            "Pénalités de retard : trois fois le taux d’intérêt légal",
            "Indemnité forfaitaire pour frais de recouvrement en cas de retard de paiement : 40,00 €",
        }));
    }

    [Test]
    public void A_French_seller_selling_in_another_currency_states_the_law_s_40_euros_as_euros_in_the_invoice_s_language()
    {
        var law = PaymentTerms.Of(new PaymentTermsOptions(), "FR", "USD")!;
        var typed = PaymentTerms.Of(new PaymentTermsOptions { RecoveryFee = 40m }, "FR", "CHF")!;

        Assert.Multiple(() =>
        {
            Assert.That(law.RecoveryFee, Is.EqualTo(new Money(40m, "EUR")));
            Assert.That(Lines(law, "fr-FR")[^1], Is.EqualTo("Indemnité forfaitaire pour frais de recouvrement en cas de retard de paiement : 40,00 €"));
            Assert.That(Lines(law, "de-DE")[^1], Is.EqualTo("Pauschale für Beitreibungskosten bei Zahlungsverzug: 40,00 €"));
            Assert.That(Lines(law, "en-US")[^1], Is.EqualTo("Fixed indemnity for recovery costs in case of late payment: €40.00"));
            Assert.That(typed.RecoveryFee, Is.EqualTo(new Money(40m, "EUR")), "the law sets the fee in euros: a typed one is not read in the shop's francs");
            Assert.That(Lines(typed, "fr-FR")[^1], Is.EqualTo("Indemnité forfaitaire pour frais de recouvrement en cas de retard de paiement : 40,00 €"));
            Assert.That(Lines(typed, "en-GB")[^1], Is.EqualTo("Fixed indemnity for recovery costs in case of late payment: €40.00"));
        });
    }

    [Test]
    public void A_seller_outside_France_states_no_terms_until_it_sets_some_and_then_only_those()
    {
        var german = PaymentTerms.Of(new PaymentTermsOptions { LatePaymentRate = "9 Prozentpunkte über dem Basiszinssatz", RecoveryFee = 40m }, "DE", "EUR")!;
        var british = PaymentTerms.Of(new PaymentTermsOptions { RecoveryFee = 70m }, "GB", "GBP")!;

        Assert.Multiple(() =>
        {
            Assert.That(PaymentTerms.Of(new PaymentTermsOptions(), "DE", "EUR"), Is.Null);
            Assert.That(PaymentTerms.Of(new PaymentTermsOptions(), null, "USD"), Is.Null);
            Assert.That(PaymentTerms.Of(new PaymentTermsOptions { RecoveryFee = -40m }, "DE", "EUR"), Is.Null, "a fee below nothing is none");
            Assert.That(Lines(german, "de-DE"), Is.EqualTo(new[]
            {
                "Fälligkeit: bezahlt am 7. Dezember 2026",
                "Kein Skonto bei vorzeitiger Zahlung.",
                "Verzugszinsen: 9 Prozentpunkte über dem Basiszinssatz",
                "Pauschale für Beitreibungskosten bei Zahlungsverzug: 40,00 €",
            }));
            Assert.That(Lines(british, "en-GB"), Is.EqualTo(new[]
            {
                "Payment due: paid on 7 December 2026",
                "No discount for early payment.",
                "Fixed indemnity for recovery costs in case of late payment: £70.00",
            }), "no rate of the law's: none printed");
        });
    }
}
