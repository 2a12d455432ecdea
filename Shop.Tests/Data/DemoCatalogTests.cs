using System.Text.Json;
using Shop.Web.Data.Seed;
using SkiaSharp;

namespace Shop.Tests.Data;

/// <summary>The demo catalog's data and its generated pictures (no shop needed).</summary>
public class DemoCatalogTests
{
    private static IReadOnlyList<DemoCatalog.DemoProduct> Products => DemoCatalog.Products;

    [Test]
    public void Has_eight_categories_of_twenty_five_products_and_about_a_third_with_options()
    {
        Assert.That(DemoCatalog.Categories, Has.Length.EqualTo(8));
        Assert.That(Products, Has.Count.EqualTo(200));
        Assert.Multiple(() =>
        {
            for (var c = 0; c < DemoCatalog.Categories.Length; c++)
                Assert.That(Products.Count(p => p.CategoryIndex == c), Is.EqualTo(25), DemoCatalog.Categories[c].Name);
            Assert.That(Products.Count(p => p.Options.Count > 0), Is.InRange(60, 75));
        });
    }

    [Test]
    public void Names_slugs_and_skus_are_unique_and_valid()
    {
        var skus = Products.Select(p => p.Sku).Concat(Products.SelectMany(p => p.Variants.Select(v => v.Sku))).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(Products.Select(p => p.Slug), Is.Unique);
            Assert.That(Products.Select(p => p.Name), Is.Unique);
            Assert.That(Products.All(p => Slug.IsValid(p.Slug) && p.Slug == Slug.From(p.Name)), Is.True);
            Assert.That(DemoCatalog.Categories.All(c => Slug.IsValid(c.Slug)), Is.True);
            Assert.That(skus, Is.Unique, "product and variant SKUs together");
            Assert.That(skus.Where(s => s.Length > 40 || s != s.ToUpperInvariant() || s.Contains(' ')), Is.Empty);
        });
    }

    [Test]
    public void Keeps_the_names_other_tests_and_scripts_use()
    {
        var first = Products[0];
        Assert.Multiple(() =>
        {
            Assert.That((first.Name, first.Slug, first.Sku), Is.EqualTo(("Classic Chef's Knife", "classic-chef-s-knife", "KIT-1000")));
            Assert.That(first.Options, Is.Empty, "the tests put the knife in carts without choosing an option");
            Assert.That(first.Stock, Is.GreaterThan(20));
            Assert.That(DemoCatalog.Categories.Select(c => c.Slug), Is.SupersetOf(new[] { "kitchen", "audio", "lighting" }));
            Assert.That(DemoCatalog.Categories[0].Name, Is.EqualTo("Kitchen"));
            Assert.That(Products.MaxBy(p => p.CreatedAt), Is.SameAs(Products[^1]), "the last product is the newest");
        });
    }

    [Test]
    public void Prices_and_stock_are_believable()
    {
        static decimal Cents(decimal d) => d * 100 % 100;
        Assert.Multiple(() =>
        {
            Assert.That(Products.All(p => p.Price is > 0m and < 1000m), Is.True);
            Assert.That(Products.Select(p => Cents(p.Price)), Has.All.Matches<decimal>(c => c is 0m or 50m or 95m or 99m), "prices end .00, .50, .95 or .99");
            Assert.That(Products.Where(p => p.CompareAtPrice is not null).Select(p => Cents(p.CompareAtPrice!.Value)), Has.All.Matches<decimal>(c => c is 0m or 99m));
            Assert.That(Products.Where(p => p.CompareAtPrice <= p.Price).Select(p => p.Name), Is.Empty, "a was price is above the price");
            Assert.That(Products.Count(p => p.CompareAtPrice > p.Price), Is.InRange(10, 60), "some are on sale");
            Assert.That(Products.Count(p => p.Stock == 0), Is.InRange(3, 20), "some products are sold out");
            Assert.That(Products.Count(p => p.Stock is > 0 and <= StockState.LowThreshold), Is.InRange(3, 30), "some are nearly gone");
            Assert.That(Products.Count(p => p.Stock > 20 && p.Price < 30m), Is.GreaterThanOrEqualTo(10), "cheap, well-stocked products for cart tests");
        });
    }

    [TestCase("Chef's Knife", 40, 120)]
    [TestCase("Standing Desk", 300, 700)]
    [TestCase("Earbuds", 30, 150)]
    [TestCase("Socks", 9, 22)]
    [TestCase("Suitcase", 150, 420)]
    [TestCase("T-Shirt", 18, 42)]
    [TestCase("Notebook", 9, 26)]
    public void Prices_suit_the_kind_of_item(string item, decimal min, decimal max)
    {
        var matching = Products.Where(p => p.Name.Contains(item, StringComparison.Ordinal)).ToList();
        Assert.That(matching, Is.Not.Empty);
        Assert.That(matching.Select(p => p.Price), Has.All.InRange(min, max));
    }

    [Test]
    public void Descriptions_are_one_to_three_sentences()
    {
        Assert.Multiple(() =>
        {
            foreach (var p in Products)
            {
                var sentences = Regex.Split(p.Description, @"(?<=\.) (?=[A-Z0-9])");
                Assert.That(sentences, Has.Length.InRange(1, 3), p.Name);
                Assert.That(sentences.Where(s => !Regex.IsMatch(s, @"^[A-Z0-9].*\.$")), Is.Empty, p.Name);
                Assert.That(p.Description, Does.Not.Contain("  "), p.Name);
            }
        });
    }

    [Test]
    public void Options_come_with_a_variant_for_every_combination()
    {
        Assert.Multiple(() =>
        {
            foreach (var p in Products)
            {
                if (p.Options.Count == 0)
                {
                    Assert.That(p.Variants, Is.Empty, p.Name);
                    continue;
                }
                Assert.That(p.Options, Has.Count.InRange(1, 3), p.Name);
                Assert.That(p.Options.Select(o => o.Name), Is.Unique, p.Name);
                Assert.That(p.Options.Where(o => o.Values.Length < 2 || o.Values.Distinct().Count() != o.Values.Length), Is.Empty, p.Name);

                // Cartesian product in option and value order: the first option varies slowest.
                IEnumerable<string[]> expected = [[]];
                foreach (var option in p.Options) expected = expected.SelectMany(prefix => option.Values.Select(v => prefix.Append(v).ToArray())).ToList();
                Assert.That(p.Variants.Select(v => string.Join("/", v.Values)), Is.EqualTo(expected.Select(v => string.Join("/", v))), p.Name);

                Assert.That(p.Stock, Is.EqualTo(p.Variants.Sum(v => v.Stock)), p.Name);
                Assert.That(p.Variants.Where(v => !v.Sku.StartsWith(p.Sku + "-", StringComparison.Ordinal) || v.Stock < 0).Select(v => v.Sku), Is.Empty, p.Name);
                Assert.That(p.Variants.Where(v => v.Price <= p.Price).Select(v => v.Sku), Is.Empty, p.Name);
                Assert.That(p.Variants.Where(v => v.CompareAtPrice <= (v.Price ?? p.Price)).Select(v => v.Sku), Is.Empty, p.Name);
                var coloured = p.Options.Any(o => DemoCatalog.IsColourOption(o.Name));
                Assert.That(p.Variants.Where(v => (v.Colour is not null) != coloured || (v.Colour is not null && !Regex.IsMatch(v.Colour, "^#[0-9a-f]{6}$"))).Select(v => v.Sku), Is.Empty, p.Name);
                if (coloured) Assert.That(p.Colour, Is.EqualTo(p.Variants[0].Colour), p.Name);
            }
            Assert.That(Products.Count(p => p.Variants.Any(v => v.Stock == 0) && p.Stock > 0), Is.GreaterThan(10), "some combinations are sold out");
            Assert.That(Products.Count(p => p.Variants.Any(v => v.Price is not null)), Is.GreaterThan(3), "some combinations cost more");
        });
    }

    [Test]
    public void Apparel_comes_in_sizes_and_colours_and_other_things_in_colours_and_finishes()
    {
        var apparel = Array.FindIndex(DemoCatalog.Categories, c => c.Slug == "apparel");
        Assert.That(apparel, Is.GreaterThanOrEqualTo(0));
        var clothes = Products.Where(p => p.CategoryIndex == apparel).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(clothes.Count(p => p.Options.Any(o => o.Name == "Size" && o.Values.SequenceEqual(["XS", "S", "M", "L", "XL"]))), Is.GreaterThanOrEqualTo(12));
            Assert.That(clothes.Count(p => p.Options.Any(o => o.Name == "Colour")), Is.GreaterThanOrEqualTo(12));
            Assert.That(Products.Count(p => p.CategoryIndex != apparel && p.Options.Any(o => o.Name == "Colour")), Is.GreaterThanOrEqualTo(15));
            Assert.That(Products.Count(p => p.Options.Any(o => o.Name == "Finish")), Is.GreaterThanOrEqualTo(3));
        });
    }

    [Test]
    public void The_newest_products_and_sales_come_from_many_categories()
    {
        var newest = Products.Where(p => p.Stock > 0).OrderByDescending(p => p.CreatedAt).Take(8).Select(p => p.CategoryIndex);
        var sales = Products.Where(p => p.Stock > 0 && p.CompareAtPrice > p.Price).OrderByDescending(p => p.CreatedAt).Take(4).Select(p => p.CategoryIndex);
        Assert.Multiple(() =>
        {
            Assert.That(newest.Distinct().Count(), Is.GreaterThanOrEqualTo(6));
            Assert.That(sales.Distinct().Count(), Is.GreaterThanOrEqualTo(3));
            for (var c = 0; c < DemoCatalog.Categories.Length; c++)
                Assert.That(Products.Any(p => p.CategoryIndex == c && p.CompareAtPrice > p.Price), DemoCatalog.Categories[c].Name + " has a sale");
        });
    }

    [Test]
    public void Is_the_same_every_time()
    {
        // The generator is deterministic: these values are what the README screenshots and tests rely on.
        Assert.That(JsonSerializer.Serialize(DemoCatalog.Generate()), Is.EqualTo(JsonSerializer.Serialize(Products)));
        Assert.That(Products.All(p => p.PictureCount is >= 2 and <= 4), Is.True);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Pictures
    // ---------------------------------------------------------------------------------------------------------------

    [TestCase(SKEncodedImageFormat.Webp, 320)]
    [TestCase(SKEncodedImageFormat.Webp, 640)]
    [TestCase(SKEncodedImageFormat.Jpeg, 1024)]
    public void Pictures_decode_in_the_asked_format_and_size(SKEncodedImageFormat format, int width)
    {
        var p = Products[0];
        var bytes = DemoPictures.Render(p.Shape, p.Colour, DemoPictureFiles.SeedOf(p.Slug), 1, width, format);

        using var codec = SKCodec.Create(new MemoryStream(bytes));
        Assert.That(codec, Is.Not.Null);
        Assert.That((codec!.EncodedFormat, codec.Info.Width, codec.Info.Height), Is.EqualTo((format, width, width)));
    }

    [Test]
    public void Every_shape_draws_something_on_its_backdrop()
    {
        Assert.Multiple(() =>
        {
            foreach (var shape in Enum.GetValues<DemoShape>())
            {
                using var picture = Decode(DemoPictures.Render(shape, "#3b5b8c", 7, 1, 96, SKEncodedImageFormat.Jpeg));
                using var empty = Decode(DemoPictures.Render(shape, "#3b5b8c", 7, 1, 96, SKEncodedImageFormat.Jpeg, drawObject: false));
                Assert.That(Difference(picture, empty), Is.GreaterThan(3), shape.ToString());
            }
        });
    }

    [Test]
    public void Pictures_are_the_same_every_time()
    {
        var p = Products[5];
        var once = DemoPictures.Render(p.Shape, p.Colour, DemoPictureFiles.SeedOf(p.Slug), 2, 320, SKEncodedImageFormat.Webp);
        var again = DemoPictures.Render(p.Shape, p.Colour, DemoPictureFiles.SeedOf(p.Slug), 2, 320, SKEncodedImageFormat.Webp);
        Assert.That(again, Is.EqualTo(once));
    }

    [Test]
    public void Pictures_differ_between_products_views_and_colours()
    {
        var knife = Products[0];
        var tee = Products.First(p => p.Shape == DemoShape.TShirt && p.Options.Any(o => o.Name == "Colour"));
        var colours = DemoCatalog.PictureColours(tee).Values.Take(2).ToArray();
        using var knife1 = Picture(knife.Shape, knife.Colour, knife.Slug, 1);
        using var knife2 = Picture(knife.Shape, knife.Colour, knife.Slug, 2);
        using var otherKnife = Picture(knife.Shape, knife.Colour, Products.First(p => p.Shape == DemoShape.Knife && p != knife).Slug, 1);
        using var teeA = Picture(tee.Shape, colours[0], tee.Slug, 1);
        using var teeB = Picture(tee.Shape, colours[1], tee.Slug, 1);
        Assert.Multiple(() =>
        {
            Assert.That(Difference(knife1, knife2), Is.GreaterThan(3), "another view of the same product");
            Assert.That(Difference(knife1, otherKnife), Is.GreaterThan(1), "another product of the same kind");
            Assert.That(Difference(knife1, teeA), Is.GreaterThan(3), "another kind of product");
            Assert.That(Difference(teeA, teeB), Is.GreaterThan(3), "another colour of one product");
        });
    }

    [Test]
    public void Drawing_a_picture_takes_milliseconds_not_seconds()
    {
        // Generous, as the machine may be busy: a 640 px WebP takes some 10 ms to draw and 15-30 ms to encode.
        var p = Products[0];
        DemoPictures.Render(p.Shape, p.Colour, 1, 1, 640, SKEncodedImageFormat.Webp);
        var watch = System.Diagnostics.Stopwatch.StartNew();
        for (var i = 0; i < 5; i++) DemoPictures.Render(DemoShape.Hoodie, "#8d9096", i, 1 + i % 4, 640, SKEncodedImageFormat.Webp);
        Assert.That(watch.Elapsed / 5, Is.LessThan(TimeSpan.FromSeconds(1)));
    }

    [Test]
    public void Picture_names_are_read_back_exactly_and_nothing_else_is_a_picture()
    {
        var knife = Products[0];
        var tee = Products.First(p => p.Shape == DemoShape.TShirt && p.Options.Any(o => o.Name == "Colour"));
        var colour = DemoCatalog.PictureColours(tee).First();
        Assert.Multiple(() =>
        {
            foreach (var p in Products)
                for (var i = 1; i <= p.PictureCount; i++)
                    Assert.That(DemoPictureFiles.Parse(DemoPictureFiles.FileName(p.Slug, i, null, 320, "jpg"))?.Product, Is.SameAs(p), p.Slug);

            var parsed = DemoPictureFiles.Parse($"{tee.Slug}-2-{colour.Key}-1024.webp");
            Assert.That(parsed, Is.Not.Null);
            Assert.That((parsed!.Product, parsed.Index, parsed.ColourSlug, parsed.Colour, parsed.Width, parsed.ContentType),
                Is.EqualTo((tee, 2, colour.Key, colour.Value, 1024, "image/webp")));
            Assert.That(DemoPictureFiles.Url(tee.Slug, 2, colour.Key, 1024, "webp"), Is.EqualTo($"/media/demo/{tee.Slug}-2-{colour.Key}-1024.webp"));

            foreach (var name in new[]
            {
                "classic-chef-s-knife-1-640", "classic-chef-s-knife-1-640.png", "classic-chef-s-knife-1-641.webp",
                "classic-chef-s-knife-1-0640.webp", "classic-chef-s-knife-01-640.webp", "classic-chef-s-knife-0-640.webp",
                $"classic-chef-s-knife-{knife.PictureCount + 1}-640.webp", "classic-chef-s-knife-1-black-640.webp",
                $"{tee.Slug}-1-no-such-colour-640.webp", "no-such-product-1-640.webp", "Classic-Chef-s-Knife-1-640.webp",
                "classic-chef-s-knife-640.webp", "-1-640.webp", ".webp", "", "../shop.db", "..%2Fshop.db",
            })
                Assert.That(DemoPictureFiles.Parse(name), Is.Null, name);
        });
    }

    private static SKBitmap Picture(DemoShape shape, string colour, string slug, int index) =>
        Decode(DemoPictures.Render(shape, colour, DemoPictureFiles.SeedOf(slug), index, 128, SKEncodedImageFormat.Webp));

    private static SKBitmap Decode(byte[] bytes) => SKBitmap.Decode(bytes) ?? throw new AssertionException("the picture does not decode");

    /// <summary>Mean difference per colour channel, 0 to 255.</summary>
    private static double Difference(SKBitmap a, SKBitmap b)
    {
        double sum = 0;
        for (var y = 0; y < a.Height; y++)
            for (var x = 0; x < a.Width; x++)
            {
                var p = a.GetPixel(x, y);
                var q = b.GetPixel(x, y);
                sum += Math.Abs(p.Red - q.Red) + Math.Abs(p.Green - q.Green) + Math.Abs(p.Blue - q.Blue);
            }
        return sum / (a.Width * a.Height * 3);
    }
}

/// <summary>The demo pictures as the shop serves them: drawn on first request, then kept as files.</summary>
public class DemoCatalogPictureEndpointTests : ShopFixture
{
    [Test]
    public async Task A_picture_is_drawn_kept_and_served_as_webp_with_a_long_cache_life()
    {
        var p = DemoCatalog.Products[3];
        var url = DemoPictureFiles.Url(p.Slug, 1, null, 640, "webp");
        var file = Path.Combine(App.DataDirectory, "media", "demo", $"{p.Slug}-1-640.webp");
        Assert.That(File.Exists(file), Is.False, "not drawn at start-up");

        var first = await Visitor.GetAsync(url);
        var bytes = await first.Content.ReadAsByteArrayAsync();
        Assert.Multiple(() =>
        {
            Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(first.Content.Headers.ContentType?.MediaType, Is.EqualTo("image/webp"));
            Assert.That(first.Headers.CacheControl?.MaxAge, Is.GreaterThan(TimeSpan.FromDays(300)));
            Assert.That((SKBitmap.DecodeBounds(bytes).Width, SKBitmap.DecodeBounds(bytes).Height), Is.EqualTo((640, 640)));
            Assert.That(File.Exists(file), Is.True, "kept for the static files");
        });

        var second = await Visitor.GetAsync(url);
        var again = await second.Content.ReadAsByteArrayAsync();
        Assert.Multiple(() =>
        {
            Assert.That(second.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(again, Is.EqualTo(bytes));
            Assert.That(second.Content.Headers.ContentType?.MediaType, Is.EqualTo("image/webp"));
            Assert.That(second.Headers.CacheControl?.MaxAge, Is.GreaterThan(TimeSpan.FromDays(300)), "the static file keeps the cache life");
        });
    }

    [Test]
    public async Task A_colour_and_a_jpeg_are_served_too()
    {
        var tee = DemoCatalog.Products.First(p => p.Shape == DemoShape.TShirt && p.Options.Any(o => o.Name == "Colour"));
        var colour = DemoCatalog.PictureColours(tee).Keys.Last();

        var response = await Visitor.GetAsync(DemoPictureFiles.Url(tee.Slug, 2, colour, 320, "jpg"));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("image/jpeg"));
    }

    [Test]
    public async Task The_seeded_products_show_their_first_picture()
    {
        var p = DemoCatalog.Products[1];
        var (_, page) = await Visitor.GetPageAsync($"/p/{p.Slug}");
        var src = page.QuerySelector(".gallery-main img")?.GetAttribute("src");
        var webp = page.QuerySelector(".gallery-main source[type='image/webp']")?.GetAttribute("srcset");

        Assert.That(src, Is.EqualTo($"/media/demo/{p.Slug}-1-640.jpg"), "the JPEG fallback");
        Assert.That(webp, Does.Contain($"/media/demo/{p.Slug}-1-640.webp 640w").And.Contain("-1024.webp 1024w"));
        foreach (var url in new[] { src!, $"/media/demo/{p.Slug}-1-320.webp" })
        {
            var image = await Visitor.GetAsync(url);
            Assert.That(image.StatusCode, Is.EqualTo(HttpStatusCode.OK), url);
        }
    }

    [TestCase("/media/demo/no-such-product-1-640.webp")]
    [TestCase("/media/demo/classic-chef-s-knife-9-640.webp")]
    [TestCase("/media/demo/classic-chef-s-knife-1-500.webp")]
    [TestCase("/media/demo/classic-chef-s-knife-1-640.png")]
    [TestCase("/media/demo/classic-chef-s-knife-1-640.webp/extra")]
    [TestCase("/media/demo/")]
    [TestCase("/media/demo/..%2F..%2Fshop.db")]
    [TestCase("/media/demo/..%2f..%2fappsettings.json")]
    [TestCase("/media/demo/%2e%2e/%2e%2e/shop.db")]
    [TestCase("/media/demo/..%5C..%5Cshop.db")]
    [TestCase("/media/demo/....//....//shop.db")]
    [TestCase("/media/demo/../../shop.db")]
    public async Task Anything_else_is_not_found(string url)
    {
        var response = await Visitor.GetAsync(url);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.Not.EqualTo("image/webp"));
        Assert.That(Directory.GetFiles(App.DataDirectory, "*.tmp", SearchOption.AllDirectories), Is.Empty);
    }

    [Test]
    public async Task Without_the_demo_catalog_there_are_no_demo_pictures()
    {
        using var app = new ShopApp(new() { ["Shop:SeedDemoCatalog"] = "false" });
        using var client = app.Browser();
        var response = await client.GetAsync(DemoPictureFiles.Url("classic-chef-s-knife", 1, null, 640, "webp"));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }
}
