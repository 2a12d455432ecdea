using Shop.Web.Data.Seed;

namespace Shop.Tests.Catalog;

/// <summary>The shopper's catalog pages against the seeded demo catalog (read-only: one app for the fixture).</summary>
public class CatalogPagesTests : ShopFixture
{
    [Test]
    public async Task Home_shows_categories_and_new_products_with_prices()
    {
        var (response, page) = await Visitor.GetPageAsync("/");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.Multiple(() =>
        {
            Assert.That(page.Title, Does.Contain("Shop"));
            Assert.That(page.Texts(".category-tile h3"), Is.EqualTo(DemoCatalog.Categories.Select(c => c.Name)));
            Assert.That(page.ProductNames(), Has.Count.GreaterThanOrEqualTo(8));
            Assert.That(page.Prices(), Has.All.GreaterThan(0m));
            Assert.That(page.QuerySelector("meta[name=description]")?.GetAttribute("content"), Is.Not.Empty);
            Assert.That(page.QuerySelector("form[role=search] input[name=q]"), Is.Not.Null, "search box in the header");
            Assert.That(page.Texts("nav[aria-label=Categories] a"), Does.Contain("Kitchen"));
        });
    }

    [Test]
    public async Task A_category_lists_24_products_a_page_with_page_links()
    {
        var (response, page) = await Visitor.GetPageAsync("/c/kitchen");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.Multiple(() =>
        {
            Assert.That(page.Title, Does.StartWith("Kitchen"));
            Assert.That(page.ProductNames(), Has.Count.EqualTo(24));
            Assert.That(page.Text(".result-count"), Is.EqualTo("Showing 1–24 of 25 products"));
            Assert.That(page.QuerySelector("a[rel=next]")?.GetAttribute("href"), Is.EqualTo("/c/kitchen?page=2"));
        });

        var (_, second) = await Visitor.GetPageAsync("/c/kitchen?page=2");
        Assert.That(second.ProductNames(), Has.Count.EqualTo(1));
        Assert.That(second.Text(".result-count"), Is.EqualTo("Showing 25–25 of 25 products"));
    }

    [Test]
    public async Task The_first_page_s_previous_and_the_last_page_s_next_are_no_links()
    {
        var (_, first) = await Visitor.GetPageAsync("/c/kitchen");
        var (_, last) = await Visitor.GetPageAsync("/c/kitchen?page=2");

        static string[] Ends(IDocument page) => [.. page.QuerySelectorAll(".pagination .page-item.disabled").Select(li => li.InnerHtml.Trim())];
        Assert.Multiple(() =>
        {
            Assert.That(Ends(first), Is.EqualTo(new[] { "<span class=\"page-link\">Previous</span>" }), "no href, no rel, nothing to tab to");
            Assert.That(first.QuerySelector("[rel=prev]"), Is.Null);
            Assert.That(Ends(last), Is.EqualTo(new[] { "<span class=\"page-link\">Next</span>" }), "no page 3 to follow");
            Assert.That(last.QuerySelector("[rel=next]"), Is.Null);
            Assert.That(last.QuerySelector("a[rel=prev]")?.GetAttribute("href"), Is.EqualTo("/c/kitchen"));
        });
    }

    [Test]
    public async Task Products_sort_by_price_both_ways_and_by_name()
    {
        var (_, low) = await Visitor.GetPageAsync("/c/audio?sort=pricelow");
        var (_, high) = await Visitor.GetPageAsync("/c/audio?sort=pricehigh");
        var (_, byName) = await Visitor.GetPageAsync("/c/audio");

        Assert.Multiple(() =>
        {
            Assert.That(low.Prices(), Is.Ordered.Ascending);
            Assert.That(high.Prices(), Is.Ordered.Descending);
            Assert.That(byName.ProductNames(), Is.Ordered.Ascending.Using((IComparer<string>)StringComparer.Ordinal));
        });
    }

    [Test]
    public async Task Newest_first_puts_the_latest_product_on_top()
    {
        var (_, page) = await Visitor.GetPageAsync("/products?sort=newest");
        Assert.That(page.ProductNames().First(), Is.EqualTo(DemoCatalog.Products[^1].Name));
    }

    [Test]
    public async Task Price_range_and_in_stock_filters_apply_and_page_links_keep_them()
    {
        var (_, page) = await Visitor.GetPageAsync("/products?minPrice=50&maxPrice=150&inStock=true&sort=pricelow");

        var expected = DemoCatalog.Products.Count(p => p.Price is >= 50m and <= 150m && p.Stock > 0);
        Assert.Multiple(() =>
        {
            Assert.That(page.Prices(), Has.All.InRange(50m, 150m));
            Assert.That(page.Prices(), Is.Ordered.Ascending);
            Assert.That(page.Text(".result-count"), Does.EndWith($"of {expected} products"));
            Assert.That(page.Texts(".product-card"), Has.None.Contains("Sold out"));
            Assert.That(page.QuerySelector("a[rel=next]")?.GetAttribute("href"),
                Is.EqualTo("/search?minPrice=50&maxPrice=150&inStock=true&sort=pricelow&page=2"));
            Assert.That(page.QuerySelector("#filter-instock")?.HasAttribute("checked"), Is.True, "the form shows the filter in use");
        });
    }

    [Test]
    public async Task Search_finds_products_by_words_in_any_order()
    {
        var target = DemoCatalog.Products[42];
        var words = target.Name.Split(' ');
        var (response, page) = await Visitor.GetPageAsync($"/search?q={Uri.EscapeDataString(words[^1] + " " + words[0])}");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(page.ProductNames(), Does.Contain(target.Name));
        Assert.That(page.Title, Does.Contain("Results for"));
    }

    [Test]
    public async Task Search_matches_a_sku()
    {
        var target = DemoCatalog.Products[7];
        var (_, page) = await Visitor.GetPageAsync($"/search?q={target.Sku.ToLowerInvariant()}");
        Assert.That(page.ProductNames(), Is.EqualTo(new[] { target.Name }));
    }

    [Test]
    public async Task A_search_without_results_says_so()
    {
        var (response, page) = await Visitor.GetPageAsync("/search?q=zeppelin");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(page.Text(".result-count"), Is.EqualTo("No products found"));
        Assert.That(page.Text(".empty-results"), Does.Contain("No products match"));
    }

    [Test]
    public async Task Product_page_shows_name_price_stock_description_and_related_products()
    {
        var p = DemoCatalog.Products[1];
        var (response, page) = await Visitor.GetPageAsync($"/p/{p.Slug}");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.Multiple(() =>
        {
            Assert.That(page.Text("h1"), Is.EqualTo(p.Name));
            Assert.That(page.Title, Does.StartWith(p.Name));
            Assert.That(page.Text(".product-detail .price"), Is.EqualTo($"${p.Price:#,0.00}"));
            Assert.That(page.Text(".product-description"), Is.EqualTo(p.Description));
            Assert.That(page.QuerySelector(".gallery-main img")?.GetAttribute("alt"), Is.EqualTo(p.Name));
            Assert.That(page.ProductNames(), Has.Count.EqualTo(4).And.Not.Contains(p.Name));
            Assert.That(page.Texts(".breadcrumb a"), Does.Contain(DemoCatalog.Categories[p.CategoryIndex].Name));
        });
    }

    [Test]
    public async Task Product_page_says_sold_out_and_only_a_few_left()
    {
        var soldOut = DemoCatalog.Products.First(p => p.Stock == 0);
        var low = DemoCatalog.Products.First(p => p.Stock is > 0 and <= 5);

        var (_, soldOutPage) = await Visitor.GetPageAsync($"/p/{soldOut.Slug}");
        var (_, lowPage) = await Visitor.GetPageAsync($"/p/{low.Slug}");

        Assert.That(soldOutPage.Text(".stock-state"), Is.EqualTo("Sold out"));
        Assert.That(soldOutPage.QuerySelector(".product-delivery")?.HasAttribute("hidden"), Is.True, "no delivery promise for what cannot be bought");
        Assert.That(lowPage.Text(".stock-state"), Is.EqualTo($"Only {low.Stock} left"));
        Assert.That(lowPage.QuerySelector(".product-delivery")?.HasAttribute("hidden"), Is.False);
    }

    [Test]
    public async Task A_sale_product_shows_the_was_price()
    {
        var sale = DemoCatalog.Products.First(p => p.CompareAtPrice > p.Price);
        var (_, page) = await Visitor.GetPageAsync($"/p/{sale.Slug}");
        Assert.That(page.Text(".product-detail .text-decoration-line-through"), Is.EqualTo($"was ${sale.CompareAtPrice:#,0.00}"));
    }

    [Test]
    public async Task Product_images_are_served()
    {
        var p = DemoCatalog.Products[3];
        var response = await Visitor.GetAsync(DemoPictureFiles.Url(p.Slug, 1, null, 640, "webp"));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("image/webp"));
    }

    [Test]
    public async Task A_lists_first_pictures_load_at_once_and_the_others_when_scrolled_near()
    {
        var (_, list) = await Visitor.GetPageAsync("/c/kitchen");
        var pictures = list.QuerySelectorAll(".product-grid img").ToList();
        var (_, home) = await Visitor.GetPageAsync("/");

        Assert.That(pictures, Has.Count.EqualTo(24));
        Assert.Multiple(() =>
        {
            Assert.That(pictures.Select(i => i.GetAttribute("loading")),
                Is.EqualTo(Enumerable.Repeat("eager", 4).Concat(Enumerable.Repeat("lazy", 20))), "the first row or two are on the first screen");
            Assert.That(pictures.Select(i => i.GetAttribute("fetchpriority")).Take(3), Is.EqualTo(new[] { "high", "high", "auto" }));
            Assert.That(home.QuerySelectorAll(".product-card img").Select(i => i.GetAttribute("loading")), Has.All.EqualTo("lazy"),
                "the home page's cards are below the hero and the categories");
        });
    }

    [Test]
    public async Task Stylesheets_and_scripts_are_served_from_our_own_files()
    {
        var (_, page) = await Visitor.GetPageAsync("/");
        var assets = page.QuerySelectorAll("link[rel=stylesheet], script[src]")
            .Select(e => e.GetAttribute("href") ?? e.GetAttribute("src")!).ToList();

        Assert.That(assets, Has.Count.GreaterThanOrEqualTo(3));
        foreach (var url in assets)
        {
            Assert.That(url, Does.StartWith("/").And.Contain("?v="), "local and versioned");
            var response = await Visitor.GetAsync(url);
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), url);
            Assert.That((await response.Content.ReadAsByteArrayAsync()).Length, Is.GreaterThan(100), url);
            Assert.That(response.Headers.CacheControl?.MaxAge, Is.GreaterThan(TimeSpan.FromDays(300)), url);
        }
    }

    [TestCase("/p/no-such-product")]
    [TestCase("/c/no-such-category")]
    [TestCase("/no/such/page")]
    public async Task Unknown_pages_get_a_real_404_page(string url)
    {
        var (response, page) = await Visitor.GetPageAsync(url);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(page.Text("h1"), Is.EqualTo("We couldn't find that page"));
        Assert.That(page.QuerySelector("a[href='/']"), Is.Not.Null, "a way back to the shop");
    }

    [Test]
    public async Task Every_response_carries_security_headers()
    {
        var response = await Visitor.GetAsync("/");
        Assert.Multiple(() =>
        {
            Assert.That(response.Headers.GetValues("X-Content-Type-Options"), Is.EqualTo(new[] { "nosniff" }));
            Assert.That(string.Join("", response.Headers.GetValues("Content-Security-Policy")), Does.Contain("frame-ancestors 'none'").And.Not.Contain("unsafe-inline"));
            Assert.That(response.Headers.Contains("Referrer-Policy"), Is.True);
        });
    }
}
