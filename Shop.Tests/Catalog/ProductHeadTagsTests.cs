using System.Globalization;
using System.Text.Json;
using Shop.Web.Shared;

namespace Shop.Tests.Catalog;

/// <summary>What search engines and link previews read from a product page, parsed as they parse it.</summary>
public class ProductHeadTagsTests : ShopFixture
{
    private const string Root = "https://shop.example";

    protected override Dictionary<string, string?> Settings => new() { ["Shop:PublicUrl"] = Root, ["Shop:Languages"] = "en,de,fr" };

    private static List<JsonElement> JsonLd(AngleSharp.Dom.IDocument page) =>
        page.QuerySelectorAll("script[type='application/ld+json']").Select(s => JsonDocument.Parse(s.TextContent).RootElement.Clone()).ToList();

    private static string? Meta(AngleSharp.Dom.IDocument page, string attribute, string key) =>
        page.QuerySelector($"meta[{attribute}='{key}']")?.GetAttribute("content");

    /// <summary>The product's own block: a Product, or the ProductGroup of a product with options.</summary>
    private static JsonElement Item(AngleSharp.Dom.IDocument page) =>
        JsonLd(page).Single(b => b.GetProperty("@type").GetString() is "Product" or "ProductGroup");

    [Test]
    public async Task A_product_with_options_is_a_group_of_one_product_per_variant_with_its_values_price_currency_and_availability()
    {
        var product = await App.WithDbAsync(db => db.Products.Include(p => p.Variants).Include(p => p.Options).Include(p => p.Category)
            .Where(p => p.IsPublished && p.Variants.Count(v => v.IsPublished) > 2 && p.Options.Any(o => o.Name == "Colour")).OrderBy(p => p.Id).FirstAsync());
        var soldOut = product.Variants.First(v => v.IsPublished);
        var hidden = product.Variants.Where(v => v.IsPublished).Skip(1).First();
        await App.WithDbAsync(async db =>
        {
            var p = await db.Products.Include(x => x.Variants).SingleAsync(x => x.Id == product.Id);
            foreach (var v in p.Variants) p.SetStock(v.Id, v.Id == soldOut.Id ? 0 : 20);
            p.ChangeVariant(hidden.Id, hidden.Sku, hidden.Price, hidden.CompareAtPrice, hidden.WeightGrams, hidden.ImagePath, published: false);
            await db.SaveChangesAsync();
        });
        using var client = App.Browser();
        var (_, page) = await client.GetPageAsync($"/p/{product.Slug}");

        var group = Item(page);
        var variants = group.GetProperty("hasVariant").EnumerateArray().ToDictionary(o => o.GetProperty("sku").GetString()!);
        var onSale = product.Variants.Where(v => v.IsPublished && v.Id != hidden.Id).ToList();
        var colour = product.Options.Single(o => o.Name == "Colour").Position - 1;
        Assert.Multiple(() =>
        {
            Assert.That(group.GetProperty("@type").GetString(), Is.EqualTo("ProductGroup"));
            Assert.That(group.GetProperty("@context").GetString(), Is.EqualTo("https://schema.org"));
            Assert.That(group.GetProperty("name").GetString(), Is.EqualTo(product.Name));
            Assert.That(group.GetProperty("productGroupID").GetString(), Is.EqualTo(product.Id.ToString(CultureInfo.InvariantCulture)));
            Assert.That(group.GetProperty("variesBy").EnumerateArray().Select(v => v.GetString()), Does.Contain("https://schema.org/color"));
            Assert.That(group.GetProperty("url").GetString(), Is.EqualTo($"{Root}/p/{product.Slug}"));
            Assert.That(group.TryGetProperty("offers", out _), Is.False, "the offers are the variants'");
            Assert.That(variants.Keys, Is.EquivalentTo(onSale.Select(v => v.Sku)), "variants on sale only");
            foreach (var v in onSale)
            {
                var variant = variants[v.Sku];
                var offer = variant.GetProperty("offers");
                Assert.That(variant.GetProperty("@type").GetString(), Is.EqualTo("Product"));
                Assert.That(variant.GetProperty("color").GetString(), Is.EqualTo(v.Values[colour]), v.Sku);
                Assert.That(variant.GetProperty("url").GetString(), Is.EqualTo($"{Root}/p/{product.Slug}?variant={v.Id}"));
                Assert.That(offer.GetProperty("@type").GetString(), Is.EqualTo("Offer"));
                Assert.That(offer.GetProperty("url").GetString(), Is.EqualTo($"{Root}/p/{product.Slug}?variant={v.Id}"));
                Assert.That(offer.GetProperty("price").GetString(), Is.EqualTo((v.Price ?? product.Price).ToString("0.00", CultureInfo.InvariantCulture)), v.Sku);
                Assert.That(offer.GetProperty("priceCurrency").GetString(), Is.EqualTo("USD"));
                Assert.That(offer.GetProperty("availability").GetString(),
                    v.Id == soldOut.Id ? Is.EqualTo("https://schema.org/OutOfStock") : Does.Match("https://schema.org/(InStock|LimitedAvailability)"), v.Sku);
            }
        });
    }

    [Test]
    public async Task A_product_without_options_is_one_product_with_its_offer_and_other_options_are_named_properties()
    {
        var single = await App.WithDbAsync(db => db.Products.Where(p => p.IsPublished && !p.Options.Any()).OrderBy(p => p.Id).FirstAsync());
        var finish = await App.WithDbAsync(db => db.Products.Include(p => p.Variants).Include(p => p.Options)
            .Where(p => p.IsPublished && p.Options.Count() == 1 && p.Options.Any(o => o.Name == "Finish")).OrderBy(p => p.Id).FirstAsync());
        using var client = App.Browser();
        var (_, plain) = await client.GetPageAsync($"/p/{single.Slug}");
        var (_, finished) = await client.GetPageAsync($"/p/{finish.Slug}");

        var item = Item(plain);
        var offer = item.GetProperty("offers").EnumerateArray().Single();
        var variant = Item(finished).GetProperty("hasVariant")[0];
        var first = finish.Variants.Where(v => v.IsPublished).OrderBy(v => v.Position).First();
        Assert.Multiple(() =>
        {
            Assert.That(item.GetProperty("@type").GetString(), Is.EqualTo("Product"));
            Assert.That(offer.GetProperty("sku").GetString(), Is.EqualTo(single.Sku));
            Assert.That(offer.GetProperty("url").GetString(), Is.EqualTo($"{Root}/p/{single.Slug}"));
            Assert.That(Item(finished).TryGetProperty("variesBy", out _), Is.False, "schema.org has no finish");
            Assert.That(variant.GetProperty("additionalProperty")[0].GetProperty("name").GetString(), Is.EqualTo("Finish"));
            Assert.That(variant.GetProperty("additionalProperty")[0].GetProperty("value").GetString(), Is.EqualTo(first.Values[0]));
        });
    }

    [Test]
    public async Task A_product_page_has_breadcrumbs_a_canonical_url_and_preview_cards_with_its_main_picture()
    {
        var product = await App.WithDbAsync(db => db.Products.Include(p => p.Category)
            .Where(p => p.IsPublished && p.ImagePath != null).OrderBy(p => p.Id).FirstAsync());
        using var client = App.Browser();
        var (_, page) = await client.GetPageAsync($"/p/{product.Slug}?variant=1");
        var url = $"{Root}/p/{product.Slug}";

        var crumbs = JsonLd(page).Single(b => b.GetProperty("@type").GetString() == "BreadcrumbList").GetProperty("itemListElement").EnumerateArray()
            .Select(c => (c.GetProperty("position").GetInt32(), c.GetProperty("name").GetString(), c.GetProperty("item").GetString())).ToList();
        var picture = Item(page).GetProperty("image")[0].GetString();
        Assert.Multiple(() =>
        {
            Assert.That(crumbs, Is.EqualTo(new[] { (1, "Home", $"{Root}/"), (2, product.Category!.Name, $"{Root}/c/{product.Category.Slug}"), (3, product.Name, url) }));
            Assert.That(page.QuerySelector("link[rel=canonical]")?.GetAttribute("href"), Is.EqualTo(url), "one URL for every variant's link");
            Assert.That(Meta(page, "property", "og:type"), Is.EqualTo("product"));
            Assert.That(Meta(page, "property", "og:title"), Is.EqualTo(product.Name));
            Assert.That(Meta(page, "property", "og:url"), Is.EqualTo(url));
            Assert.That(Meta(page, "property", "og:image"), Is.EqualTo(picture).And.StartWith(Root + "/"));
            Assert.That(Meta(page, "name", "twitter:card"), Is.EqualTo("summary_large_image"));
            Assert.That(Meta(page, "name", "twitter:image"), Is.EqualTo(picture));
            Assert.That(Meta(page, "name", "twitter:description"), Is.Not.Empty);
        });
    }

    [TestCase("de", "Startseite")]
    [TestCase("fr", "Accueil")]
    public async Task The_breadcrumb_for_search_engines_says_what_the_page_s_breadcrumb_says(string language, string home)
    {
        var product = await App.WithDbAsync(db => db.Products.Include(p => p.Category).Where(p => p.IsPublished).OrderBy(p => p.Id).FirstAsync());
        // The demo's product and category in the page's language.
        var (name, category) = await App.WithDbAsync(async db => (
            await db.Set<ProductTranslation>().Where(t => t.ProductId == product.Id && t.Language == language).Select(t => t.Name).SingleAsync(),
            await db.Set<CategoryTranslation>().Where(t => t.CategoryId == product.CategoryId && t.Language == language).Select(t => t.Name).SingleAsync()));
        using var client = App.Browser();
        var (_, page) = await client.GetPageAsync($"/{language}/p/{product.Slug}");

        var crumbs = JsonLd(page).Single(b => b.GetProperty("@type").GetString() == "BreadcrumbList").GetProperty("itemListElement").EnumerateArray()
            .Select(c => (c.GetProperty("name").GetString(), c.GetProperty("item").GetString())).ToList();
        Assert.That(page.Texts("nav .breadcrumb li"), Is.EqualTo(new[] { home, category, name }));
        Assert.That(crumbs, Is.EqualTo(new[]
        {
            (home, $"{Root}/{language}/"), (category, $"{Root}/{language}/c/{product.Category!.Slug}"), (name, $"{Root}/{language}/p/{product.Slug}"),
        }));
    }

    private Task<Product> ProductAsync(string name, string slug, string description) => App.WithDbAsync(async db =>
    {
        var category = await db.Categories.OrderBy(c => c.Id).FirstAsync();
        var p = new Product(name, slug, slug.ToUpperInvariant(), description, 19.99m, category.Id, DateTimeOffset.UtcNow);
        p.SetStock(5);
        p.Publish();
        db.Products.Add(p);
        await db.SaveChangesAsync();
        return p;
    });

    [TestCase("de")]
    [TestCase("fr")]
    public async Task A_page_in_another_language_shares_the_picture_s_one_address(string language)
    {
        var product = await App.WithDbAsync(db => db.Products.Where(p => p.IsPublished && p.ImagePath != null).OrderBy(p => p.Id).FirstAsync());
        using var client = App.Browser();
        var (_, page) = await client.GetPageAsync($"/{language}/p/{product.Slug}");
        var item = Item(page);
        var shown = page.QuerySelector(".product-detail img")?.GetAttribute("src");

        Assert.Multiple(() =>
        {
            Assert.That(Meta(page, "property", "og:image"), Does.StartWith($"{Root}/media/"), "no language prefix");
            Assert.That(Meta(page, "name", "twitter:image"), Is.EqualTo(Meta(page, "property", "og:image")));
            Assert.That(item.GetProperty("image").EnumerateArray().Select(i => i.GetString()), Has.All.StartWith($"{Root}/media/"));
            Assert.That(shown, Does.StartWith("/media/"), "the gallery's own pictures have no prefix either");
            Assert.That(Meta(page, "property", "og:url"), Is.EqualTo($"{Root}/{language}/p/{product.Slug}"), "pages keep theirs");
            Assert.That(item.GetProperty("url").GetString(), Is.EqualTo($"{Root}/{language}/p/{product.Slug}"));
        });
    }

    [Test]
    public async Task A_long_description_is_cut_between_characters_as_readers_see_them_never_inside_an_emoji()
    {
        await ProductAsync("Emoji Split", "emoji-split", new string('a', 154) + "😀 rest of text");
        await ProductAsync("Many Words", "many-words", string.Concat(Enumerable.Repeat("Stoneware mug, glazed\nby hand. ", 10)));
        using var client = App.Browser();
        var (_, emoji) = await client.GetPageAsync("/p/emoji-split");
        var (_, words) = await client.GetPageAsync("/p/many-words");

        Assert.Multiple(() =>
        {
            foreach (var (attribute, key) in new[] { ("name", "description"), ("property", "og:description"), ("name", "twitter:description") })
            {
                Assert.That(Meta(emoji, attribute, key), Is.EqualTo(new string('a', 154) + "…"), key);
                var cut = Meta(words, attribute, key)!;
                Assert.That(cut, Does.EndWith("…").And.Not.Contains("\n"), key);
                Assert.That(cut.Length, Is.LessThanOrEqualTo(156), key);
                Assert.That(cut[..^1].Split(' ')[^1], Is.AnyOf("Stoneware", "mug", "glazed", "by", "hand."), "whole words: " + cut);
            }
        });
    }

    [Test]
    public async Task A_product_without_a_description_is_described_as_the_shop_with_no_empty_tags()
    {
        await ProductAsync("No Words", "no-words", "");
        using var client = App.Browser();
        var (_, page) = await client.GetPageAsync("/p/no-words");
        var item = Item(page);

        Assert.Multiple(() =>
        {
            Assert.That(Meta(page, "name", "description"), Does.Contain("kitchen, home office"), "the shop's own description");
            Assert.That(page.QuerySelectorAll("meta[content='']"), Is.Empty);
            Assert.That(item.TryGetProperty("description", out _), Is.False);
        });
    }

    [TestCase("e\u0301", 6, "e\u0301e\u0301e\u0301…")]
    [TestCase("😀", 5, "😀😀…")]
    [TestCase("ab ", 7, "ab ab…")]
    public void A_snippet_never_splits_a_character(string unit, int max, string expected) =>
        Assert.That(Snippet.Of(string.Concat(Enumerable.Repeat(unit, 10)), max), Is.EqualTo(expected));

    [Test]
    public async Task Other_pages_carry_no_product_tags()
    {
        using var client = App.Browser();
        var (_, page) = await client.GetPageAsync("/cart");
        Assert.That(JsonLd(page), Is.Empty);
        Assert.That(page.QuerySelector("link[rel=canonical]"), Is.Null);
    }
}
