using System.Globalization;
using Shop.Domain.Markets;
using Shop.Web.Admin.Orders;
using Shop.Tests.Orders;
using static Shop.Tests.Checkout.MarketBuyers;

namespace Shop.Tests.Admin;

/// <summary>
/// A German merchant's invoices and packing slips: each order's documents speak the language it was bought in (texts,
/// amounts, dates, countries), whoever prints them, and carry what a German, French or EU invoice must: the seller's
/// tax number and register, the date of supply, the net and tax per rate, and why an EU business paid no VAT.
/// </summary>
public class InvoiceLanguageTests : OrdersFixture
{
    private static readonly CultureInfo German = CultureInfo.GetCultureInfo("de-DE"), French = CultureInfo.GetCultureInfo("fr-FR");

    protected override Dictionary<string, string?> ShopSettings => MerchantSettings.GermanGmbH();

    private string eBookSlug = "";

    [OneTimeSetUp]
    public async Task LoadMarketsAndABook()
    {
        await App.LoadDemoMarketsAsync();
        var (_, _, reducedId) = await App.ProductAsync(1);
        int eBookId;
        (eBookSlug, _, eBookId) = await App.ProductAsync(2);
        await App.WithDbAsync(async db =>
        {
            (await db.Products.SingleAsync(p => p.Id == reducedId)).Classify(TaxClass.Reduced, 500);
            (await db.Products.SingleAsync(p => p.Id == eBookId)).MarkDigital(true);
            await db.SaveChangesAsync();
        });
    }

    /// <summary>Bought by a shopper who chose <paramref name="language"/> in the footer ("en": never chose).</summary>
    private async Task<Order> BuyAsync(string language, Dictionary<string, string?> address, params string[] slugs)
    {
        using var shopper = new Shopper(App.Browser());
        if (language != "en") await shopper.Client.GetAsync($"/language/{language}");
        foreach (var slug in slugs) await shopper.AddToCartAsync(slug);
        var review = await shopper.EnterAddressAsync(address);
        var paid = await shopper.PayAsync(review, TestNonces.Valid);
        Assert.That(paid.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), await paid.Content.ReadAsStringAsync());
        var order = await App.WithDbAsync(db => db.Orders.AsSplitQuery().Include(o => o.Lines).Include(o => o.TaxLines)
            .SingleAsync(o => o.Email == address["Form.Email"]));
        Assert.That(order.Language, Is.EqualTo(language == "en" ? null : language), "the order keeps the language it was bought in");
        return order;
    }

    private async Task<string[]> LampAndBookAsync() => [(await App.ProductAsync(0)).Slug, (await App.ProductAsync(1)).Slug];

    /// <summary>The PDF's pages as a reader reads them; a no-break space (between an amount and its €) reads as a space.</summary>
    private static async Task<IReadOnlyList<string>> PagesAsync(HttpResponseMessage response)
    {
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        return (await PdfText.PagesAsync(response)).Select(Plain).ToList();
    }

    private static string Plain(string text) => text.Replace('\u00A0', ' ');

    private static string Squeezed(string text) => Regex.Replace(text, @"\s+", "");

    private async Task<string> InvoiceAsync(string number) => string.Join("\n", await PagesAsync(await Staff.GetAsync($"/admin/orders/{number}/invoice")));

    private static string Amount(Money money, CultureInfo culture) => Plain(money.ToString(culture));

    private async Task ShipAsync(string number)
    {
        Gateway.Settle(await TransactionOfAsync(number));
        var by = await StaffMemberAsync();
        var shipped = await App.WithAsync<StaffOrderActions, OrderActionResult>(a => a.ShipAsync(number, "TRK-DE1", null, by, CancellationToken.None));
        Assert.That(shipped.Outcome, Is.EqualTo(OrderActionOutcome.Done), shipped.Message);
    }

    [Test]
    public async Task A_German_confirmation_mail_names_the_seller_and_carries_and_links_the_terms_and_the_right_of_withdrawal()
    {
        var email = Accounts.UniqueEmail("bestaetigung");
        await BuyAsync("de", Buyer(email, "DE", "Berlin", "10115"), (await App.ProductAsync(0)).Slug);
        var mail = App.LastMailTo(email);

        Assert.Multiple(() =>
        {
            Assert.That(mail.TextBody, Does.Contain("Müller Haushaltswaren GmbH · Leopoldstraße 1 · 80802 München"));
            Assert.That(mail.LinkTo("/de/pages/terms"), Is.EqualTo("/de/pages/terms"));
            Assert.That(mail.LinkTo("/de/pages/withdrawal"), Is.EqualTo("/de/pages/withdrawal"));
            Assert.That(mail.TextBody, Does.Contain("Widerrufsbelehrung: "));
            // Carried whole, in German, for the buyer to keep (§ 312f BGB): not only linked.
            Assert.That(mail.TextBody, Does.Contain("Allgemeine Geschäftsbedingungen").And.Contain("Sie haben das Recht, binnen vierzehn Tagen"));
            Assert.That(mail.HtmlBody, Does.Contain("<strong>vierzehn Tagen</strong>").And.Not.Contain("**"));
        });
    }

    [Test]
    public async Task A_German_order_s_invoice_is_German_with_German_amounts_dates_the_date_of_supply_and_the_net_per_rate()
    {
        var email = Accounts.UniqueEmail("rechnung");
        var order = await BuyAsync("de", Buyer(email, "DE", "Berlin", "10115"), await LampAndBookAsync());
        Assert.That(order.TaxLines.Select(t => t.Label), Is.EqualTo(new[] { "VAT 19%", "VAT 7%" }));

        var beforeShipping = await InvoiceAsync(order.Number);
        var paidOn = (await OrderAsync(order.Number)).History.First(h => h.Status == OrderStatus.Paid).At;
        await ShipAsync(order.Number);
        var shippedOn = (await OrderAsync(order.Number)).History.First(h => h.Status == OrderStatus.Shipped).At;
        var afterShipping = await InvoiceAsync(order.Number);
        var (_, staffPage) = await Staff.GetPageAsync($"/admin/orders/{order.Number}");

        var (full, reduced) = (order.TaxLines[0], order.TaxLines[1]);
        Assert.Multiple(() =>
        {
            Assert.That(beforeShipping, Does.Contain("Rechnung RE-").And.Contain($"Bestellung {order.Number}"));
            Assert.That(beforeShipping, Does.Contain($"Rechnungsdatum {order.PlacedAt.UtcDateTime.ToString("d. MMMM yyyy", German)}"));
            Assert.That(Squeezed(beforeShipping), Does.Contain(Squeezed($"Vorauszahlung erhalten am {paidOn.UtcDateTime.ToString("d. MMMM yyyy", German)}"))
                .And.Contain(Squeezed("Leistungsdatum: Lieferung steht noch aus")),
                "printed before dispatch: an invoice for a payment in advance, with the day it was received (§ 14 (4) Nr. 6, (5) UStG)");
            Assert.That(beforeShipping, Does.Not.Contain($"Leistungsdatum {DateTime.UtcNow.ToString("MMMM yyyy", German)}"), "not a month the supply may not fall in");
            Assert.That(afterShipping, Does.Not.Contain("Vorauszahlung").And.Not.Contain("steht noch aus"), "shipped: the day of supply alone");
            Assert.That(afterShipping, Does.Contain($"Leistungsdatum {shippedOn.UtcDateTime.ToString("d. MMMM yyyy", German)}"), "printed after: the day it was shipped");
            Assert.That(afterShipping, Does.Contain("Müller Haushaltswaren GmbH").And.Contain("USt-IdNr.: DE123456789")
                .And.Contain("Amtsgericht München HRB 123456"), "the seller, as § 14 UStG and § 35a GmbHG ask");
            Assert.That(Squeezed(afterShipping), Does.Contain("Geschäftsführung:MaximilianeMustermann-Schönfeld"), "a line too long for its half goes on below");
            Assert.That(afterShipping, Does.Contain("Rechnungsadresse").And.Contain("10115 Berlin").And.Contain("Deutschland"));
            Assert.That(afterShipping, Does.Contain("Artikel Art.-Nr. Menge Einzelpreis Betrag"));
            Assert.That(afterShipping, Does.Contain($"Zwischensumme {Amount(order.Subtotal, German)}").And.Contain($"Gesamt {Amount(order.Total, German)}"));
            Assert.That(afterShipping, Does.Contain("Steuersatz Netto Steuerbetrag Brutto"));
            Assert.That(afterShipping, Does.Contain($"19 % {Amount(full.Base, German)} {Amount(full.Tax, German)} {Amount(full.Base + full.Tax, German)}"));
            Assert.That(afterShipping, Does.Contain($"7 % {Amount(reduced.Base, German)} {Amount(reduced.Tax, German)} {Amount(reduced.Base + reduced.Tax, German)}"));
            Assert.That(afterShipping, Does.Contain($"Bezahlt mit Karte (Transaktion {order.PaymentTransactionId})."));
            Assert.That(afterShipping, Does.Not.Contain("Invoice").And.Not.Contain("Includes").And.Not.Contain("Germany").And.Not.Contain("…"));
            Assert.That(staffPage.Text("h1"), Does.Contain("Order"), "the staff's own page stays English");
        });
    }

    [Test]
    public async Task A_French_order_s_invoice_and_packing_slip_are_French()
    {
        var email = Accounts.UniqueEmail("facture");
        var order = await BuyAsync("fr", Buyer(email, "FR", "Paris", "75001"), (await App.ProductAsync(0)).Slug);
        var rate = order.TaxLines.Single();

        var invoice = await InvoiceAsync(order.Number);
        var slip = string.Join("\n", await PagesAsync(await Staff.GetAsync($"/admin/orders/{order.Number}/packing-slip")));

        Assert.Multiple(() =>
        {
            Assert.That(invoice, Does.Contain("Facture RE-").And.Contain($"Commande {order.Number}"));
            Assert.That(invoice, Does.Contain($"Date de facture {order.PlacedAt.UtcDateTime.ToString("d MMMM yyyy", French)}"));
            Assert.That(Squeezed(invoice), Does.Contain(Squeezed($"Paiement d’avance reçu le {order.PlacedAt.UtcDateTime.ToString("d MMMM yyyy", French)}"))
                .And.Contain(Squeezed("Date de livraison : pas encore effectuée")), "not yet shipped: paid in advance, the supply to come");
            Assert.That(invoice, Does.Contain("N° de TVA : DE123456789"), "the seller's number, labelled in French");
            Assert.That(invoice, Does.Contain("Facturé à").And.Contain("75001 Paris").And.Contain("France"));
            Assert.That(invoice, Does.Contain("Taux de TVA Montant HT Montant TVA Montant TTC"));
            Assert.That(invoice, Does.Contain($"20 % {Amount(rate.Base, French)} {Amount(rate.Tax, French)} {Amount(rate.Base + rate.Tax, French)}"), "France's VAT, one-stop shop");
            Assert.That(invoice, Does.Contain($"Total {Amount(order.Total, French)}").And.Contain("Payé par carte"));
            Assert.That(slip, Does.Contain($"Bon de livraison · commande {order.Number}").And.Contain("Livrer à").And.Contain("Emballé Article Réf. Qté"));
            Assert.That(slip, Does.Contain($"Passée le {order.PlacedAt.UtcDateTime.ToString("d MMMM yyyy", French)}"));
            Assert.That(invoice + slip, Does.Not.Contain("Invoice").And.Not.Contain("Packing slip"));
        });
    }

    [Test]
    public async Task Staff_printing_several_orders_get_each_in_its_own_language_and_the_shopper_gets_the_same()
    {
        var german = await BuyAsync("de", Buyer(Accounts.UniqueEmail("stapel"), "DE", "Köln", "50667"), (await App.ProductAsync(0)).Slug);
        var english = await BuyAsync("en", Buyer(Accounts.UniqueEmail("batch"), "AT", "Wien", "1010"), (await App.ProductAsync(0)).Slug);
        var french = await BuyAsync("fr", Buyer(Accounts.UniqueEmail("lot"), "FR", "Lyon", "69001"), (await App.ProductAsync(0)).Slug);

        var (_, queue) = await Staff.GetPageAsync("/admin/orders/to-fulfil");
        var token = queue.QuerySelector("form.bulk-ship-form input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        HttpContent Selection() => new FormUrlEncodedContent(new[] { german.Number, english.Number, french.Number }
            .Select(n => new KeyValuePair<string, string>("Selected", n)).Append(new("__RequestVerificationToken", token)));
        var invoices = await PagesAsync(await Staff.PostAsync("/admin/orders/to-fulfil/invoices", Selection()));
        var slips = await PagesAsync(await Staff.PostAsync("/admin/orders/to-fulfil/packing-slips", Selection()));

        Assert.Multiple(() =>
        {
            Assert.That(invoices, Has.Count.EqualTo(3));
            Assert.That(invoices[0], Does.Contain("Rechnung").And.Contain("Köln").And.Contain($"Gesamt {Amount(german.Total, German)}"));
            Assert.That(invoices[1], Does.Contain("Invoice").And.Contain("Austria").And.Contain($"Total {english.Total.ToString(CultureInfo.InvariantCulture)}"));
            Assert.That(invoices[1], Does.Contain("Tax rate Net Tax amount Gross").And.Contain("20% "), "English, with the net per rate");
            Assert.That(invoices[2], Does.Contain("Facture").And.Contain("Lyon"));
            Assert.That(slips[0], Does.Contain("Lieferschein").And.Contain("Lieferadresse").And.Contain("Gepackt Artikel Art.-Nr. Menge"));
            Assert.That(slips[1], Does.Contain("Packing slip").And.Contain("Ship to"));
            Assert.That(slips[2], Does.Contain("Bon de livraison"));
        });
    }

    [Test]
    public async Task An_Austrian_business_s_goods_are_a_tax_exempt_intra_Community_supply_and_its_e_book_reverse_charged()
    {
        var email = Accounts.UniqueEmail("igl");
        var order = await BuyAsync("de", Buyer(email, "AT", "Wien", "1010", vatNumber: "ATU12345678"), (await App.ProductAsync(0)).Slug, eBookSlug);
        Assert.That((order.ReverseCharge, order.Tax.IsZero), Is.EqualTo((true, true)));
        var vat = order.Subtotal - order.Discount + order.ShippingCost - order.Total;

        var invoice = await InvoiceAsync(order.Number);

        Assert.Multiple(() =>
        {
            Assert.That(invoice, Does.Contain("USt-IdNr.: DE123456789").And.Contain("USt-IdNr.: ATU12345678"), "both VAT numbers");
            Assert.That(invoice, Does.Contain($"Nicht berechnete Umsatzsteuer −{Amount(vat, German)}"), "the VAT within the prices, taken off");
            Assert.That(invoice, Does.Contain($"0 % {Amount(order.Total, German)} {Amount(Money.Zero("EUR"), German)} {Amount(order.Total, German)}"));
            Assert.That(invoice, Does.Contain("Steuerfreie innergemeinschaftliche Lieferung (Art. 138 MwStSystRL)"), "the lamp, carried to Austria");
            Assert.That(invoice, Does.Contain("Steuerschuldnerschaft des Leistungsempfängers (Reverse Charge)"), "the e-book, a service");
            Assert.That(invoice, Does.Not.Contain("Fälligkeit").And.Not.Contain("Skonto").And.Not.Contain("Verzugszinsen"),
                "a German seller states the payment terms it sets, and this one set none");
        });
    }

    [Test]
    public async Task A_French_business_s_goods_say_intra_Community_supply_not_reverse_charge()
    {
        var email = Accounts.UniqueEmail("b2bfr");
        var order = await BuyAsync("en", Buyer(email, "FR", "Lyon", "69001", vatNumber: "FR12345678901"), (await App.ProductAsync(0)).Slug);

        var invoice = await InvoiceAsync(order.Number);

        Assert.Multiple(() =>
        {
            Assert.That(invoice, Does.Contain("VAT number: DE123456789").And.Contain("VAT number: FR12345678901"));
            Assert.That(invoice, Does.Contain(Shop.Web.Shared.VatNotChargedWording.IntraCommunitySupply));
            Assert.That(invoice, Does.Not.Contain("Reverse charge"), "reverse charge is for services");
        });
    }
}
