using Shop.Domain.Markets;
using Shop.Web.Admin.Orders;
using Shop.Tests.Checkout;
using Shop.Tests.Orders;
using static Shop.Tests.Checkout.MarketBuyers;

namespace Shop.Tests.Admin;

/// <summary>
/// A German shop's order with goods at 19 % and 7 %: the staff order page, the invoice PDF and the confirmation mail
/// show the tax per rate, as the shopper's pages do (the invoice with the net per rate); an EU business's order says
/// reverse charge (its invoice: a tax-exempt intra-Community supply, for goods). VAT owed to two
/// countries at one rate is two rows, named by country, everywhere and in the export.
/// </summary>
public class StaffTaxDocumentsTests : OrdersFixture
{
    protected override ShopApp CreateShop() => new(new()
    {
        ["Shop:Payments:Reconciliation:AskAfter"] = "01:00:00",
        ["Shop:Currency"] = "EUR",
        ["Shop:Tax:Rate"] = "0.19",
        ["Shop:Tax:PricesIncludeTax"] = "true",
        ["Shop:Tax:ShopCountry"] = "DE",
    });

    private int reducedId;
    private string eBookSlug = "";

    [OneTimeSetUp]
    public async Task LoadMarketsAndABook()
    {
        await App.LoadDemoMarketsAsync();
        (_, _, reducedId) = await App.ProductAsync(1);
        await App.WithDbAsync(async db =>
        {
            (await db.Products.SingleAsync(p => p.Id == reducedId)).Classify(TaxClass.Reduced, 500);
            await db.SaveChangesAsync();
        });
        int eBookId;
        (eBookSlug, _, eBookId) = await App.ProductAsync(2);
        await App.WithDbAsync(async db =>
        {
            (await db.Products.SingleAsync(p => p.Id == eBookId)).MarkDigital(true); // standard rate, taxed where it is billed
            await db.SaveChangesAsync();
        });
    }

    private async Task<Order> BuyAsync(string email, Dictionary<string, string?> address, HttpClient? signedIn = null)
    {
        using var shopper = new Shopper(signedIn ?? App.Browser());
        await shopper.AddToCartAsync((await App.ProductAsync(0)).Slug);
        await shopper.AddToCartAsync((await App.ProductAsync(1)).Slug);
        var review = await shopper.EnterAddressAsync(address);
        var paid = await shopper.PayAsync(review, TestNonces.Valid);
        Assert.That(paid.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), await paid.Content.ReadAsStringAsync());
        return await App.WithDbAsync(db => db.Orders.AsSplitQuery().Include(o => o.Lines).Include(o => o.TaxLines).SingleAsync(o => o.Email == email));
    }

    private async Task<string> InvoiceTextAsync(string number)
    {
        var response = await Staff.GetAsync($"/admin/orders/{number}/invoice");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        return string.Join("\n", await PdfText.PagesAsync(response));
    }

    /// <summary>The export's one row of a shopper's orders, by column name (no cell here holds a comma).</summary>
    private async Task<Dictionary<string, string>> ExportedRowAsync(string email)
    {
        var rows = (await Staff.GetStringAsync($"/admin/orders/export?Email={Uri.EscapeDataString(email)}"))
            .Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(r => r.TrimEnd('\r').Split(',')).ToList();
        Assert.That(rows, Has.Count.EqualTo(2), "the header and the order");
        return rows[0].Zip(rows[1]).ToDictionary(c => c.First, c => c.Second);
    }

    [Test]
    public async Task A_refund_in_part_shows_its_share_of_the_tax_before_it_is_sent_in_the_mail_and_on_the_invoice()
    {
        var email = Accounts.UniqueEmail("refundtax");
        var order = await BuyAsync(email, Buyer(email, "DE", "Berlin", "10115"), await App.CreateAccountAndSignInAsync(email));
        Gateway.Settle(order.PaymentTransactionId!);
        var refund = new Money(10m, order.Currency);
        var share = MoneyBack.ShareOf(order, refund).Tax;
        Assert.That(share.Amount, Is.GreaterThan(0m).And.LessThan(2m), "the share of 19 % and 7 % VAT within 10.00");

        var asked = await Staff.SubmitFormAsync(await OrderPageAsync(order.Number), "form.refund-form", new Dictionary<string, string?> { ["Amount"] = "10.00" });
        var confirm = await asked.ReadHtmlAsync();
        Assert.That(confirm.Text(".confirm-tax"), Does.Contain($"Of which tax: {share}"), "staff see it before the money moves");
        var sent = await Staff.SubmitFormAsync(confirm, "form.confirm-form");
        Assert.That(sent.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), await sent.Content.ReadAsStringAsync());

        var mail = App.MailTo(email).Last(m => m.Subject?.Contains("refund", StringComparison.OrdinalIgnoreCase) == true).TextBody;
        var invoice = await InvoiceTextAsync(order.Number);
        var staffPage = await OrderPageAsync(order.Number);
        using var shopper = await App.SignedInBrowserAsync(email);
        var (_, shopperPage) = await shopper.GetPageAsync($"/account/orders/{order.Number}");
        Assert.Multiple(() =>
        {
            Assert.That(staffPage.Text(".refunded-amount"), Does.Contain($"of which tax {share}"), "the staff order page");
            Assert.That(shopperPage.Text(".order-tax-refunded"), Is.EqualTo(share.ToString()), "the shopper's order page");
            Assert.That(mail, Does.Contain($"Of which tax: {share}."), "the shopper's refund mail");
            Assert.That(invoice, Does.Contain($"Refunded -{refund}").And.Contain($"Of which tax -{share}"), "the invoice");
        });
    }

    [Test]
    public async Task A_returned_book_refunds_its_own_reduced_tax_on_the_return_page_in_the_mail_the_invoice_and_the_export()
    {
        var email = Accounts.UniqueEmail("returnbook");
        var order = await BuyAsync(email, Buyer(email, "DE", "Berlin", "10115"), await App.CreateAccountAndSignInAsync(email));
        using var me = await App.SignedInBrowserAsync(email);
        Gateway.Settle(order.PaymentTransactionId!);
        var by = await StaffMemberAsync();
        await App.WithAsync<StaffOrderActions, OrderActionResult>(a => a.ShipAsync(order.Number, "TRK-B", null, by, CancellationToken.None));
        await App.WithAsync<StaffOrderActions, OrderActionResult>(a => a.MarkDeliveredAsync(order.Number, by, CancellationToken.None));
        var book = order.Lines.Single(l => l.ProductId == reducedId);
        var bookTax = book.TaxPaid!.Value;
        Assert.That(bookTax, Is.EqualTo(new Money(book.Paid!.Value.Amount * 7m / 107m, "EUR")), "the book's 7 % within what was paid for it");
        Assert.That(MoneyBack.ShareOf(order, book.Paid!.Value).Tax, Is.GreaterThan(bookTax), "a share of the order's tax would say more");

        var (_, mine) = await me.GetPageAsync($"/account/orders/{order.Number}");
        var line = order.Lines.ToList().IndexOf(book);
        var asked = await me.SubmitFormAsync(mine, "form.return-form",
            new Dictionary<string, string?> { [$"Lines[{line}].Quantity"] = "1", [$"Lines[{line}].Reason"] = "Damaged" });
        Assert.That(asked.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), await asked.Content.ReadAsStringAsync());
        var id = await App.WithDbAsync(db => db.Returns.Where(r => r.OrderNumber == order.Number).Select(r => r.Id).SingleAsync());
        foreach (var step in new[] { "form.approve-form", "form.receive-form" })
        {
            var (_, page) = await Staff.GetPageAsync($"/admin/returns/{id}");
            Assert.That((await Staff.SubmitFormAsync(page, step)).StatusCode, Is.EqualTo(HttpStatusCode.Redirect), step);
        }
        var (_, refundPage) = await Staff.GetPageAsync($"/admin/returns/{id}");
        var refunded = await Staff.SubmitFormAsync(refundPage, "form.refund-form");

        var mail = App.MailTo(email).Last(m => m.Subject?.Contains("refund", StringComparison.OrdinalIgnoreCase) == true).TextBody;
        var invoice = await InvoiceTextAsync(order.Number);
        var csv = await ExportedRowAsync(email);
        Assert.Multiple(() =>
        {
            Assert.That(refunded.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
            Assert.That(refundPage.Text(".refund-amount"), Is.EqualTo(book.Paid!.Value.ToString()));
            Assert.That(refundPage.Text(".refund-tax"), Is.EqualTo(bookTax.ToString()), "staff see the book's own tax before refunding");
            Assert.That(mail, Does.Contain($"Of which tax: {bookTax}."), "the shopper's refund mail");
            Assert.That(invoice, Does.Contain($"Of which tax -{bookTax}"), "the invoice");
            Assert.That(csv["TaxRefunded"], Is.EqualTo(bookTax.ToInvariantString()), "the export");
        });
    }

    [Test]
    public async Task An_order_at_two_rates_shows_each_rate_on_the_staff_page_the_invoice_and_the_mail()
    {
        var email = Accounts.UniqueEmail("rates");
        var order = await BuyAsync(email, Buyer(email, "DE", "Berlin", "10115"));
        Assert.That(order.TaxLines.Select(t => t.Label), Is.EquivalentTo(new[] { "VAT 19%", "VAT 7%" }), "the order stored two rates");
        var expected = order.TaxLines.Select(t => $"Includes {t.Label} {t.Tax}").ToList();

        var page = await OrderPageAsync(order.Number);
        var invoice = await InvoiceTextAsync(order.Number);
        var mail = App.LastMailTo(email).TextBody;

        Assert.Multiple(() =>
        {
            Assert.That(page.Texts(".order-lines .tax-row td:first-child").Zip(page.Texts(".order-lines .tax-row td:last-child"), (l, a) => $"{l} {a}"),
                Is.EqualTo(expected), "staff order page");
            foreach (var t in order.TaxLines)
            {
                Assert.That(invoice, Does.Contain($"{t.Label[4..]} {t.Base} {t.Tax} {t.Base + t.Tax}"), "invoice: net, tax and gross per rate");
                Assert.That(mail, Does.Contain($"Includes {t.Label}").And.Contain(t.Tax.ToString()), "confirmation mail");
            }
            Assert.That(invoice, Does.Not.Contain("Includes tax"), "no single tax total beside the rates");
        });
    }

    /// <summary>Delivered in Paris, billed in Vienna: the e-book owes Austria 20 %, the lamp and the shipping France 20 %.</summary>
    private async Task<(Order Order, IDocument Review, IDocument Confirmation)> BuyInFranceBilledInAustriaAsync(string email)
    {
        using var shopper = new Shopper(await App.CreateAccountAndSignInAsync(email));
        await shopper.AddToCartAsync(eBookSlug);
        await shopper.AddToCartAsync((await App.ProductAsync(0)).Slug);
        var address = Buyer(email, "FR", "Paris", "75001");
        address["Form.BillingSameAsDelivery"] = "false";
        address["Form.Billing.FullName"] = "Buyer AT";
        address["Form.Billing.Line1"] = "1 Ring";
        address["Form.Billing.City"] = "Wien";
        address["Form.Billing.PostalCode"] = "1010";
        address["Form.Billing.CountryCode"] = "AT";
        var review = await shopper.EnterAddressAsync(address);
        var paid = await shopper.PayAsync(review, TestNonces.Valid);
        Assert.That(paid.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), await paid.Content.ReadAsStringAsync());
        var confirmation = await shopper.Client.FollowAsync(paid);
        var order = await App.WithDbAsync(db => db.Orders.AsSplitQuery().Include(o => o.Lines).Include(o => o.TaxLines).SingleAsync(o => o.Email == email));
        return (order, review, confirmation);
    }

    private static IEnumerable<string> Rows(IDocument page) =>
        page.QuerySelectorAll(".order-lines tfoot tr").Select(r => string.Join(" ", r.Children.Select(c => c.TextContent.Trim())));

    [Test]
    public async Task VAT_owed_to_Austria_and_to_France_at_20_percent_is_two_rows_named_by_country_on_every_page_mail_the_invoice_and_the_export()
    {
        var email = Accounts.UniqueEmail("oss");
        var (order, review, confirmation) = await BuyInFranceBilledInAustriaAsync(email);
        Assert.That(order.TaxLines.Select(t => (t.Label, t.Country)), Is.EqualTo(new[] { ("VAT 20%", "AT"), ("VAT 20%", "FR") }), "two rows, one per country");
        var (at, fr) = (order.TaxLines[0], order.TaxLines[1]);
        var taxRows = new[] { $"Includes VAT 20% (AT) {at.Tax}", $"Includes VAT 20% (FR) {fr.Tax}" };
        // The rows under the lines, the same on every page: goods, shipping as the shopper chose it, tax per country, total.
        string[] rows = [$"Subtotal {order.Subtotal}", $"Shipping (DHL Europe) {order.ShippingCost}", .. taxRows, $"Total {order.Total}"];

        using var me = await App.SignedInBrowserAsync(email);
        var (_, shopperPage) = await me.GetPageAsync($"/account/orders/{order.Number}");
        var staffPage = await OrderPageAsync(order.Number);
        var mail = App.LastMailTo(email).TextBody;
        var invoice = await InvoiceTextAsync(order.Number);
        var csv = await ExportedRowAsync(email);
        Assert.Multiple(() =>
        {
            Assert.That(review.Texts(".tax-rate"), Is.EqualTo(new[] { "Includes VAT 20% (AT)", "Includes VAT 20% (FR)" }), "the review");
            Assert.That(Rows(confirmation), Is.EqualTo(rows), "the confirmation");
            Assert.That(Rows(shopperPage), Is.EqualTo(rows), "the shopper's order page");
            Assert.That(Rows(staffPage), Is.EqualTo(rows), "the staff's order page");
            foreach (var row in rows)
                Assert.That(mail, Does.Contain(row.Replace($" {row.Split(' ')[^1]}", $": {row.Split(' ')[^1]}")), "the confirmation mail");
            Assert.That(confirmation.Text(".delivery-estimate"), Does.StartWith("DHL Europe,"));
            foreach (var row in rows.Where(r => !r.StartsWith("Total") && !r.StartsWith("Includes")))
                Assert.That(invoice, Does.Contain(row), "the invoice");
            foreach (var t in order.TaxLines)
                Assert.That(invoice, Does.Contain($"20% ({t.Country}) {t.Base} {t.Tax} {t.Base + t.Tax}"), "the invoice's tax per rate and country");
            Assert.That(csv["TaxByCountry"], Is.EqualTo(
                $"AT 20% base {at.Base.ToInvariantString()} tax {at.Tax.ToInvariantString()}; FR 20% base {fr.Base.ToInvariantString()} tax {fr.Tax.ToInvariantString()}"),
                "the export, for the one-stop-shop return");
            Assert.That(csv["Tax"], Is.EqualTo((at.Tax + fr.Tax).ToInvariantString()));
        });
    }

    [TestCase(false)]
    [TestCase(true)]
    public async Task An_order_taxed_in_one_country_keeps_plain_labels_and_its_export_names_the_country(bool placedBeforeCountriesWereKept)
    {
        var email = Accounts.UniqueEmail("onecountry");
        var order = await BuyAsync(email, Buyer(email, "DE", "Berlin", "10115"));
        if (placedBeforeCountriesWereKept)
            await App.WithDbAsync(db => db.Set<OrderTaxLine>().Where(t => EF.Property<int>(t, "OrderId") == order.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(t => t.Country, (string?)null)));
        var csv = await ExportedRowAsync(email);
        var page = await OrderPageAsync(order.Number);
        var invoice = await InvoiceTextAsync(order.Number);
        Assert.Multiple(() =>
        {
            Assert.That(page.Texts(".order-lines .tax-row td:first-child"), Is.EqualTo(new[] { "Includes VAT 19%", "Includes VAT 7%" }));
            Assert.That(invoice, Does.Contain("Tax rate Net Tax amount Gross").And.Contain("19% ").And.Not.Contain("(DE)"));
            Assert.That(csv["TaxByCountry"], Is.EqualTo(string.Join("; ", order.TaxLines.OrderByDescending(t => t.Rate)
                .Select(t => $"DE {t.Label[4..]} base {t.Base.ToInvariantString()} tax {t.Tax.ToInvariantString()}"))), "owed where it was delivered");
        });
    }

    [Test]
    public async Task The_cancellation_mail_shows_the_same_totals_with_the_tax_as_the_confirmation()
    {
        var email = Accounts.UniqueEmail("cancelledtax");
        var (order, _, _) = await BuyInFranceBilledInAustriaAsync(email);
        var confirmed = App.LastMailTo(email).TextBody;
        var asked = await Staff.SubmitFormAsync(await OrderPageAsync(order.Number), "form.cancel-form", new Dictionary<string, string?> { ["Reason"] = "Out of stock" });
        var done = await Staff.SubmitFormAsync(await asked.ReadHtmlAsync(), "form.confirm-form");
        Assert.That(done.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), await done.Content.ReadAsStringAsync());

        var cancelled = App.LastMailTo(email);
        static string Totals(string? mail) => mail is null ? "" : mail[mail.IndexOf("Subtotal:", StringComparison.Ordinal)..mail.IndexOf("Shipping to:", StringComparison.Ordinal)].Trim();
        Assert.Multiple(() =>
        {
            Assert.That(cancelled.Subject, Does.Contain("is cancelled"));
            Assert.That(Totals(cancelled.TextBody), Is.EqualTo(Totals(confirmed)), "subtotal, shipping, the tax rows and the total, as confirmed");
            Assert.That(cancelled.TextBody, Does.Contain($"Includes VAT 20% (AT): {order.TaxLines[0].Tax}"));
            Assert.That(cancelled.TextBody, Does.Contain($"Of which tax: {order.Tax}."), "what goes back, with its tax, as a refund's mail says");
        });
    }

    [Test]
    public async Task An_EU_business_order_of_goods_is_an_intra_Community_supply_on_the_staff_page_its_invoice_and_its_mail_with_its_VAT_number()
    {
        var email = Accounts.UniqueEmail("b2b");
        var order = await BuyAsync(email, Buyer(email, "FR", "Lyon", "69001", vatNumber: "FR 12 345678901"));

        var page = await OrderPageAsync(order.Number);
        var invoice = await InvoiceTextAsync(order.Number);
        var csv = await ExportedRowAsync(email);

        Assert.Multiple(() =>
        {
            // Goods carried to a business in another EU country: every page names the exemption, as the invoice does, not reverse charge.
            Assert.That(page.Text(".order-lines .tax-row td:first-child"), Is.EqualTo(Shop.Web.Shared.VatNotChargedWording.IntraCommunitySupply));
            Assert.That(page.Text(".vat-number"), Is.EqualTo("FR12345678901"));
            Assert.That(invoice, Does.Contain(Shop.Web.Shared.VatNotChargedWording.IntraCommunitySupply).And.Contain("VAT number: FR12345678901"));
            Assert.That(invoice, Does.Not.Contain(Shop.Web.Shared.TaxRows.ReverseCharge));
            var vat = order.Subtotal - order.Discount + order.ShippingCost - order.Total;
            Assert.That(invoice, Does.Contain($"VAT not charged −{vat}"), "the VAT within the prices, taken off");
            Assert.That(invoice.IndexOf("VAT not charged", StringComparison.Ordinal),
                Is.LessThan(invoice.IndexOf($"Total {order.Total}", StringComparison.Ordinal)), "above the total it explains");
            Assert.That(App.LastMailTo(email).TextBody, Does.Contain(Shop.Web.Shared.VatNotChargedWording.IntraCommunitySupply)
                .And.Not.Contain(Shop.Web.Shared.TaxRows.ReverseCharge), "confirmation mail");
            Assert.That((csv["ReverseCharge"], csv["VatNumber"], csv["VatTakenOff"]), Is.EqualTo(("yes", "FR12345678901", vat.ToInvariantString())), "the export");
            Assert.That(decimal.Parse(csv["Subtotal"], System.Globalization.CultureInfo.InvariantCulture) - decimal.Parse(csv["Discount"], System.Globalization.CultureInfo.InvariantCulture) + decimal.Parse(csv["Shipping"], System.Globalization.CultureInfo.InvariantCulture) - decimal.Parse(csv["VatTakenOff"], System.Globalization.CultureInfo.InvariantCulture),
                Is.EqualTo(decimal.Parse(csv["Total"], System.Globalization.CultureInfo.InvariantCulture)), "the export's row adds up");
        });
    }
}
