using System.Globalization;
using System.Xml.Linq;
using Shop.Domain.Catalog;

namespace Shop.Tests.Seo;

/// <summary>
/// The product feed shopping listings read (<c>/feeds/products.xml</c>): every variant on sale as its page shows it, in
/// the language of the path, kept until the catalog changes.
/// </summary>
public class ProductFeedTests : ShopFixture
{
    private const string Root = "https://shop.example";
    private static readonly XNamespace G = "http://base.google.com/ns/1.0";

    protected override Dictionary<string, string?> Settings => new()
    {
        ["Shop:PublicUrl"] = Root + "/", ["Shop:Languages"] = "en,de,fr", ["Shop:Name"] = "Lumen & Co", ["Shop:Currency"] = "EUR",
        ["Shop:Prices:Reductions"] = "AsTyped",
    };

    private async Task<List<XElement>> ItemsAsync(string prefix = "")
    {
        using var client = App.CreateClient();
        var response = await client.GetAsync($"{prefix}/feeds/products.xml");
        Assert.That((response.StatusCode, response.Content.Headers.ContentType?.MediaType), Is.EqualTo((HttpStatusCode.OK, "application/xml")));
        var text = await response.Content.ReadAsStringAsync();
        Assert.That(text, Does.StartWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>"), "says what it is served as");
        return XDocument.Parse(text).Descendants("item").ToList();
    }

    private static string? Value(XElement item, string name) => item.Element(G + name)?.Value;

    private static XElement ItemOf(List<XElement> items, string sku) => items.Single(i => Value(i, "id") == sku);

    [Test]
    public async Task Every_variant_on_sale_is_an_item_with_its_price_availability_and_absolute_links()
    {
        await App.WithDbAsync(async db =>
        {
            var withdrawn = await db.Products.Where(p => p.IsPublished && !p.Options.Any()).OrderBy(p => p.Id).Skip(8).FirstAsync();
            withdrawn.Unpublish();
            await db.SaveChangesAsync();
        });
        var (onSale, hidden) = await App.WithDbAsync(async db => (
            await db.Variants.Where(v => v.IsPublished && db.Products.Any(p => p.Id == v.ProductId && p.IsPublished && !p.IsArchived)).Select(v => v.Sku).ToListAsync(),
            await db.Variants.Where(v => !v.IsPublished || db.Products.Any(p => p.Id == v.ProductId && (!p.IsPublished || p.IsArchived))).Select(v => v.Sku).ToListAsync()));
        var items = await ItemsAsync();

        Assert.Multiple(() =>
        {
            Assert.That(items.Select(i => Value(i, "id")), Is.EquivalentTo(onSale));
            Assert.That(hidden, Is.Not.Empty);
            Assert.That(items.Select(i => Value(i, "id")).Intersect(hidden), Is.Empty, "nothing that is not on sale");
            Assert.That(items.Select(i => Value(i, "link")), Has.All.StartWith($"{Root}/p/"));
            Assert.That(items.Select(i => Value(i, "image_link")).OfType<string>(), Has.All.StartWith($"{Root}/").And.All.EndWith("-1024.jpg"), "the largest, as JPEG");
            Assert.That(items.Select(i => Value(i, "price")), Has.All.Match(@"^\d+\.\d\d EUR$"));
            Assert.That(items.Select(i => Value(i, "availability")), Has.All.AnyOf("in_stock", "out_of_stock"));
            Assert.That(items.Select(i => (Value(i, "condition"), Value(i, "brand"), Value(i, "identifier_exists"))), Has.All.EqualTo(("new", "Lumen & Co", "no")));
            Assert.That(items.Select(i => Value(i, "title")), Has.All.Not.Empty);
            Assert.That(items.Select(i => Value(i, "product_type")), Has.All.Not.Empty);
        });
    }

    [Test]
    public async Task A_product_with_options_is_a_group_of_items_each_naming_its_colour_or_size()
    {
        var product = await App.WithDbAsync(db => db.Products.Include(p => p.Options).Include(p => p.Variants)
            .Where(p => p.IsPublished && !p.IsArchived && p.Options.Any(o => o.Name == "Size" || o.Name == "Colour") && p.Variants.Count(v => v.IsPublished) > 1)
            .OrderBy(p => p.Id).FirstAsync());
        var variant = product.Variants.Where(v => v.IsPublished).OrderBy(v => v.Position).First();
        var item = ItemOf(await ItemsAsync(), variant.Sku);
        var group = (await ItemsAsync()).Where(i => Value(i, "item_group_id") == product.Id.ToString(CultureInfo.InvariantCulture)).Select(i => Value(i, "id"));
        var options = product.Options.OrderBy(o => o.Position).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(group, Is.EquivalentTo(product.Variants.Where(v => v.IsPublished).Select(v => v.Sku)));
            Assert.That(Value(item, "link"), Is.EqualTo($"{Root}/p/{product.Slug}?variant={variant.Id}"));
            Assert.That(Value(item, "title"), Does.StartWith(product.Name + ", "));
            for (var i = 0; i < options.Count; i++)
                if (options[i].Name is "Size" or "Colour")
                    Assert.That(Value(item, options[i].Name == "Size" ? "size" : "color"), Is.EqualTo(ProductVariant.ValuesOf(variant.Option1, variant.Option2, variant.Option3)[i]));
        });
    }

    [Test]
    public async Task A_reduced_price_is_the_sale_price_beside_the_regular_one_and_sold_out_says_so()
    {
        var product = await App.WithDbAsync(db => db.Products.Include(p => p.Variants)
            .Where(p => p.IsPublished && !p.IsArchived && !p.Options.Any() && p.Price > 20m).OrderBy(p => p.Id).Skip(2).FirstAsync());
        await App.WithDbAsync(async db =>
        {
            var p = await db.Products.Include(x => x.Variants).SingleAsync(x => x.Id == product.Id);
            p.Reprice(19.50m, 25m);
            p.SetStock(0);
            await db.SaveChangesAsync();
        });
        var item = ItemOf(await ItemsAsync(), product.Variants.Single().Sku);

        Assert.That((Value(item, "price"), Value(item, "sale_price"), Value(item, "availability")), Is.EqualTo(("25.00 EUR", "19.50 EUR", "out_of_stock")));
    }

    [Test]
    public async Task The_german_feed_links_german_pages_and_names_the_product_as_translated()
    {
        var product = await App.WithDbAsync(db => db.Products.Include(p => p.Variants)
            .Where(p => p.IsPublished && !p.IsArchived && !p.Options.Any()).OrderBy(p => p.Id).Skip(4).FirstAsync());
        using var staff = await App.CreateAccountAndSignInAsync(Accounts.UniqueEmail("feed-staff"), Roles.Staff);
        var translated = await staff.SubmitFormAsync($"/admin/products/{product.Id}", "form.translation-form[lang=de]",
            new Dictionary<string, string?> { ["Name"] = "Leselampe Übersetzt", ["Description"] = "Auf Deutsch." });
        var item = ItemOf(await ItemsAsync("/de"), product.Variants.Single().Sku);

        Assert.Multiple(() =>
        {
            Assert.That((int)translated.StatusCode, Is.EqualTo(302));
            Assert.That((Value(item, "title"), Value(item, "description")), Is.EqualTo(("Leselampe Übersetzt", "Auf Deutsch.")));
            Assert.That(Value(item, "link"), Is.EqualTo($"{Root}/de/p/{product.Slug}"));
        });
    }

    [Test]
    public async Task Goods_sold_by_measure_give_their_unit_pricing()
    {
        var product = await App.WithDbAsync(db => db.Products.Include(p => p.Variants)
            .Where(p => p.IsPublished && !p.IsArchived && !p.Options.Any()).OrderBy(p => p.Id).Skip(6).FirstAsync());
        await App.WithDbAsync(async db =>
        {
            var p = await db.Products.SingleAsync(x => x.Id == product.Id);
            p.Measure(NetContent.Parse("750 ml"));
            await db.SaveChangesAsync();
        });
        var item = ItemOf(await ItemsAsync(), product.Variants.Single().Sku);

        Assert.That((Value(item, "unit_pricing_measure"), Value(item, "unit_pricing_base_measure")), Is.EqualTo(("750 ml", "1 l")));
    }
}
