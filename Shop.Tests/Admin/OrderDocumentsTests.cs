using Shop.Tests.Orders;
using Shop.Web.Admin.Orders;
using Shop.Web.Documents;

namespace Shop.Tests.Admin;

/// <summary>Packing slips and invoices as PDF, read back as text; invoice numbers given once, in sequence, under load.</summary>
public class OrderDocumentsTests : OrdersFixture
{
    protected override ShopApp CreateShop() => new(new()
    {
        ["Shop:Payments:Reconciliation:AskAfter"] = "01:00:00",
        ["Shop:Business:Name"] = "Lovelace Goods Ltd",
        ["Shop:Business:Address:0"] = "1 Engine Street",
        ["Shop:Business:Address:1"] = "London EC1 2AB",
        ["Shop:Business:TaxId"] = "GB123456789",
        ["Shop:Business:InvoicePrefix"] = "LG-",
    });

    private Task<int?> InvoiceNumberAsync(string number) =>
        App.WithDbAsync(db => db.Orders.Where(o => o.Number == number).Select(o => o.InvoiceNumber).SingleAsync());

    private async Task<string> StaffPdfAsync(string path)
    {
        var response = await Staff.GetAsync(path);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        return string.Join("\n", await PdfText.PagesAsync(response));
    }

    private async Task<byte[]> StaffPdfBytesAsync(string path)
    {
        var response = await Staff.GetAsync(path);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        return await response.Content.ReadAsByteArrayAsync();
    }

    [Test]
    public async Task A_packing_slip_names_the_shop_the_address_and_what_to_pack_without_prices()
    {
        var number = await PlaceOrderAsync(Unique("slip"), quantity: 2);
        var order = await OrderAsync(number);

        var text = await StaffPdfAsync($"/admin/orders/{number}/packing-slip");

        Assert.Multiple(() =>
        {
            Assert.That(text, Does.Contain("Packing slip").And.Contain(number));
            Assert.That(text, Does.Contain("Lovelace Goods Ltd").And.Contain("1 Engine Street").And.Contain("London EC1 2AB"));
            Assert.That(text, Does.Contain("Ada Lovelace").And.Contain("12 Analytical Row"));
            Assert.That(text, Does.Contain(order.Lines[0].Sku));
            Assert.That(text, Does.Not.Contain(order.Total.ToString()), "a packing slip shows no prices");
        });
    }

    [Test]
    public async Task A_long_item_name_variant_and_sku_wrap_in_full_on_the_packing_slip_and_the_invoice()
    {
        const string sku = "TEE-ORGANIC-HEAVYWEIGHT-XL-FOREST-GREEN1"; // 40 characters, the most a SKU holds
        await App.WithDbAsync(async db =>
        {
            var category = await db.Categories.OrderBy(c => c.Id).Select(c => c.Id).FirstAsync();
            var tee = new Product("Organic Cotton Heavyweight Crew-Neck T-Shirt, Garment-Dyed, Unisex", "organic-heavy-tee-wrap", "TEE-OH",
                "Heavy.", 30m, category, DateTimeOffset.UtcNow);
            tee.DefineOptions([("Size", ["Extra Large"]), ("Colour", ["Forest Green Heather"])]);
            tee.Publish();
            db.Products.Add(tee);
            await db.SaveChangesAsync();
            var variant = tee.Variants.Single();
            tee.SetStock(variant.Id, 5);
            tee.ChangeVariant(variant.Id, sku, null, null, 200, null, published: true);
            await db.SaveChangesAsync();
        });
        using var shopper = new Shopper(App.Browser());
        await shopper.AddToCartAsync("organic-heavy-tee-wrap");
        var placed = await shopper.CheckoutAsync(TestNonces.Valid, Shopper.GuestAddress(Unique("wrap")));
        var number = placed.Headers.Location!.ToString()["/checkout/confirmation/".Length..];
        var line = (await OrderAsync(number)).Lines.Single();

        var slip = await StaffPdfBytesAsync($"/admin/orders/{number}/packing-slip");
        var invoice = await StaffPdfBytesAsync($"/admin/orders/{number}/invoice");

        // A wrapped cell is read back as its lines' words: compared without the spaces, nothing is left out.
        static string Squeezed(string text) => Regex.Replace(text, @"\s+", "");
        var name = Squeezed(line.DisplayName);
        Assert.Multiple(() =>
        {
            Assert.That(line.DisplayName, Does.EndWith("Extra Large / Forest Green Heather"));
            Assert.That(Squeezed(PdfText.Column(slip, "Item", "SKU")), Does.Contain(name));
            Assert.That(Squeezed(PdfText.Column(slip, "SKU", "Qty")), Does.Contain(sku));
            Assert.That(Squeezed(PdfText.Column(invoice, "Item", "SKU")), Does.Contain(name));
            Assert.That(Squeezed(PdfText.Column(invoice, "SKU", "Qty")), Does.Contain(sku));
            Assert.That(PdfText.Pages(slip).Concat(PdfText.Pages(invoice)), Has.None.Contain("…"));
            Assert.That(PdfText.Pages(slip)[0], Does.Contain("Packed Item SKU Qty"), "the headings print whole");
        });
    }

    [Test]
    public async Task An_order_of_digital_goods_only_has_nothing_to_pack_and_staff_mark_it_sent_with_their_own_reference()
    {
        var (_, id, name) = await ProductAsync(4);
        await App.WithDbAsync(async db =>
        {
            (await db.Products.SingleAsync(p => p.Id == id)).MarkDigital(true);
            await db.SaveChangesAsync();
        });
        var email = Unique("digital");
        var number = await PlaceOrderAsync(email, product: 4);

        var slip = await StaffPdfAsync($"/admin/orders/{number}/packing-slip");
        var detail = await OrderPageAsync(number);
        var sent = await Staff.SubmitFormAsync(detail, "form.ship-form", new Dictionary<string, string?> { ["TrackingNumber"] = "Licence mailed" });
        var order = await OrderAsync(number);
        var mail = App.LastMailTo(email);
        Assert.Multiple(() =>
        {
            Assert.That(mail.Subject, Does.Contain("has been sent"), "sent, not shipped: there is no parcel");
            Assert.That(mail.TextBody, Does.Contain("Reference: Licence mailed").And.Not.Contain("on its way").And.Not.Contain("Tracking"));
            Assert.That(slip, Does.Contain("Nothing to pack: this order has digital goods only."));
            Assert.That(slip, Does.Not.Contain(name));
            Assert.That(detail.Text(".digital-only"), Does.StartWith("Digital goods only: nothing to pack."));
            Assert.That(detail.Text("tfoot"), Does.Not.Contain("Shipping"), "no shipping row for an order that ships nothing");
            Assert.That(detail.Text("#ship-to-heading"), Is.EqualTo("Address (nothing shipped)"));
            Assert.That(sent.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
            Assert.That((order.Status, order.TrackingNumber, order.ShippingCost.IsZero), Is.EqualTo((OrderStatus.Shipped, "Licence mailed", true)));
        });
    }

    [Test]
    public async Task An_invoice_number_is_given_once_and_the_next_order_gets_the_next()
    {
        var first = await PlaceOrderAsync(Unique("inv1"));
        var second = await PlaceOrderAsync(Unique("inv2"));

        var text = await StaffPdfAsync($"/admin/orders/{first}/invoice");
        var given = await InvoiceNumberAsync(first);
        var again = await StaffPdfAsync($"/admin/orders/{first}/invoice");
        await StaffPdfAsync($"/admin/orders/{second}/invoice");
        var order = await OrderAsync(first);
        var (_, page) = await Staff.GetPageAsync($"/admin/orders/{first}");

        Assert.Multiple(async () =>
        {
            Assert.That(given, Is.Not.Null);
            Assert.That(text, Does.Contain($"Invoice LG-{given:D6}").And.Contain("VAT number: GB123456789"));
            Assert.That(text, Does.Contain(order.Total.ToString()).And.Contain(order.Email).And.Contain(order.PaymentTransactionId));
            Assert.That(again, Does.Contain($"LG-{given:D6}"), "printed again, the same number");
            Assert.That(await InvoiceNumberAsync(first), Is.EqualTo(given));
            Assert.That(await InvoiceNumberAsync(second), Is.GreaterThan(given!.Value));
            Assert.That(page.Text(".order-documents .invoice"), Does.Contain($"{given:D6}"));
        });
    }

    [Test]
    public async Task An_unpaid_attempt_has_no_invoice_and_an_unknown_order_no_documents()
    {
        var declined = await DeclinedAttemptAsync(Unique("noinv"));

        var invoice = await Staff.GetAsync($"/admin/orders/{declined}/invoice");
        var slip = await Staff.GetAsync("/admin/orders/SO-NOPE/packing-slip");
        var (_, page) = await Staff.GetPageAsync($"/admin/orders/{declined}");

        Assert.Multiple(async () =>
        {
            Assert.That(invoice.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
            Assert.That(await invoice.Content.ReadAsStringAsync(), Does.Contain("was never paid"));
            Assert.That(slip.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(await InvoiceNumberAsync(declined), Is.Null);
            Assert.That(page.QuerySelector(".order-documents .invoice"), Is.Null);
        });
    }

    private async Task<HttpResponseMessage> PostSelectionAsync(string path, params string[] selected)
    {
        var (_, queue) = await Staff.GetPageAsync("/admin/orders/to-fulfil");
        var token = queue.QuerySelector("form.bulk-ship-form input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        return await Staff.PostAsync(path, new FormUrlEncodedContent(
            selected.Select(n => new KeyValuePair<string, string>("Selected", n)).Append(new("__RequestVerificationToken", token))));
    }

    [Test]
    public async Task Staff_print_the_ticked_orders_slips_and_invoices_as_one_file_each()
    {
        var a = await PlaceOrderAsync(Unique("bulkdoc"));
        var b = await PlaceOrderAsync(Unique("bulkdoc"));
        var declined = await DeclinedAttemptAsync(Unique("bulkdoc"));

        var slips = await PostSelectionAsync("/admin/orders/to-fulfil/packing-slips", a, b);
        var slipPages = await PdfText.PagesAsync(slips);
        var invoices = await PostSelectionAsync("/admin/orders/to-fulfil/invoices", b, declined, "SO-NOPE");
        var invoicePages = await PdfText.PagesAsync(invoices);
        var none = await PostSelectionAsync("/admin/orders/to-fulfil/packing-slips");
        var (_, queue) = await Staff.GetPageAsync("/admin/orders/to-fulfil");

        Assert.Multiple(async () =>
        {
            Assert.That(slipPages, Has.Count.EqualTo(2));
            Assert.That(slipPages[0], Does.Contain(a));
            Assert.That(slipPages[1], Does.Contain(b));
            Assert.That(invoicePages, Has.Count.EqualTo(1));
            Assert.That(invoicePages[0], Does.Contain(b).And.Contain("Invoice LG-"));
            Assert.That(invoices.Headers.GetValues(OrderDocumentsController.LeftOutHeader).Single(), Is.EqualTo($"{declined},SO-NOPE"));
            Assert.That(none.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That((await none.ReadHtmlAsync()).Text(".bulk-errors"), Is.EqualTo("Tick the orders to print first."));
            Assert.That(queue.QuerySelector("form.bulk-ship-form button.print-slips"), Is.Not.Null);
        });
    }

    [Test]
    public async Task Printing_with_nothing_ticked_keeps_the_tracking_numbers_typed_on_the_list()
    {
        var number = await PlaceOrderAsync(Unique("keeptyped"));
        var box = $"input[name='Tracking[{number}]']";
        var page = 1;
        while ((await Staff.GetPageAsync($"/admin/orders/to-fulfil?page={page}")).Page.QuerySelector(box) is null && page < 20) page++;
        var (_, queue) = await Staff.GetPageAsync($"/admin/orders/to-fulfil?page={page}");
        var token = queue.QuerySelector("form.bulk-ship-form input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        var refused = await Staff.PostAsync($"/admin/orders/to-fulfil/packing-slips?page={page}", new FormUrlEncodedContent(
            [new($"Tracking[{number}]", "TRK-TYPED-1"), new("Carrier", "DHL"), new("__RequestVerificationToken", token)]));
        var shown = await refused.ReadHtmlAsync();

        Assert.Multiple(() =>
        {
            Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(shown.Text(".bulk-errors"), Is.EqualTo("Tick the orders to print first."));
            Assert.That(shown.QuerySelector(box)?.GetAttribute("value"), Is.EqualTo("TRK-TYPED-1"), "typed, not lost to the refusal");
        });
    }

    [Test]
    public async Task A_shopper_downloads_the_invoice_of_their_own_paid_order_and_nobody_elses()
    {
        var email = Unique("mine");
        using var me = await App.CreateAccountAndSignInAsync(email);
        using var other = await App.CreateAccountAndSignInAsync(Unique("other"));
        var number = await PlaceOrderAsync(email, client: me);

        var (_, page) = await me.GetPageAsync($"/account/orders/{number}");
        var mine = await me.GetAsync(page.QuerySelector("a.invoice-link")!.GetAttribute("href"));
        var theirs = await other.GetAsync($"/account/orders/{number}/invoice");

        Assert.Multiple(async () =>
        {
            Assert.That(mine.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(string.Join("\n", await PdfText.PagesAsync(mine)), Does.Contain(number).And.Contain("Invoice LG-"));
            Assert.That(theirs.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        });
    }

    [Test]
    public async Task The_invoice_of_an_order_bought_in_English_stays_English_when_the_shopper_downloads_it_from_the_German_pages()
    {
        var email = Unique("deutsch");
        using var me = await App.CreateAccountAndSignInAsync(email);
        var number = await PlaceOrderAsync(email, quantity: 2, client: me);
        var order = await OrderAsync(number);

        var (_, page) = await me.GetPageAsync($"/de/account/orders/{number}");
        var link = page.QuerySelector("a.invoice-link")!.GetAttribute("href")!;
        var shoppers = await PdfText.PagesAsync(await me.GetAsync(link));
        var staffs = await PdfText.PagesAsync(await Staff.GetAsync($"/admin/orders/{number}/invoice"));

        Assert.Multiple(() =>
        {
            Assert.That(link, Does.StartWith("/de/account/orders/"), "downloaded from the German pages");
            Assert.That(shoppers, Is.EqualTo(staffs), "the same invoice, whoever prints it: in the order's language, not the page's");
            Assert.That(shoppers[0], Does.Contain($"Total {order.Total.ToString(System.Globalization.CultureInfo.InvariantCulture)}"));
            Assert.That(shoppers[0], Does.Contain("United Kingdom").And.Not.Contain("Vereinigtes Königreich"));
        });
    }

    [Test]
    public async Task Invoice_numbers_given_at_the_same_moment_are_all_different_and_in_sequence()
    {
        var numbers = new List<string>();
        for (var i = 0; i < 6; i++) numbers.Add(await PlaceOrderAsync(Unique("race")));
        var ids = await App.WithDbAsync(db => db.Orders.Where(o => numbers.Contains(o.Number)).Select(o => o.Id).ToListAsync());

        // Each order invoiced from two requests at once, all twelve together.
        var given = await Task.WhenAll(ids.Concat(ids).Select(id =>
            Task.Run(() => App.WithAsync<InvoiceNumbers, int?>(invoices => invoices.IssueAsync(id, CancellationToken.None)))));
        var stored = await App.WithDbAsync(db => db.Orders.Where(o => ids.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.InvoiceNumber));

        var byOrder = ids.Select((id, i) => (Id: id, First: given[i], Second: given[i + ids.Count])).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(byOrder.Select(o => o.First), Is.EqualTo(byOrder.Select(o => o.Second)), "both requests for one order get its one number");
            Assert.That(byOrder.Select(o => o.First), Is.EqualTo(byOrder.Select(o => stored[o.Id])));
            Assert.That(stored.Values, Is.Unique);
            var sorted = stored.Values.Select(v => v!.Value).Order().ToList();
            Assert.That(sorted, Is.EqualTo(Enumerable.Range(sorted[0], sorted.Count)), "no gaps among numbers given together");
        });
    }
}
