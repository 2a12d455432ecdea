using Shop.Domain.Markets;
using Shop.Tests.Orders;
using Shop.Web.Shared;
using static Shop.Tests.Checkout.MarketBuyers;

namespace Shop.Tests.Checkout;

/// <summary>
/// A German shop selling to businesses: the company typed at checkout heads the address everywhere it is printed (as
/// German addresses write it), goods to an EU business are an intra-Community supply on every page and mail as on the
/// invoice (digital goods reverse charged), and the invoice is dated the day it was issued.
/// </summary>
public class BusinessBuyerTests : OrdersFixture
{
    protected override Dictionary<string, string?> ShopSettings => new()
    {
        ["Shop:Languages"] = "en,de,fr",
        ["Shop:Currency"] = "EUR",
        ["Shop:Tax:Rate"] = "0.19",
        ["Shop:Tax:PricesIncludeTax"] = "true",
        ["Shop:Tax:ShopCountry"] = "DE",
    };

    private string eBookSlug = "";

    [OneTimeSetUp]
    public async Task LoadMarketsAndAnEBook()
    {
        await App.LoadDemoMarketsAsync();
        int eBookId;
        (eBookSlug, _, eBookId) = await App.ProductAsync(2);
        await App.WithDbAsync(async db =>
        {
            (await db.Products.SingleAsync(p => p.Id == eBookId)).MarkDigital(true);
            await db.SaveChangesAsync();
        });
    }

    /// <summary>Buys the first product (or <paramref name="slug"/>) with the test card; returns the order's number and its confirmation page.</summary>
    private async Task<(string Number, IDocument Review, IDocument Confirmation)> BuyAsync(HttpClient me, Dictionary<string, string?> address, string? slug = null)
    {
        var shopper = new Shopper(me);
        await shopper.AddToCartAsync(slug ?? (await App.ProductAsync(0)).Slug);
        var review = await shopper.EnterAddressAsync(address);
        var paid = await shopper.PayAsync(review, TestNonces.Valid);
        Assert.That(paid.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), await paid.Content.ReadAsStringAsync());
        var (_, confirmation) = await me.GetPageAsync(paid.Headers.Location!.ToString());
        return (paid.Headers.Location!.ToString().Split('/')[^1], review, confirmation);
    }

    private async Task<string> PdfAsync(string url)
    {
        var response = await Staff.GetAsync(url);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        return string.Join(" ", await PdfText.PagesAsync(response));
    }

    /// <summary>An address's lines as the page shows them.</summary>
    private static string[] Lines(IElement? address) =>
        [.. (address?.InnerHtml ?? "").Split("<br>").Select(l => Regex.Replace(Regex.Replace(l, "<[^>]+>", ""), @"\s+", " ").Trim()).Where(l => l.Length > 0)];

    private static Dictionary<string, string?> MusterGmbH(string email) => new(Buyer(email, "DE", "Berlin", "10115"))
    {
        ["Form.FullName"] = "Erika Muster", ["Form.Company"] = "Muster GmbH", ["Form.Line1"] = "Hauptstr. 1",
        ["Form.BillingSameAsDelivery"] = "false", ["Form.Billing.FullName"] = "Max Muster", ["Form.Billing.Company"] = "Muster Holding AG",
        ["Form.Billing.Line1"] = "Bahnhofstrasse 2", ["Form.Billing.City"] = "Zürich", ["Form.Billing.PostalCode"] = "8001", ["Form.Billing.CountryCode"] = "CH",
    };

    [Test]
    public async Task A_company_typed_at_checkout_heads_the_address_on_every_page_mail_and_document_and_in_the_export()
    {
        var email = Accounts.UniqueEmail("muster");
        using var me = await App.CreateAccountAndSignInAsync(email);
        var (number, review, confirmation) = await BuyAsync(me, MusterGmbH(email));
        var (_, mine) = await me.GetPageAsync($"/account/orders/{number}");
        var (_, staff) = await Staff.GetPageAsync($"/admin/orders/{number}");
        var invoice = await PdfAsync($"/admin/orders/{number}/invoice");
        var slip = await PdfAsync($"/admin/orders/{number}/packing-slip");
        var csv = (await Staff.GetStringAsync($"/admin/orders/export?Email={Uri.EscapeDataString(email)}"))
            .Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(r => r.TrimEnd('\r').Split(',')).ToList();

        string[] shipTo = ["Muster GmbH", "Erika Muster", "Hauptstr. 1", "10115 Berlin", "Germany"];
        string[] billTo = ["Muster Holding AG", "Max Muster", "Bahnhofstrasse 2", "8001 Zürich", "Switzerland"];
        Assert.Multiple(() =>
        {
            Assert.That(Lines(review.QuerySelector(".ship-to")), Is.EqualTo(shipTo), "review: the company above the person, as German addresses write it");
            Assert.That(Lines(review.QuerySelector(".bill-to .ship-to")), Is.EqualTo(billTo), "the review shows whom the bill goes to");
            Assert.That(Lines(confirmation.QuerySelector(".ship-to")), Is.EqualTo(shipTo), "confirmation");
            Assert.That(Lines(confirmation.QuerySelector(".bill-to .ship-to")), Is.EqualTo(billTo), "the bill's company too");
            Assert.That(Lines(mine.QuerySelector(".ship-to")), Is.EqualTo(shipTo), "the shopper's order page");
            Assert.That(Lines(staff.QuerySelector(".ship-to")), Is.EqualTo(shipTo), "the staff order page");
            Assert.That(Lines(staff.QuerySelector(".bill-to .ship-to")), Is.EqualTo(billTo));
            Assert.That(staff.Text(".ship-to .company"), Is.EqualTo("Muster GmbH"));
            Assert.That(App.LastMailTo(email).TextBody, Does.Contain("Shipping to: " + string.Join(", ", shipTo)), "the confirmation mail");
            Assert.That(invoice, Does.Contain("Bill to " + string.Join(" ", billTo)), "the invoice names the business it bills");
            Assert.That(invoice, Does.Contain("Ship to " + string.Join(" ", shipTo)));
            Assert.That(slip, Does.Contain("Ship to " + string.Join(" ", shipTo)), "the packing slip");
            Assert.That(csv[1][Array.IndexOf(csv[0], "ShipToCompany")], Is.EqualTo("Muster GmbH"), "the export");
        });
    }

    [Test]
    public async Task A_saved_business_address_picked_at_checkout_fills_in_its_company_which_the_checkout_keeps_between_steps()
    {
        var email = Accounts.UniqueEmail("saved-b2b");
        using var me = await App.CreateAccountAndSignInAsync(email);
        await me.PostFormAsync("/account/addresses/new", new Dictionary<string, string>
        {
            ["Recipient"] = "Erika Muster", ["Company"] = "Muster GmbH", ["Line1"] = "Hauptstr. 1", ["City"] = "Berlin", ["PostalCode"] = "10115", ["Country"] = "DE",
        });
        var id = await App.WithDbAsync(db => db.SavedAddresses.Where(a => a.Company == "Muster GmbH" && a.Recipient == "Erika Muster").Select(a => a.Id).FirstAsync());
        await new Shopper(me).AddToCartAsync((await App.ProductAsync(0)).Slug);

        var (_, picked) = await me.GetPageAsync($"/checkout?address={id}");
        var review = await me.FollowAsync(await me.SubmitFormAsync(picked, "form.checkout-address", new Dictionary<string, string?>()));
        var (_, back) = await me.GetPageAsync("/checkout");
        Assert.Multiple(() =>
        {
            Assert.That(picked.Text(".saved-addresses a"), Does.Contain("Muster GmbH, Erika Muster"), "the company names the saved address");
            Assert.That(picked.QuerySelector("#Form_Company")?.GetAttribute("value"), Is.EqualTo("Muster GmbH"));
            Assert.That(review.Text(".ship-to .company"), Is.EqualTo("Muster GmbH"));
            Assert.That(back.QuerySelector("#Form_Company")?.GetAttribute("value"), Is.EqualTo("Muster GmbH"), "back from the review, the form as sent");
        });
    }

    [Test]
    public async Task A_company_abroad_is_written_where_that_country_writes_it()
    {
        var email = Accounts.UniqueEmail("acme");
        using var me = await App.CreateAccountAndSignInAsync(email);
        var address = new Dictionary<string, string?>(Buyer(email, "US", "New York", "10001", region: "NY")) { ["Form.FullName"] = "Ada Lovelace", ["Form.Company"] = "Acme Inc." };
        var (_, review, confirmation) = await BuyAsync(me, address);
        string[] shipTo = ["Ada Lovelace", "Acme Inc.", "1 Market Street", "New York, NY 10001", "United States"];
        Assert.Multiple(() =>
        {
            Assert.That(Lines(review.QuerySelector(".ship-to")), Is.EqualTo(shipTo), "the person first, the company below, the town, state and ZIP on one line");
            Assert.That(Lines(confirmation.QuerySelector(".ship-to")), Is.EqualTo(shipTo));
        });
    }

    [Test]
    public async Task A_company_with_hidden_characters_or_too_long_is_refused_beside_its_field()
    {
        var email = Accounts.UniqueEmail("hidden");
        using var me = await App.CreateAccountAndSignInAsync(email);
        await new Shopper(me).AddToCartAsync((await App.ProductAsync(0)).Slug);
        var address = MusterGmbH(email);
        address["Form.Company"] = "Muster\u202EHbmG";
        address["Form.Billing.Company"] = new string('x', Shop.Domain.Checkout.Address.CompanyMax + 1);
        var checkout = await me.SubmitFormAsync("/checkout", "form.checkout-address", address);
        var book = await me.PostFormAsync("/account/addresses/new", new Dictionary<string, string>
        {
            ["Recipient"] = "Erika", ["Company"] = "Muster\u0007GmbH", ["Line1"] = "Hauptstr. 1", ["City"] = "Berlin", ["PostalCode"] = "10115", ["Country"] = "DE",
        });

        Assert.Multiple(async () =>
        {
            Assert.That(checkout.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            var page = await checkout.ReadHtmlAsync();
            Assert.That(page.Text("[data-valmsg-for='Form.Company']"), Is.EqualTo(AddressValidator<object>.HiddenCharacters));
            Assert.That(page.Text("[data-valmsg-for='Form.Billing.Company']"), Is.EqualTo($"Use at most {Shop.Domain.Checkout.Address.CompanyMax} characters."));
            Assert.That(book.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That((await book.ReadHtmlAsync()).Text("[data-valmsg-for='Company']"), Is.EqualTo(AddressValidator<object>.HiddenCharacters));
            Assert.That(await App.WithDbAsync(db => db.SavedAddresses.CountAsync(a => a.Recipient == "Erika")), Is.Zero);
        });
    }

    [Test]
    public async Task Goods_to_an_EU_business_are_an_intra_Community_supply_on_the_shoppers_pages_and_mail_in_their_language_as_on_the_invoice()
    {
        var email = Accounts.UniqueEmail("dupont");
        using var me = await App.CreateAccountAndSignInAsync(email);
        await me.GetAsync("/language/de");
        var address = new Dictionary<string, string?>(Buyer(email, "FR", "Lyon", "69001", vatNumber: "FR12345678901")) { ["Form.Company"] = "Dupont SARL" };
        var (number, review, confirmation) = await BuyAsync(me, address);
        var (_, mine) = await me.GetPageAsync($"/de/account/orders/{number}");
        const string german = "Steuerfreie innergemeinschaftliche Lieferung (Art. 138 MwStSystRL)";
        Assert.Multiple(() =>
        {
            Assert.That(review.Texts(".tax-rate"), Is.EqualTo(new[] { german }), "the review");
            Assert.That(confirmation.Text(".order-lines .tax-row td:first-child"), Is.EqualTo(german), "the confirmation");
            Assert.That(mine.Text(".order-lines .tax-row td:first-child"), Is.EqualTo(german), "the order page");
            Assert.That(App.LastMailTo(email).TextBody, Does.Contain(german).And.Not.Contain("Reverse Charge"), "the mail");
            Assert.That(Lines(confirmation.QuerySelector(".ship-to")).Take(2), Is.EqualTo(new[] { "Dupont SARL", "Buyer FR" }), "French addresses put the company first too");
        });
    }

    [Test]
    public async Task Digital_goods_billed_to_an_EU_business_are_reverse_charged_on_the_shoppers_pages_and_mail_as_on_the_invoice()
    {
        var email = Accounts.UniqueEmail("ebook-b2b");
        using var me = await App.CreateAccountAndSignInAsync(email);
        var (number, review, confirmation) = await BuyAsync(me, Buyer(email, "AT", "Wien", "1010", vatNumber: "ATU12345678"), eBookSlug);
        var (_, mine) = await me.GetPageAsync($"/account/orders/{number}");
        var invoice = await PdfAsync($"/admin/orders/{number}/invoice");
        Assert.Multiple(() =>
        {
            Assert.That(review.Texts(".tax-rate"), Is.EqualTo(new[] { TaxRows.ReverseCharge }));
            Assert.That(confirmation.Text(".order-lines .tax-row td:first-child"), Is.EqualTo(TaxRows.ReverseCharge));
            Assert.That(mine.Text(".order-lines .tax-row td:first-child"), Is.EqualTo(TaxRows.ReverseCharge));
            Assert.That(App.LastMailTo(email).TextBody, Does.Contain(TaxRows.ReverseCharge).And.Not.Contain("intra-Community"));
            Assert.That(invoice, Does.Contain(TaxRows.ReverseCharge).And.Not.Contain("intra-Community"));
        });
    }

    [Test]
    public async Task An_invoice_printed_a_day_after_the_order_is_dated_the_day_it_was_issued_and_keeps_that_date()
    {
        var email = Accounts.UniqueEmail("issued");
        using var me = await App.CreateAccountAndSignInAsync(email);
        var (number, _, _) = await BuyAsync(me, Buyer(email, "DE", "Berlin", "10115"));
        var yesterday = DateTimeOffset.UtcNow.AddDays(-1);
        await App.WithDbAsync(db => db.Orders.Where(o => o.Number == number).ExecuteUpdateAsync(s => s.SetProperty(o => o.PlacedAt, yesterday)));

        var first = await PdfAsync($"/admin/orders/{number}/invoice");
        var order = await App.WithDbAsync(db => db.Orders.AsNoTracking().SingleAsync(o => o.Number == number));
        var again = await PdfAsync($"/admin/orders/{number}/invoice");
        static string Day(DateTimeOffset at) => at.UtcDateTime.ToString("d MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("en-GB"));
        Assert.Multiple(() =>
        {
            Assert.That(order.InvoicedAt, Is.Not.Null, "kept with the number");
            Assert.That(Day(order.InvoicedAt!.Value), Is.Not.EqualTo(Day(order.PlacedAt)));
            Assert.That(first, Does.Contain($"Invoice date {Day(order.InvoicedAt!.Value)}"), "the date of issue");
            Assert.That(first, Does.Contain($"Order date {Day(order.PlacedAt)}"), "the order's own date, as its own line");
            Assert.That(again, Is.EqualTo(first), "printed again, the same invoice");
        });

        // An invoice issued before the shop kept the day keeps the date it was printed with: the order's.
        await App.WithDbAsync(db => db.Orders.Where(o => o.Number == number).ExecuteUpdateAsync(s => s.SetProperty(o => o.InvoicedAt, (DateTimeOffset?)null)));
        Assert.That(await PdfAsync($"/admin/orders/{number}/invoice"), Does.Contain($"Invoice date {Day(order.PlacedAt)}"));
    }
}
