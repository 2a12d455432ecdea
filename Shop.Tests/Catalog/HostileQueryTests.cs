using Shop.Web.Data.Seed;

namespace Shop.Tests.Catalog;

/// <summary>Hand-edited and hostile query strings: clamped or ignored, never a 500, never interpreted.</summary>
public class HostileQueryTests : ShopFixture
{
    [TestCase("/c/kitchen?page=-5", 1)]
    [TestCase("/c/kitchen?page=0", 1)]
    [TestCase("/c/kitchen?page=abc", 1)]
    [TestCase("/c/kitchen?page=99999999999999999999", 1)]
    [TestCase("/c/kitchen?page=2147483647", 2)]
    [TestCase("/c/kitchen?page=999", 2)]
    public async Task Out_of_range_pages_are_clamped(string url, int shownPage)
    {
        var (response, page) = await Visitor.GetPageAsync(url);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(page.Text(".pagination .active"), Is.EqualTo(shownPage.ToString()));
        Assert.That(page.ProductNames(), Is.Not.Empty);
    }

    [TestCase("/products?sort=drop+table")]
    [TestCase("/products?sort=99")]
    [TestCase("/products?sort=")]
    [TestCase("/products?sort[]=name")]
    public async Task Unknown_sorts_fall_back_to_name(string url)
    {
        var (response, page) = await Visitor.GetPageAsync(url);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(page.ProductNames(), Is.Ordered.Ascending.Using((IComparer<string>)StringComparer.Ordinal));
    }

    [TestCase("/products?minPrice=-10", 200)]
    [TestCase("/products?minPrice=abc&maxPrice=%00", 200)]
    [TestCase("/products?minPrice=1e400", 200)]
    [TestCase("/products?maxPrice=79228162514264337593543950336", 200)]
    [TestCase("/products?inStock=maybe", 200)]
    public async Task Junk_filters_are_ignored(string url, int total)
    {
        var (response, page) = await Visitor.GetPageAsync(url);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(page.Text(".result-count"), Does.EndWith($"of {total} products"));
    }

    [Test]
    public async Task A_reversed_price_range_is_swapped()
    {
        var (_, page) = await Visitor.GetPageAsync("/products?minPrice=150&maxPrice=50");
        Assert.That(page.Prices(), Is.Not.Empty);
        Assert.That(page.Prices(), Has.All.InRange(50m, 150m));
    }

    [TestCase("%")]
    [TestCase("_")]
    [TestCase("\\")]
    [TestCase("100%")]
    [TestCase("' OR '1'='1")]
    [TestCase("\" OR 1=1 --")]
    [TestCase("'; DROP TABLE Products; --")]
    [TestCase("1) UNION SELECT Email, PasswordHash FROM AspNetUsers --")]
    [TestCase("chair*")]
    [TestCase("\"camping chair\"")]
    [TestCase("NEAR(chair lamp)")]
    [TestCase("chair AND NOT lamp")]
    [TestCase("name:chair^2")]
    public async Task Search_treats_wildcards_and_sql_as_plain_text(string q)
    {
        var (response, page) = await Visitor.GetPageAsync("/search?q=" + Uri.EscapeDataString(q));

        // The same as searching for its words alone: quotes, wildcards and operators are only spaces between words.
        var words = string.Join(' ', Shop.Domain.Search.SearchWords.Of(q));
        var (_, wordsOnly) = await Visitor.GetPageAsync("/search?q=" + Uri.EscapeDataString(words));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        if (words.Length == 0) Assert.That(page.Text(".result-count"), Is.EqualTo("No products found"), "no words, nothing found");
        else Assert.That((page.Text(".result-count"), page.ProductNames()), Is.EqualTo((wordsOnly.Text(".result-count"), wordsOnly.ProductNames())));
        var count = await App.WithDbAsync(db => Task.FromResult(db.Products.Count()));
        Assert.That(count, Is.EqualTo(DemoCatalog.Products.Count), "the catalog is intact");
    }

    [Test]
    public async Task Search_shows_script_tags_as_text()
    {
        const string payload = "<script>alert('x')</script>";
        var response = await Visitor.GetAsync("/search?q=" + Uri.EscapeDataString(payload));
        var html = await response.Content.ReadAsStringAsync();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(html, Does.Not.Contain(payload));
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);
        Assert.That(page.Text("h1"), Does.Contain(payload), "shown to the shopper as the words they typed");
    }

    [Test]
    public async Task A_huge_search_is_cut_to_the_maximum_length()
    {
        var (response, page) = await Visitor.GetPageAsync("/search?q=" + new string('a', 5000));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(page.QuerySelector("#filter-q")?.GetAttribute("value"), Has.Length.EqualTo(100));
    }

    [TestCase("/p/..%2F..%2Fetc%2Fpasswd")]
    [TestCase("/p/%3Cscript%3E")]
    [TestCase("/c/'%20OR%201=1")]
    [TestCase("/media/..%2F..%2Fshop.db")]
    [TestCase("/media/demo/..%2F..%2Fshop.db")]
    public async Task Odd_paths_are_404_not_500(string url)
    {
        var response = await Visitor.GetAsync(url);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }
}
