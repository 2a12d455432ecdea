using System.Globalization;
using Shop.Domain.Markets;
using Shop.Web.Documents;
using Shop.Tests.Orders;
using static Shop.Tests.Checkout.MarketBuyers;

namespace Shop.Tests.Admin;

/// <summary>
/// Money that goes back after the invoice was issued gets a credit note: its own number in its own series, the invoice
/// it corrects, seller and buyer, the amount with the tax per rate within it, and why, in the order's language. The
/// invoice stays as it was issued; a refund before the invoice is stated on the invoice and has no credit note.
/// </summary>
public class CreditNoteTests : OrdersFixture
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB"), German = CultureInfo.GetCultureInfo("de-DE");

    protected override Dictionary<string, string?> ShopSettings => MerchantSettings.GermanGmbH();

    [OneTimeSetUp]
    public async Task LoadMarketsAndABook()
    {
        await App.LoadDemoMarketsAsync();
        var (_, _, reducedId) = await App.ProductAsync(1);
        await App.WithDbAsync(async db =>
        {
            (await db.Products.SingleAsync(p => p.Id == reducedId)).Classify(TaxClass.Reduced, 500);
            await db.SaveChangesAsync();
        });
    }

    /// <summary>A lamp and a book (19 % and 7 %) bought by a signed-in shopper in <paramref name="language"/>, paid and settled.</summary>
    private async Task<(Order Order, string Email)> BuyAsync(string language, string who)
    {
        var email = Unique(who);
        using var shopper = new Shopper(await App.CreateAccountAndSignInAsync(email));
        if (language != "en") await shopper.Client.GetAsync($"/language/{language}");
        await shopper.AddToCartAsync((await App.ProductAsync(0)).Slug);
        await shopper.AddToCartAsync((await App.ProductAsync(1)).Slug);
        var review = await shopper.EnterAddressAsync(Buyer(email, "DE", "Berlin", "10115"));
        var paid = await shopper.PayAsync(review, TestNonces.Valid);
        Assert.That(paid.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), await paid.Content.ReadAsStringAsync());
        var order = await WholeAsync(email);
        Gateway.Settle(order.PaymentTransactionId!);
        return (order, email);
    }

    private Task<Order> WholeAsync(string email) => App.WithDbAsync(db => db.Orders.AsSplitQuery()
        .Include(o => o.Lines).Include(o => o.TaxLines).Include(o => o.Refunds).SingleAsync(o => o.Email == email));

    private static async Task<string> PdfAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/pdf"));
        return string.Join("\n", await PdfText.PagesAsync(response)).Replace('\u00A0', ' ');
    }

    private Task<string> InvoiceAsync(string number) => PdfAsync(Staff, $"/admin/orders/{number}/invoice");

    private async Task RefundAsync(string number, string amount, string? reason = null)
    {
        var done = await ActAsync(number, "form.refund-form", new Dictionary<string, string?> { ["Amount"] = amount, ["RefundReason"] = reason });
        Assert.That(done.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), await done.Content.ReadAsStringAsync());
    }

    /// <summary>The credit note links of the staff order page, top to bottom.</summary>
    private async Task<List<string>> CreditNoteLinksAsync(string number) =>
        (await OrderPageAsync(number)).QuerySelectorAll("a.credit-note").Select(a => a.GetAttribute("href")!).ToList();

    private static string Amount(Money money, CultureInfo culture) => money.ToString(culture).Replace('\u00A0', ' ');
    private static string Back(Money money, CultureInfo culture) => money.IsZero ? Amount(money, culture) : "-" + Amount(money, culture);
    private static string Day(DateTimeOffset at, CultureInfo culture) =>
        at.UtcDateTime.ToString(culture.TwoLetterISOLanguageName == "de" ? "d. MMMM yyyy" : "d MMMM yyyy", culture);

    [Test]
    public async Task A_refund_in_part_after_the_invoice_gets_a_credit_note_that_names_the_invoice_and_the_tax_per_rate()
    {
        var (order, email) = await BuyAsync("en", "creditnote");
        await InvoiceAsync(order.Number);
        await RefundAsync(order.Number, "10.00");

        var links = await CreditNoteLinksAsync(order.Number);
        Assert.That(links, Has.Count.EqualTo(1), "one refund, one credit note");
        var text = await PdfAsync(Staff, links[0]);
        order = await WholeAsync(email);
        var refund = order.Refunds.Single();
        var invoice = await InvoiceAsync(order.Number);
        var rows = RefundByRate.Of(order, refund);
        var staffPage = await OrderPageAsync(order.Number);
        var mail = App.MailTo(email).Last(m => m.Subject?.Contains("refund", StringComparison.OrdinalIgnoreCase) == true).TextBody;

        Assert.Multiple(() =>
        {
            Assert.That(mail, Does.Contain("It corrects the invoice: its credit note is on the order's page in your account."), "the refund mail says where it is");
            Assert.That((refund.Amount, refund.Kind, refund.CorrectsInvoice), Is.EqualTo((new Money(10m, "EUR"), RefundKind.Refund, true)), "the order keeps the refund");
            Assert.That(refund.Tax, Is.EqualTo(order.TaxRefunded), "with the tax within it");
            Assert.That(refund.CreditNoteNumber, Is.Not.Null, "numbered when first printed");
            Assert.That(text, Does.Contain($"Credit note GS-{refund.CreditNoteNumber:D6}"));
            Assert.That(text, Does.Contain($"Credit note date {Day(refund.CreditNoteDate!.Value, English)}"));
            Assert.That(text, Does.Contain($"Corrects invoice RE-{order.InvoiceNumber:D6} of {Day(order.InvoiceDate!.Value, English)}"));
            Assert.That(text, Does.Contain($"Order {order.Number}"));
            Assert.That(text, Does.Contain("Müller Haushaltswaren GmbH").And.Contain("DE123456789"), "the seller, as on the invoice");
            Assert.That(text, Does.Contain("Bill to").And.Contain("Buyer DE").And.Contain(email), "the buyer, as on the invoice");
            Assert.That(text, Does.Contain("Reason: Refund"));
            Assert.That(rows.Select(r => r.Rate), Is.EqualTo(new[] { 0.19m, 0.07m }), "split by the order's two rates");
            foreach (var r in rows)
                Assert.That(text, Does.Contain($"{Back(r.Net, English)} {Back(r.Tax, English)} {Back(r.Gross, English)}"), $"the refund at {r.Rate}");
            Assert.That(text, Does.Contain($"Total refunded {Back(refund.Amount, English)}").And.Contain($"Of which tax {Back(refund.Tax, English)}"));
            Assert.That(invoice, Does.Not.Contain("Refunded"), "the invoice stays as it was issued; the credit note corrects it");
            Assert.That(staffPage.Text(".order-refunds"), Does.Contain($"Credit note {refund.CreditNoteNumber:D6}"), "staff see its number once given");
        });
    }

    /// <summary>The name a document downloads under.</summary>
    private static async Task<string?> FileNameAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        return response.Content.Headers.ContentDisposition?.FileName?.Trim('"');
    }

    [Test]
    public async Task A_German_order_s_invoice_and_credit_note_download_as_Rechnung_and_Rechnungskorrektur_and_an_English_order_s_in_English()
    {
        var (german, germanEmail) = await BuyAsync("de", "dateiname");
        var (english, _) = await BuyAsync("en", "filename");
        foreach (var number in new[] { german.Number, english.Number })
        {
            await InvoiceAsync(number);
            await RefundAsync(number, "1.00");
        }
        var englishCreditNote = await FileNameAsync(Staff, (await CreditNoteLinksAsync(english.Number)).Single());
        var germanCreditNote = await FileNameAsync(Staff, (await CreditNoteLinksAsync(german.Number)).Single());
        var refund = (await WholeAsync(germanEmail)).Refunds.Single();
        var (germanNote, englishNote) = (refund.CreditNoteNumber, (await WholeAsync(english.Email)).Refunds.Single().CreditNoteNumber);
        using var me = await App.SignedInBrowserAsync(germanEmail);

        Assert.Multiple(async () =>
        {
            Assert.That(await FileNameAsync(Staff, $"/admin/orders/{german.Number}/invoice"), Is.EqualTo($"Rechnung-{german.Number}.pdf"));
            Assert.That(await FileNameAsync(me, $"/account/orders/{german.Number}/invoice"), Is.EqualTo($"Rechnung-{german.Number}.pdf"), "the shopper's too");
            Assert.That(germanCreditNote, Is.EqualTo($"Rechnungskorrektur-{german.Number}-{germanNote:D6}.pdf"), "as the document calls itself");
            Assert.That(await FileNameAsync(me, $"/account/orders/{german.Number}/refunds/{refund.Id}/credit-note"), Is.EqualTo(germanCreditNote));
            Assert.That(await FileNameAsync(Staff, $"/admin/orders/{german.Number}/packing-slip"), Is.EqualTo($"packing-slip-{german.Number}.pdf"),
                "the packer's file stays the staff's");
            Assert.That(await FileNameAsync(Staff, $"/admin/orders/{english.Number}/invoice"), Is.EqualTo($"invoice-{english.Number}.pdf"));
            Assert.That(englishCreditNote, Is.EqualTo($"credit-note-{english.Number}-{englishNote:D6}.pdf"));
        });
    }

    [Test]
    public async Task Two_refunds_after_the_invoice_get_two_credit_notes_numbered_in_sequence_and_printing_again_keeps_the_number()
    {
        var (order, email) = await BuyAsync("en", "twocredits");
        await InvoiceAsync(order.Number);
        await RefundAsync(order.Number, "5.00");
        await RefundAsync(order.Number, "7.00", "Price adjustment: scratched lamp shade");

        var links = await CreditNoteLinksAsync(order.Number);
        var first = await PdfAsync(Staff, links[0]);
        var second = await PdfAsync(Staff, links[1]);
        var again = await PdfAsync(Staff, links[0]);
        var refunds = (await WholeAsync(email)).Refunds.OrderBy(r => r.Id).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(refunds.Select(r => r.Amount.Amount), Is.EqualTo(new[] { 5m, 7m }));
            Assert.That(refunds[1].CreditNoteNumber, Is.EqualTo(refunds[0].CreditNoteNumber + 1), "the next in the series");
            Assert.That(first, Does.Contain($"Credit note GS-{refunds[0].CreditNoteNumber:D6}").And.Contain($"Total refunded {Back(refunds[0].Amount, English)}"));
            Assert.That(second, Does.Contain($"Credit note GS-{refunds[1].CreditNoteNumber:D6}").And.Contain($"Total refunded {Back(refunds[1].Amount, English)}"));
            Assert.That(second, Does.Contain("Reason: Refund: Price adjustment: scratched lamp shade"), "the reason staff gave");
            Assert.That(first, Does.Contain("Reason: Refund "), "none given");
            Assert.That(again, Does.Contain($"Credit note GS-{refunds[0].CreditNoteNumber:D6}"), "a credit note keeps its number");
        });
    }

    [Test]
    public async Task Credit_note_numbers_given_at_the_same_moment_are_all_different_in_sequence_and_one_per_refund()
    {
        var orders = new List<Order>();
        foreach (var who in new[] { "racecredit1", "racecredit2" })
        {
            var (order, _) = await BuyAsync("en", who);
            await InvoiceAsync(order.Number);
            await RefundAsync(order.Number, "1.00");
            await RefundAsync(order.Number, "2.00");
            orders.Add(order);
        }
        var orderIds = orders.Select(o => o.Id).ToList();
        var refunds = await App.WithDbAsync(db => db.OrderRefunds.Where(r => orderIds.Contains(EF.Property<int>(r, "OrderId")))
            .OrderBy(r => r.Id).Select(r => new { OrderId = EF.Property<int>(r, "OrderId"), r.Id }).ToListAsync());

        // Each refund's credit note asked for by two requests at once, all eight together.
        var given = await Task.WhenAll(refunds.Concat(refunds).Select(r =>
            Task.Run(() => App.WithAsync<CreditNoteNumbers, int?>(numbers => numbers.IssueAsync(r.OrderId, r.Id, CancellationToken.None)))));
        var refundIds = refunds.Select(r => r.Id).ToList();
        var stored = await App.WithDbAsync(db => db.OrderRefunds.Where(r => refundIds.Contains(r.Id)).ToDictionaryAsync(r => r.Id, r => r.CreditNoteNumber));

        Assert.Multiple(() =>
        {
            Assert.That(given.Take(refunds.Count), Is.EqualTo(given.Skip(refunds.Count)), "both requests for one refund get its one number");
            Assert.That(given.Take(refunds.Count), Is.EqualTo(refunds.Select(r => stored[r.Id])));
            Assert.That(stored.Values, Is.Unique);
            var sorted = stored.Values.Select(v => v!.Value).Order().ToList();
            Assert.That(sorted, Is.EqualTo(Enumerable.Range(sorted[0], sorted.Count)), "no gaps among numbers given together");
        });
    }

    [Test]
    public async Task A_refund_reason_too_long_is_refused_with_its_message_and_nothing_is_refunded()
    {
        var (order, email) = await BuyAsync("en", "longreason");
        var refused = await Staff.SubmitFormAsync(await OrderPageAsync(order.Number), "form.refund-form",
            new Dictionary<string, string?> { ["Amount"] = "1.00", ["RefundReason"] = new string('x', OrderRefund.ReasonMax + 1) });
        var page = await refused.ReadHtmlAsync();

        Assert.Multiple(async () =>
        {
            Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(page.Text("[data-valmsg-for=RefundReason]"), Is.EqualTo($"Write the reason in at most {OrderRefund.ReasonMax} characters."));
            Assert.That((await WholeAsync(email)).Refunds, Is.Empty);
        });
    }

    [Test]
    public async Task A_refund_before_the_invoice_is_stated_on_the_invoice_and_has_no_credit_note()
    {
        var (order, email) = await BuyAsync("en", "beforeinvoice");
        await RefundAsync(order.Number, "10.00");
        var invoice = await InvoiceAsync(order.Number);

        var refund = (await WholeAsync(email)).Refunds.Single();
        var page = await OrderPageAsync(order.Number);
        var staffAsks = await Staff.GetAsync($"/admin/orders/{order.Number}/refunds/{refund.Id}/credit-note");
        using var me = await App.SignedInBrowserAsync(email);
        var (_, mine) = await me.GetPageAsync($"/account/orders/{order.Number}");
        var shopperAsks = await me.GetAsync($"/account/orders/{order.Number}/refunds/{refund.Id}/credit-note");

        Assert.Multiple(async () =>
        {
            Assert.That(refund.CorrectsInvoice, Is.False);
            Assert.That(App.MailTo(email).Last(m => m.Subject?.Contains("refund", StringComparison.OrdinalIgnoreCase) == true).TextBody,
                Does.Not.Contain("credit note"), "no credit note to point to");
            Assert.That(invoice, Does.Contain($"Refunded {Back(refund.Amount, English)}"), "the invoice, issued later, states it");
            Assert.That(page.QuerySelector("a.credit-note"), Is.Null);
            Assert.That(page.Text(".no-credit-note"), Does.Contain("refunded before the invoice"));
            Assert.That(staffAsks.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
            Assert.That(await staffAsks.Content.ReadAsStringAsync(), Does.Contain("made before its invoice was issued"));
            Assert.That(mine.QuerySelector("a.credit-note-link"), Is.Null);
            Assert.That(shopperAsks.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        });
    }

    [Test]
    public async Task A_shopper_downloads_the_credit_notes_of_their_own_order_and_gets_404_for_another_s()
    {
        var (order, email) = await BuyAsync("en", "mycredit");
        await InvoiceAsync(order.Number);
        await RefundAsync(order.Number, "10.00");
        var refund = (await WholeAsync(email)).Refunds.Single();

        using var me = await App.SignedInBrowserAsync(email);
        var (_, mine) = await me.GetPageAsync($"/account/orders/{order.Number}");
        var link = mine.QuerySelector("a.credit-note-link");
        Assert.That(link, Is.Not.Null, "the shopper's order page links the credit note");
        var text = await PdfAsync(me, link!.GetAttribute("href")!);
        using var other = await App.CreateAccountAndSignInAsync(Unique("nosy"));
        var nosy = await other.GetAsync($"/account/orders/{order.Number}/refunds/{refund.Id}/credit-note");
        var unknown = await me.GetAsync($"/account/orders/{order.Number}/refunds/{refund.Id + 100000}/credit-note");
        var staffUnknown = await Staff.GetAsync($"/admin/orders/{order.Number}/refunds/{refund.Id + 100000}/credit-note");
        var anonymous = await App.Browser().GetAsync($"/account/orders/{order.Number}/refunds/{refund.Id}/credit-note");

        Assert.Multiple(() =>
        {
            Assert.That(link.TextContent, Does.Contain("Credit note for the refund of"));
            Assert.That(text, Does.Contain("Credit note GS-").And.Contain($"Order {order.Number}"));
            Assert.That(nosy.StatusCode, Is.EqualTo(HttpStatusCode.NotFound), "another shopper's order answers as if it did not exist");
            Assert.That(unknown.StatusCode, Is.EqualTo(HttpStatusCode.NotFound), "a refund that is not the order's");
            Assert.That(staffUnknown.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(anonymous.StatusCode, Is.Not.EqualTo(HttpStatusCode.OK), "signed out: sent to sign in");
        });
    }

    [Test]
    public async Task A_German_order_s_credit_note_is_German_and_a_cancellation_after_the_invoice_gets_one_with_its_reason()
    {
        var (order, email) = await BuyAsync("de", "gutschrift");
        await InvoiceAsync(order.Number);
        await RefundAsync(order.Number, "10.00");
        var cancelled = await ActAsync(order.Number, "form.cancel-form", new Dictionary<string, string?> { ["Reason"] = "Lieferant fällt aus" });
        Assert.That(cancelled.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), await cancelled.Content.ReadAsStringAsync());

        var links = await CreditNoteLinksAsync(order.Number);
        var refundNote = await PdfAsync(Staff, links[0]);
        var cancelNote = await PdfAsync(Staff, links[1]);
        order = await WholeAsync(email);
        var (refund, cancellation) = (order.Refunds[0], order.Refunds[1]);

        Assert.Multiple(() =>
        {
            Assert.That(refundNote, Does.Contain($"Rechnungskorrektur GS-{refund.CreditNoteNumber:D6}"));
            Assert.That(refundNote, Does.Contain($"Korrigiert Rechnung RE-{order.InvoiceNumber:D6} vom {Day(order.InvoiceDate!.Value, German)}"));
            Assert.That(refundNote, Does.Contain("Grund: Erstattung").And.Contain("Rechnungsadresse"));
            Assert.That(refundNote, Does.Contain($"Erstattet insgesamt {Back(refund.Amount, German)}").And.Contain($"Davon Steuern {Back(refund.Tax, German)}"));
            Assert.That((cancellation.Kind, cancellation.Amount), Is.EqualTo((RefundKind.Cancellation, order.Total - refund.Amount)), "the rest went back");
            Assert.That(cancelNote, Does.Contain("Grund: Bestellung storniert: Lieferant fällt aus"));
            Assert.That(cancelNote, Does.Contain($"Erstattet insgesamt {Back(cancellation.Amount, German)}").And.Contain($"Davon Steuern {Back(cancellation.Tax, German)}"));
            Assert.That(refund.Tax + cancellation.Tax, Is.EqualTo(order.Tax), "the credit notes give back all the tax");
        });
    }
}
