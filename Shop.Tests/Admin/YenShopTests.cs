using Shop.Tests.Orders;
using Shop.Web.Markets;

namespace Shop.Tests.Admin;

/// <summary>
/// A shop in yen, a currency without decimals: staff see and type amounts as whole yen everywhere (product form, list,
/// bulk changes, the catalog file, refunds, shipping), an amount with decimals is refused where it is typed, and the
/// storefront's structured data states the price as the currency has it.
/// </summary>
public class YenShopTests : OrdersFixture
{
    private const string NoDecimals = "Amounts in JPY have no decimals.";
    private readonly string _admin = Accounts.UniqueEmail("yen-admin");

    protected override ShopApp CreateShop() =>
        new(new() { ["Shop:Currency"] = "JPY", ["Shop:Payments:Reconciliation:AskAfter"] = "01:00:00" }) { TestServices = TestServices };

    [OneTimeSetUp]
    public Task CreateAdmin() => App.CreateAccountAsync(_admin, roles: Roles.Admin);

    private static string FieldMessage(IDocument page, string field) => page.Text($"[data-valmsg-for='{field}']");

    private async Task<Dictionary<string, string?>> ProductFieldsAsync(string price)
    {
        var name = "Tea bowl " + Guid.NewGuid().ToString("n")[..8];
        return new()
        {
            ["Name"] = name, ["Slug"] = name.ToLowerInvariant().Replace(' ', '-'), ["Sku"] = "BOWL-" + Guid.NewGuid().ToString("n")[..8].ToUpperInvariant(),
            ["Price"] = price, ["CompareAtPrice"] = "1800", ["InitialStock"] = "5", ["Description"] = "Glazed.", ["IsPublished"] = "true",
            ["CategoryId"] = (await App.WithDbAsync(db => db.Categories.OrderBy(c => c.Id).Select(c => c.Id).FirstAsync())).ToString(),
        };
    }

    private async Task<HttpResponseMessage> BulkAsync(params (string Name, string Value)[] fields)
    {
        var (_, page) = await Staff.GetPageAsync("/admin/products");
        var token = page.QuerySelector("#bulk-form input[name=__RequestVerificationToken]")?.GetAttribute("value") ?? "";
        return await Staff.PostAsync("/admin/products/bulk", new FormUrlEncodedContent(
            fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)).Append(new("__RequestVerificationToken", token))));
    }

    [Test]
    public async Task Product_prices_are_typed_shown_changed_and_exported_in_whole_yen()
    {
        var fields = await ProductFieldsAsync("1500.5");
        var refused = await Staff.SubmitFormAsync("/admin/products/new", "form.product-form", fields);
        var refusedPage = await refused.ReadHtmlAsync();
        fields["Price"] = "1500";
        var created = await Staff.SubmitFormAsync("/admin/products/new", "form.product-form", fields);
        Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), await created.Content.ReadAsStringAsync());
        var id = int.Parse(created.Headers.Location!.OriginalString.Split('/').Last());
        var (_, editor) = await Staff.GetPageAsync($"/admin/products/{id}");
        var (_, list) = await Staff.GetPageAsync($"/admin/products?q={fields["Sku"]}");

        var raised = await BulkAsync(("Selected", id.ToString()), ("Action", "price"), ("PriceBy", "percent"), ("Change", "10"));
        var halfYen = await BulkAsync(("Selected", id.ToString()), ("Action", "price"), ("PriceBy", "amount"), ("Change", "0.5"));
        var price = await App.WithDbAsync(db => db.Products.Where(p => p.Id == id).Select(p => p.Price).SingleAsync());
        var file = await Staff.GetStringAsync("/admin/products/export");
        var (_, productPage) = await App.Browser().GetPageAsync($"/p/{fields["Slug"]}");

        Assert.Multiple(async () =>
        {
            Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(FieldMessage(refusedPage, "Price"), Is.EqualTo(NoDecimals));
            Assert.That(refusedPage.QuerySelector("#Price")?.GetAttribute("value"), Is.EqualTo("1500.5"), "what staff typed stays");
            Assert.That(editor.QuerySelector("#Price")?.GetAttribute("value"), Is.EqualTo("1500"));
            Assert.That(editor.QuerySelector("#CompareAtPrice")?.GetAttribute("value"), Is.EqualTo("1800"));
            Assert.That(list.Text(".admin-products .product-price"), Is.EqualTo("1500"));
            Assert.That(raised.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
            Assert.That(halfYen.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That((await halfYen.ReadHtmlAsync()).Text(".validation-summary-errors"), Does.Contain(NoDecimals));
            Assert.That(price, Is.EqualTo(1650m), "10% more is 1650 yen; half a yen more is refused");
            Assert.That(file, Does.Contain($"{fields["Sku"]},{fields["Name"]},").And.Contain(",1650,1800,"));
            Assert.That(productPage.QuerySelector("script[type='application/ld+json']")?.TextContent, Does.Match("\"price\"\\s*:\\s*\"1650\""));
            Assert.That(productPage.Text(".variant-price .price"), Is.EqualTo("JPY 1,650"));
        });
    }

    [Test]
    public async Task A_refund_is_typed_in_whole_yen()
    {
        var number = await PlaceOrderAsync(Unique("yen-refund"));
        Gateway.Settle(await TransactionOfAsync(number));
        var page = await OrderPageAsync(number);

        var refused = await Staff.SubmitFormAsync(page, "form.refund-form", new Dictionary<string, string?> { ["Amount"] = "10.5" });
        var asked = await Staff.SubmitFormAsync(page, "form.refund-form", new Dictionary<string, string?> { ["Amount"] = "10" });
        var confirm = await asked.ReadHtmlAsync();

        Assert.Multiple(async () =>
        {
            Assert.That(page.QuerySelector("#Amount")?.GetAttribute("step"), Is.EqualTo("1"));
            Assert.That(page.QuerySelector("#Amount")?.GetAttribute("min"), Is.EqualTo("1"));
            Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(FieldMessage(await refused.ReadHtmlAsync(), "Amount"), Is.EqualTo(NoDecimals));
            Assert.That((await refused.ReadHtmlAsync()).QuerySelector("#Amount")?.GetAttribute("value"), Is.EqualTo("10.5"), "what staff typed stays");
            Assert.That(confirm.QuerySelector("form.confirm-form input[name=Amount]")?.GetAttribute("value"), Is.EqualTo("10"));
            Assert.That(confirm.Text("h1"), Does.Contain("JPY 10"));
        });
    }

    [Test]
    public async Task Shipping_prices_are_typed_in_whole_yen_and_the_demo_setup_in_cents_is_not_loaded()
    {
        using var admin = await App.SignedInBrowserAsync(_admin);
        var demo = await admin.SubmitFormAsync("/admin/tax", "form.load-demo-markets");
        var notice = (await admin.FollowAsync(demo)).Text(".admin-notice");
        var created = await admin.SubmitFormAsync("/admin/shipping", "form.shipping-zone-form", new Dictionary<string, string?>
        {
            ["Form.Name"] = "Japan", ["Form.Countries"] = "JP",
        });
        var edit = await admin.FollowAsync(created);
        Dictionary<string, string?> Method(string bands, string? freeFrom) => new()
        {
            ["Method.Offered"] = "true", ["Method.Name"] = "Yamato", ["Method.Basis"] = "Weight", ["Method.Bands"] = bands,
            ["Method.FreeFrom"] = freeFrom, ["Method.Days"] = "2",
        };

        var halfYenBand = await (await admin.SubmitFormAsync(edit, "form.zone-method-standard", Method("0=800.5", null))).ReadHtmlAsync();
        var halfYenFree = await (await admin.SubmitFormAsync(edit, "form.zone-method-standard", Method("0=800", "5000.5"))).ReadHtmlAsync();
        var saved = await admin.SubmitFormAsync(edit, "form.zone-method-standard", Method("0=800; 2000=1200.00", "5000"));
        var zone = await App.WithDbAsync(db => db.ShippingZones.Include(z => z.Methods).SingleAsync(z => z.Name == "Japan"));
        var (_, shown) = await admin.GetPageAsync($"/admin/shipping/{zone.Id}");

        Assert.Multiple(async () =>
        {
            Assert.That(notice, Does.Contain("The demo setup's shipping prices have cents, which amounts in JPY do not"));
            Assert.That(await App.WithDbAsync(db => db.TaxZones.CountAsync()), Is.Zero, "nothing of the demo was loaded");
            Assert.That(halfYenBand.Text(".zone-method-standard [data-valmsg-for='Method.Bands']"), Does.Contain("Price bands: " + NoDecimals));
            Assert.That(halfYenFree.Text(".zone-method-standard [data-valmsg-for='Method.FreeFrom']"), Does.Contain(NoDecimals));
            Assert.That(saved.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
            Assert.That(zone.Methods.Select(m => (m.Bands, m.FreeFrom)), Is.EqualTo(new[] { ("0=800; 2000=1200", (decimal?)5000m) }));
            Assert.That(shown.QuerySelector("form.zone-method-standard input[name='Method.FreeFrom']")?.GetAttribute("value"), Is.EqualTo("5000"));
        });
    }
}
