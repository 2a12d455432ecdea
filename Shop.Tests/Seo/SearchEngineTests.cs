using System.Xml.Linq;
using Shop.Web.Seo;

namespace Shop.Tests.Seo;

public class SearchEngineTests : ShopFixture
{
    private const string Root = "https://shop.example";
    private static readonly XNamespace Ns = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private static readonly XNamespace Xhtml = "http://www.w3.org/1999/xhtml";
    private static readonly (string, string)[] ThreeLanguages = [("en", ""), ("de", "/de"), ("fr", "/fr")];

    protected override Dictionary<string, string?> Settings => new() { ["Shop:PublicUrl"] = Root + "/", ["Shop:Languages"] = "en,de,fr" };

    private async Task<List<string>> SitemapAsync()
    {
        using var client = App.CreateClient();
        var response = await client.GetAsync("/sitemap.xml");
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/xml"));
        var xml = XDocument.Parse(await response.Content.ReadAsStringAsync());
        return xml.Descendants(Ns + "loc").Select(l => l.Value).ToList();
    }

    [Test]
    public async Task Robots_keep_personal_and_staff_pages_out_and_point_to_the_sitemap()
    {
        using var client = App.CreateClient();
        var response = await client.GetAsync("/robots.txt");
        var text = await response.Content.ReadAsStringAsync();
        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/plain"));
            Assert.That(text.Split('\n'), Is.SupersetOf(new[]
            {
                "User-agent: *", "Disallow: /cart", "Disallow: /checkout", "Disallow: /account", "Disallow: /admin",
                "Disallow: /de/cart", "Disallow: /de/checkout", "Disallow: /de/account", "Disallow: /fr/cart", "Disallow: /fr/account",
                $"Sitemap: {Root}/sitemap.xml",
            }));
        });
    }

    [Test]
    public async Task The_sitemap_lists_the_home_page_categories_and_products_on_sale_with_absolute_urls()
    {
        var (products, categories, unpublished) = await App.WithDbAsync(async db => (
            await db.Products.Where(p => p.IsPublished && !p.IsArchived).Select(p => p.Slug).ToListAsync(),
            await db.Categories.Where(c => db.Products.Any(p => p.CategoryId == c.Id && p.IsPublished && !p.IsArchived)).Select(c => c.Slug).ToListAsync(),
            await db.Products.Where(p => !p.IsPublished).Select(p => p.Slug).ToListAsync()));
        var urls = await SitemapAsync();

        Assert.Multiple(() =>
        {
            Assert.That(urls, Does.Contain($"{Root}/"));
            Assert.That(urls, Is.SupersetOf(categories.Select(c => $"{Root}/c/{c}")));
            Assert.That(urls, Is.SupersetOf(products.Select(p => $"{Root}/p/{p}")));
            Assert.That(urls, Has.None.AnyOf(unpublished.Select(p => $"{Root}/p/{p}").ToArray<object>()));
            Assert.That(urls, Is.Unique);
        });
    }

    [Test]
    public async Task The_sitemap_is_kept_until_the_catalog_changes()
    {
        var product = await App.WithDbAsync(db => db.Products.Where(p => p.IsPublished).OrderBy(p => p.Id).FirstAsync());
        Assert.That(await SitemapAsync(), Does.Contain($"{Root}/p/{product.Slug}"));

        // Behind the catalog's back (no change announced): the kept sitemap is what answers.
        await App.WithDbAsync(db => db.Products.Where(p => p.Id == product.Id).ExecuteUpdateAsync(s => s.SetProperty(p => p.Slug, "quietly-renamed")));
        Assert.That(await SitemapAsync(), Does.Contain($"{Root}/p/{product.Slug}"));

        await App.WithDbAsync(async db =>
        {
            var p = await db.Products.SingleAsync(x => x.Id == product.Id);
            p.Unpublish();
            await db.SaveChangesAsync();
        });
        Assert.That(await SitemapAsync(), Has.None.Contains("/p/quietly-renamed").And.None.Contains($"/p/{product.Slug}"));
    }

    [Test]
    public async Task The_sitemap_has_each_page_in_each_language_and_every_entry_names_all_its_versions()
    {
        var product = await App.WithDbAsync(db => db.Products.Where(p => p.IsPublished && !p.IsArchived).OrderBy(p => p.Id).FirstAsync());
        using var client = App.CreateClient();
        var xml = XDocument.Parse(await client.GetStringAsync("/sitemap.xml"));
        var urls = xml.Descendants(Ns + "url").ToDictionary(u => u.Element(Ns + "loc")!.Value);
        var versions = new[] { $"en {Root}/p/{product.Slug}", $"de {Root}/de/p/{product.Slug}", $"fr {Root}/fr/p/{product.Slug}", $"x-default {Root}/p/{product.Slug}" };

        Assert.Multiple(() =>
        {
            Assert.That(urls.Keys, Is.SupersetOf(new[] { $"{Root}/", $"{Root}/de/", $"{Root}/fr/", $"{Root}/de/products", $"{Root}/fr/pages/shipping" }));
            Assert.That(urls.Keys.Count(k => k.StartsWith($"{Root}/de/")), Is.EqualTo(urls.Count / 3), "a third of the entries is German");
            foreach (var prefix in new[] { "", "/de", "/fr" })
            {
                var url = urls[$"{Root}{prefix}/p/{product.Slug}"];
                Assert.That(url.Elements(Xhtml + "link").Select(l => $"{l.Attribute("hreflang")?.Value} {l.Attribute("href")?.Value}"), Is.EqualTo(versions), prefix);
                Assert.That(url.Element(Ns + "lastmod")?.Value, Is.EqualTo(product.UpdatedAt.UtcDateTime.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)), prefix);
            }
        });
    }

    [Test]
    public void Past_fifty_thousand_urls_the_sitemap_is_an_index_of_files_of_fifty_thousand()
    {
        var entries = Enumerable.Range(1, Sitemap.MaxUrls * 2 + 1).Select(n => new SitemapEntry($"/p/{n}", null)).ToList();
        Assert.That(Sitemap.FileCount(Sitemap.MaxUrls), Is.EqualTo(1));
        Assert.That(Sitemap.FileCount(entries.Count), Is.EqualTo(3));

        var index = XDocument.Parse(Sitemap.Index(Root, 3));
        Assert.That(index.Root!.Name, Is.EqualTo(Ns + "sitemapindex"));
        Assert.That(index.Descendants(Ns + "loc").Select(l => l.Value), Is.EqualTo(new[] { $"{Root}/sitemap-1.xml", $"{Root}/sitemap-2.xml", $"{Root}/sitemap-3.xml" }));
        var last = XDocument.Parse(Sitemap.UrlSet(Root, entries, file: 3));
        Assert.That(last.Descendants(Ns + "loc").Select(l => l.Value), Is.EqualTo(new[] { $"{Root}/p/{Sitemap.MaxUrls * 2 + 1}" }));
        Assert.That(XDocument.Parse(Sitemap.UrlSet(Root, entries, file: 2)).Descendants(Ns + "url").Count(), Is.EqualTo(Sitemap.MaxUrls));
    }

    [Test]
    public void The_fifty_thousand_count_each_page_once_per_language()
    {
        var entries = Enumerable.Range(1, 20_000).Select(n => new SitemapEntry($"/p/{n}", null)).ToList();
        Assert.That(Sitemap.FileCount(entries.Count, 3), Is.EqualTo(2), "60,000 URLs");

        var second = XDocument.Parse(Sitemap.UrlSet(Root, entries, ThreeLanguages, file: 2));
        var locs = second.Descendants(Ns + "loc").Select(l => l.Value).ToList();
        Assert.That(locs, Has.Count.EqualTo(10_000));
        Assert.That(locs[^1], Is.EqualTo($"{Root}/fr/p/20000"));
    }

    [Test]
    public async Task A_category_with_nothing_on_sale_is_left_out_of_the_sitemap_and_its_page_says_noindex_follow()
    {
        await App.WithDbAsync(async db =>
        {
            var shelf = new Category("Empty Shelf", "empty-shelf", "", 99);
            db.Categories.Add(shelf);
            await db.SaveChangesAsync();
            db.Products.Add(new Product("Not Yet", "not-yet-on-sale", "NOT-YET-1", "Soon.", 10m, shelf.Id, DateTimeOffset.UtcNow)); // unpublished
            await db.SaveChangesAsync();
        });
        var urls = await SitemapAsync();
        using var client = App.Browser();
        var (response, empty) = await client.GetPageAsync("/de/c/empty-shelf");
        var (_, kitchen) = await client.GetPageAsync("/c/kitchen");

        Assert.Multiple(() =>
        {
            Assert.That(urls, Has.None.Contains("/c/empty-shelf"));
            Assert.That(urls, Does.Contain($"{Root}/c/kitchen"));
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), "still reachable from the menu");
            Assert.That(empty.QuerySelector("meta[name=robots]")?.GetAttribute("content"), Is.EqualTo("noindex, follow"));
            Assert.That(empty.QuerySelector("link[rel=canonical]"), Is.Null);
            Assert.That(Alternates(empty), Is.Empty);
            Assert.That(kitchen.QuerySelector("meta[name=robots]"), Is.Null);
            Assert.That(kitchen.QuerySelector("link[rel=canonical]")?.GetAttribute("href"), Is.EqualTo($"{Root}/c/kitchen"));
        });
    }

    [Test]
    public async Task A_translation_or_picture_edit_moves_the_product_s_lastmod()
    {
        var product = await App.WithDbAsync(db => db.Products.Where(p => p.IsPublished && !p.IsArchived && p.ImagePath != null).OrderBy(p => p.Id).Skip(3).FirstAsync());
        const string Long = "2020-01-02";
        // Behind the catalog's back, so that only the edits below can move it.
        Task LongAgo() => App.WithDbAsync(db => db.Products.Where(p => p.Id == product.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.UpdatedAt, new DateTimeOffset(2020, 1, 2, 0, 0, 0, TimeSpan.Zero))));
        async Task<string?> LastModAsync()
        {
            using var client = App.CreateClient();
            var xml = XDocument.Parse(await client.GetStringAsync("/sitemap.xml"));
            return xml.Descendants(Ns + "url").Single(u => u.Element(Ns + "loc")!.Value == $"{Root}/de/p/{product.Slug}").Element(Ns + "lastmod")?.Value;
        }
        using var staff = await App.CreateAccountAndSignInAsync(Accounts.UniqueEmail("seo-staff"), Roles.Staff);

        await LongAgo();
        var translated = await staff.SubmitFormAsync($"/admin/products/{product.Id}", "form.translation-form[lang=de]",
            new Dictionary<string, string?> { ["Name"] = "Übersetzt", ["Description"] = "Auf Deutsch." });
        var afterTranslation = await LastModAsync();
        await LongAgo();
        var described = await staff.SubmitFormAsync($"/admin/products/{product.Id}", "form.picture-alt-form",
            new Dictionary<string, string?> { ["altText"] = "Seen from the front" });
        var afterPicture = await LastModAsync();

        Assert.Multiple(() =>
        {
            Assert.That((int)translated.StatusCode, Is.EqualTo(302));
            Assert.That((int)described.StatusCode, Is.EqualTo(302));
            Assert.That(afterTranslation, Is.Not.EqualTo(Long).And.Not.Null, "a translation is a change of the page");
            Assert.That(afterPicture, Is.Not.EqualTo(Long).And.Not.Null, "so is a picture");
        });
    }

    private static Dictionary<string, string?> Alternates(AngleSharp.Dom.IDocument page) =>
        page.QuerySelectorAll("link[rel=alternate][hreflang]").ToDictionary(l => l.GetAttribute("hreflang")!, l => l.GetAttribute("href"));

    [TestCase("/search?page=2&sort=pricelow")]
    [TestCase("/de/search?page=2")]
    [TestCase("/fr/products?page=2&utm_source=mail")]
    public async Task The_other_languages_of_a_page_are_its_canonical_page_in_each(string url)
    {
        using var client = App.Browser();
        var (_, page) = await client.GetPageAsync(url);
        Assert.That(Alternates(page), Is.EquivalentTo(new Dictionary<string, string?>
        {
            ["en"] = $"{Root}/products?page=2", ["de"] = $"{Root}/de/products?page=2", ["fr"] = $"{Root}/fr/products?page=2",
            ["x-default"] = $"{Root}/products?page=2",
        }));
    }

    [Test]
    public async Task Search_results_left_out_of_search_engines_name_no_other_languages()
    {
        using var client = App.Browser();
        var (_, page) = await client.GetPageAsync("/de/search?q=lamp");
        Assert.That(page.QuerySelector("meta[name=robots]")?.GetAttribute("content"), Does.Contain("noindex"));
        Assert.That(Alternates(page), Is.Empty);
    }

    [TestCase("/cart")]
    [TestCase("/de/cart")]
    [TestCase("/account/sign-in")]
    [TestCase("/fr/account/register")]
    [TestCase("/checkout")]
    [TestCase("/wishlist")]
    public async Task Private_pages_tell_search_engines_to_leave_them_out_and_name_no_other_languages(string url)
    {
        using var client = App.Browser();
        var (response, page) = await client.GetPageAsync(url);
        Assert.That(response.Headers.TryGetValues("X-Robots-Tag", out var robots) ? robots : [], Is.EqualTo(new[] { "noindex" }), url);
        Assert.That(Alternates(page), Is.Empty, url);
    }

    [Test]
    public async Task Robots_txt_and_the_noindex_header_name_the_same_private_pages()
    {
        using var client = App.Browser();
        var disallowed = (await client.GetStringAsync("/robots.txt")).Split('\n').Where(l => l.StartsWith("Disallow: /")).Select(l => l["Disallow: ".Length..]).ToList();
        Assert.That(disallowed, Does.Contain("/wishlist").And.Contain("/de/wishlist"));
        foreach (var path in disallowed.Where(p => p == "/admin" || !p.EndsWith("/admin"))) // /de/admin is no page at all
        {
            var response = await client.GetAsync(path);
            Assert.That(response.Headers.Contains("X-Robots-Tag"), Is.True, path);
        }
        var product = await client.GetAsync("/products");
        Assert.That(product.Headers.Contains("X-Robots-Tag"), Is.False, "public pages are left to their robots meta");
    }

    [Test]
    public async Task A_sitemap_file_that_does_not_exist_is_a_404()
    {
        using var client = App.CreateClient();
        Assert.That((await client.GetAsync("/sitemap-2.xml")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }
}
