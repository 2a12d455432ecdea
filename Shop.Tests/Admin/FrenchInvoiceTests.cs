using System.Globalization;
using Shop.Tests.Orders;
using static Shop.Tests.Checkout.MarketBuyers;

namespace Shop.Tests.Admin;

/// <summary>
/// A French merchant's invoices to businesses state the payment terms the Code de commerce asks (L441-9, L441-10): when
/// payment was due (paid at checkout: the day it was paid), no discount for paying early, the late-payment penalty rate
/// (the law's own, the merchant having set none) and the 40 € recovery indemnity. A consumer's invoice states none. The
/// downloaded files are named in French.
/// </summary>
public class FrenchInvoiceTests : OrdersFixture
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    protected override Dictionary<string, string?> ShopSettings => MerchantSettings.FrenchSarl();

    [OneTimeSetUp]
    public Task LoadMarkets() => App.LoadDemoMarketsAsync();

    /// <summary>A lamp bought and paid by a signed-in shopper in <paramref name="language"/>; the shopper stays signed in.</summary>
    private async Task<(Order Order, HttpClient Me)> BuyAsync(string language, string who, string company = "", string vatNumber = "")
    {
        var email = Unique(who);
        var me = await App.CreateAccountAndSignInAsync(email);
        var shopper = new Shopper(me); // not disposed: it would dispose the shopper's client, which the caller keeps
        if (language != "en") await me.GetAsync($"/language/{language}");
        await shopper.AddToCartAsync((await App.ProductAsync(0)).Slug);
        var address = Buyer(email, "FR", "Lyon", "69001", vatNumber: vatNumber);
        address["Form.Company"] = company;
        var paid = await shopper.PayAsync(await shopper.EnterAddressAsync(address), TestNonces.Valid);
        Assert.That(paid.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), await paid.Content.ReadAsStringAsync());
        return (await App.WithDbAsync(db => db.Orders.Include(o => o.History).SingleAsync(o => o.Email == email)), me);
    }

    private static async Task<(string Text, string? FileName)> PdfAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/pdf"));
        var pdf = await response.Content.ReadAsByteArrayAsync();
        await DeveloperLook.KeepPdfAsync(url.Split('/')[^1], pdf);
        return (string.Join("\n", PdfText.Pages(pdf)).Replace('\u00A0', ' '), response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
    }

    private static DateTimeOffset PaidAt(Order order) => order.History.First(h => h.Status == OrderStatus.Paid).At;

    [Test]
    public async Task A_French_business_s_invoice_says_it_was_paid_on_its_day_no_discount_the_late_payment_penalty_rate_and_the_40_euro_indemnity()
    {
        var (order, me) = await BuyAsync("fr", "sas", company: "Cuisines Martin SAS", vatNumber: "FR12345678901");
        using var _ = me;

        var (invoice, name) = await PdfAsync(Staff, $"/admin/orders/{order.Number}/invoice");
        var (mine, myName) = await PdfAsync(me, $"/account/orders/{order.Number}/invoice");

        Assert.Multiple(() =>
        {
            Assert.That(invoice, Does.Contain("Cuisines Martin SAS").And.Contain("N° de TVA : FR12345678901"), "a business buyer");
            Assert.That(invoice, Does.Contain($"Date de règlement : payée le {PaidAt(order).UtcDateTime.ToString("d MMMM yyyy", French)}"),
                "the due date: paid at checkout");
            Assert.That(invoice, Does.Contain("Pas d’escompte pour paiement anticipé."));
            Assert.That(invoice, Does.Contain("Pénalités de retard : taux d’intérêt appliqué par la Banque centrale européenne à son opération de " +
                "refinancement la plus récente, majoré de 10 points de pourcentage (art. L441-10 du Code de commerce)"), "the law's rate, none set");
            Assert.That(invoice, Does.Contain("Indemnité forfaitaire pour frais de recouvrement en cas de retard de paiement : 40,00 €"));
            Assert.That(invoice, Does.Not.Contain("trois fois"), "the least a merchant's own rate may be, not the rate");
            Assert.That(invoice, Does.Not.Contain("…"), "long lines wrap, none cut");
            Assert.That(mine, Is.EqualTo(invoice), "the shopper downloads the same invoice");
            Assert.That((name, myName), Is.EqualTo(($"facture-{order.Number}.pdf", $"facture-{order.Number}.pdf")), "named in French");
        });
    }

    [Test]
    public async Task A_business_named_on_the_bill_without_a_VAT_number_buying_in_English_gets_the_terms_in_English()
    {
        var (order, me) = await BuyAsync("en", "sarl", company: "Boulangerie Petit SARL");
        me.Dispose();

        var (invoice, name) = await PdfAsync(Staff, $"/admin/orders/{order.Number}/invoice");

        Assert.Multiple(() =>
        {
            Assert.That(invoice, Does.Contain($"Payment due: paid on {PaidAt(order).UtcDateTime.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)}"));
            Assert.That(invoice, Does.Contain("No discount for early payment."));
            Assert.That(invoice, Does.Contain("Late-payment penalties: the European Central Bank's most recent refinancing rate plus 10 percentage points"));
            Assert.That(invoice, Does.Contain("Fixed indemnity for recovery costs in case of late payment: €40.00"));
            Assert.That(name, Is.EqualTo($"invoice-{order.Number}.pdf"));
        });
    }

    [Test]
    public async Task A_business_buying_in_German_gets_the_terms_in_German()
    {
        var (order, me) = await BuyAsync("de", "gmbh", company: "Küchenstudio Süd GmbH", vatNumber: "FR12345678901");
        me.Dispose();

        var (invoice, name) = await PdfAsync(Staff, $"/admin/orders/{order.Number}/invoice");

        Assert.Multiple(() =>
        {
            Assert.That(invoice, Does.Contain($"Fälligkeit: bezahlt am {PaidAt(order).UtcDateTime.ToString("d. MMMM yyyy", CultureInfo.GetCultureInfo("de-DE"))}"));
            Assert.That(invoice, Does.Contain("Kein Skonto bei vorzeitiger Zahlung."));
            Assert.That(invoice, Does.Contain("Verzugszinsen: Zinssatz der jüngsten Hauptrefinanzierungsoperation der Europäischen Zentralbank"));
            Assert.That(invoice, Does.Contain("Pauschale für Beitreibungskosten bei Zahlungsverzug: 40,00 €"));
            Assert.That(invoice, Does.Not.Contain("…"), "long lines wrap, none cut");
            Assert.That(name, Is.EqualTo($"Rechnung-{order.Number}.pdf"));
        });
    }

    [Test]
    public async Task A_consumer_s_invoice_states_no_business_payment_terms()
    {
        var (order, me) = await BuyAsync("fr", "particulier");
        me.Dispose();

        var (invoice, _) = await PdfAsync(Staff, $"/admin/orders/{order.Number}/invoice");

        Assert.Multiple(() =>
        {
            Assert.That(invoice, Does.Contain("Facture FA-").And.Contain("Payé par carte"));
            Assert.That(invoice, Does.Not.Contain("Date de règlement").And.Not.Contain("escompte").And.Not.Contain("Pénalités")
                .And.Not.Contain("recouvrement"), "penalties and the indemnity are owed between businesses only");
        });
    }

    [Test]
    public async Task A_French_order_s_credit_note_downloads_as_an_avoir()
    {
        var (order, me) = await BuyAsync("fr", "avoir");
        using var _ = me;
        Gateway.Settle(order.PaymentTransactionId!);
        await PdfAsync(Staff, $"/admin/orders/{order.Number}/invoice");
        var refunded = await ActAsync(order.Number, "form.refund-form", new Dictionary<string, string?> { ["Amount"] = "1.00" });
        Assert.That(refunded.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), await refunded.Content.ReadAsStringAsync());
        var refund = await App.WithDbAsync(db => db.OrderRefunds.SingleAsync(r => EF.Property<int>(r, "OrderId") == order.Id));

        var (staffText, staffName) = await PdfAsync(Staff, $"/admin/orders/{order.Number}/refunds/{refund.Id}/credit-note");
        var (_, myName) = await PdfAsync(me, $"/account/orders/{order.Number}/refunds/{refund.Id}/credit-note");
        var number = (await App.WithDbAsync(db => db.OrderRefunds.SingleAsync(r => r.Id == refund.Id))).CreditNoteNumber;

        Assert.Multiple(() =>
        {
            Assert.That(staffText, Does.Contain($"AV-{number:D6}"));
            Assert.That(staffName, Is.EqualTo($"avoir-{order.Number}-{number:D6}.pdf"));
            Assert.That(myName, Is.EqualTo(staffName));
        });
    }
}
