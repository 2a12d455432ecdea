using System.Text.Json;
using System.Xml.Linq;

namespace Shop.Tests.Admin;

/// <summary>
/// A product's brand and each variant's barcode number (GTIN), as staff type them in the editor and as search engines
/// (structured data) and shopping listings (the product feed) read them.
/// </summary>
public class ProductIdentityTests : ProductEditorFixture
{
    private static readonly XNamespace G = "http://base.google.com/ns/1.0";

    private async Task<(int Id, string Name, string Slug, string Sku)> NewProductAsync()
    {
        var id = await CreateProductAsync();
        var p = await ProductAsync(id);
        return (id, p.Name, p.Slug, p.Sku);
    }

    [Test]
    public async Task Staff_name_the_brand_and_the_barcode_and_the_page_and_the_feed_carry_them()
    {
        using var client = await StaffAsync();
        var product = await NewProductAsync();
        var gtin = TestGtins.New();
        var named = await client.SubmitFormAsync(await EditorAsync(client, product.Id), "form.product-form", new Dictionary<string, string?> { ["Brand"] = " Le Creuset " });
        var coded = await SaveGridAsync(client, await EditorAsync(client, product.Id), (product.Name, "Gtin", $"{gtin[0]} {gtin[1..7]} {gtin[7..]}"));
        var saved = await App.WithDbAsync(db => db.Products.Where(p => p.Id == product.Id).Select(p => new { p.Brand, p.Variants.Single().Gtin }).SingleAsync());

        using var shopper = App.Browser();
        var (_, page) = await shopper.GetPageAsync($"/p/{product.Slug}");
        var data = page.QuerySelectorAll("script[type='application/ld+json']").Select(s => JsonDocument.Parse(s.TextContent).RootElement)
            .Single(j => j.GetProperty("@type").GetString() == "Product");
        var item = XDocument.Parse(await shopper.GetStringAsync("/feeds/products.xml")).Descendants("item")
            .Single(i => i.Element(G + "id")?.Value == product.Sku);

        Assert.Multiple(() =>
        {
            Assert.That(((int)named.StatusCode, (int)coded.StatusCode), Is.EqualTo((302, 302)));
            Assert.That((saved.Brand, saved.Gtin), Is.EqualTo(("Le Creuset", gtin)), "trimmed; the barcode as its digits");
            Assert.That(data.GetProperty("brand").GetProperty("name").GetString(), Is.EqualTo("Le Creuset"));
            Assert.That(data.GetProperty("gtin").GetString(), Is.EqualTo(gtin));
            Assert.That((item.Element(G + "brand")?.Value, item.Element(G + "gtin")?.Value), Is.EqualTo(("Le Creuset", gtin)));
            Assert.That(item.Element(G + "identifier_exists"), Is.Null, "it has one");
        });
    }

    [Test]
    public async Task A_barcode_that_does_not_check_or_is_another_products_is_refused_in_its_row_and_nothing_is_saved()
    {
        using var client = await StaffAsync();
        var (first, second) = (await NewProductAsync(), await NewProductAsync());
        var taken = TestGtins.New();
        AssertRedirected(await SaveGridAsync(client, await EditorAsync(client, first.Id), (first.Name, "Gtin", taken)));

        var twice = await SaveGridAsync(client, await EditorAsync(client, second.Id), (second.Name, "Gtin", taken), (second.Name, "Price", "30.00"));
        var twicePage = await twice.ReadHtmlAsync();
        var wrong = await SaveGridAsync(client, await EditorAsync(client, second.Id), (second.Name, "Gtin", "4006381333932"));
        var wrongPage = await wrong.ReadHtmlAsync();
        var after = await App.WithDbAsync(db => db.Variants.Where(v => v.ProductId == second.Id).Select(v => new { v.Gtin, v.Price }).SingleAsync());

        Assert.Multiple(() =>
        {
            Assert.That((twice.StatusCode, wrong.StatusCode), Is.EqualTo((HttpStatusCode.BadRequest, HttpStatusCode.BadRequest)));
            Assert.That(twicePage.Text("[data-valmsg-for='Grid.Variants[0].Gtin']"), Is.EqualTo("Another product already has this GTIN."));
            Assert.That(wrongPage.Text("[data-valmsg-for='Grid.Variants[0].Gtin']"), Does.Contain("'4006381333932' is not a GTIN: its last digit does not check"));
            Assert.That(wrongPage.QuerySelector("input[name='Grid.Variants[0].Gtin']")?.GetAttribute("value"), Is.EqualTo("4006381333932"), "kept as typed");
            Assert.That((after.Gtin, after.Price), Is.EqualTo(((string?)null, (decimal?)null)), "nothing saved");
        });
    }

    [Test]
    public async Task A_barcode_typed_with_a_leading_zero_more_is_still_another_products_and_refused()
    {
        using var client = await StaffAsync();
        var (first, second) = (await NewProductAsync(), await NewProductAsync());
        var taken = TestGtins.New();
        AssertRedirected(await SaveGridAsync(client, await EditorAsync(client, first.Id), (first.Name, "Gtin", taken)));

        // The supplier's list gives the GTIN-14 of the EAN-13 on the box: the same item.
        var again = await SaveGridAsync(client, await EditorAsync(client, second.Id), (second.Name, "Gtin", "0" + taken));
        var page = await again.ReadHtmlAsync();
        var after = await App.WithDbAsync(db => db.Variants.Where(v => v.ProductId == second.Id).Select(v => v.Gtin).SingleAsync());

        Assert.Multiple(() =>
        {
            Assert.That(again.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(page.Text("[data-valmsg-for='Grid.Variants[0].Gtin']"), Is.EqualTo("Another product already has this GTIN."));
            Assert.That(after, Is.Null, "nothing saved");
        });
    }
}
