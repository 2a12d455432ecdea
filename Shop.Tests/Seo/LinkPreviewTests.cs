namespace Shop.Tests.Seo;

/// <summary>What social sites and chat apps show of a shared page, and the one address each page names for itself.</summary>
public class LinkPreviewTests : ShopFixture
{
    private const string Root = "https://shop.example";

    protected override Dictionary<string, string?> Settings => new() { ["Shop:PublicUrl"] = Root, ["Shop:Languages"] = "en,de,fr" };

    private static List<string?> Meta(AngleSharp.Dom.IDocument page, string attribute, string key) =>
        page.QuerySelectorAll($"meta[{attribute}='{key}']").Select(m => m.GetAttribute("content")).ToList();

    [TestCase("/?utm_source=newsletter", "/")]
    [TestCase("/de/?gclid=123", "/de/")]
    [TestCase("/pages/shipping?utm_medium=mail", "/pages/shipping")]
    [TestCase("/fr/pages/returns?fbclid=x", "/fr/pages/returns")]
    [TestCase("/c/kitchen?utm_source=x", "/c/kitchen")]
    public async Task Home_category_and_shop_pages_name_their_one_address_without_tracking_tags(string url, string canonical)
    {
        using var client = App.Browser();
        var (_, page) = await client.GetPageAsync(url);
        var neutral = canonical.StartsWith("/de/") || canonical.StartsWith("/fr/") ? canonical[3..] : canonical;
        Assert.Multiple(() =>
        {
            Assert.That(page.QuerySelector("link[rel=canonical]")?.GetAttribute("href"), Is.EqualTo(Root + canonical));
            Assert.That(page.QuerySelector("link[rel=alternate][hreflang=fr]")?.GetAttribute("href"), Is.EqualTo($"{Root}/fr{neutral}"));
        });
    }

    [TestCase("/", "en_US", "website", false)]
    [TestCase("/de/", "de_DE", "website", false)]
    [TestCase("/de/c/kitchen", "de_DE", "website", true)] // its first product's picture: a category has none of its own
    [TestCase("/fr/pages/shipping", "fr_FR", "website", false)]
    [TestCase("/products?page=2", "en_US", "website", false)]
    [TestCase("/fr/p/{product}", "fr_FR", "product", true)]
    public async Task Every_storefront_page_previews_with_its_title_description_address_site_and_language(string url, string locale, string type, bool picture)
    {
        var product = await App.WithDbAsync(db => db.Products.Where(p => p.IsPublished && p.ImagePath != null).OrderBy(p => p.Id).Select(p => p.Slug).FirstAsync());
        using var client = App.Browser(); // a German page's cookie would make the next unprefixed page German
        var (_, page) = await client.GetPageAsync(url.Replace("{product}", product));
        string? One(string attribute, string key)
        {
            var found = Meta(page, attribute, key);
            Assert.That(found, Has.Count.EqualTo(1), key);
            return found[0];
        }

        Assert.Multiple(() =>
        {
            Assert.That(One("property", "og:type"), Is.EqualTo(type));
            Assert.That(page.Title, Does.StartWith(One("property", "og:title") ?? "(none)"));
            Assert.That(One("property", "og:description"), Is.EqualTo(One("name", "description")).And.Not.Empty);
            Assert.That(One("property", "og:url"), Is.EqualTo(page.QuerySelector("link[rel=canonical]")?.GetAttribute("href")).And.StartWith(Root));
            Assert.That(One("property", "og:site_name"), Is.EqualTo(page.Text("a.navbar-brand")));
            Assert.That(One("property", "og:locale"), Is.EqualTo(locale));
            Assert.That(One("name", "twitter:title"), Is.EqualTo(One("property", "og:title")));
            if (picture)
            {
                Assert.That(One("property", "og:image"), Does.StartWith($"{Root}/media/"));
                Assert.That(One("name", "twitter:card"), Is.EqualTo("summary_large_image"));
            }
            else
            {
                Assert.That(Meta(page, "property", "og:image"), Is.Empty, "no picture of its own");
                Assert.That(One("name", "twitter:card"), Is.EqualTo("summary"));
            }
        });
    }

    [Test]
    public async Task A_page_that_is_not_found_has_no_preview()
    {
        var (response, page) = await Visitor.GetPageAsync("/de/p/no-such-product");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(Meta(page, "property", "og:title"), Is.Empty);
    }
}
