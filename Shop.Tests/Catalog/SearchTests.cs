using System.Text.Json;
using Shop.Domain.Search;
using Shop.Web.Catalog;
using Shop.Web.Data.Seed;

namespace Shop.Tests.Catalog;

/// <summary>
/// Search as shoppers use it, on the demo catalog: the relevance set (what a query must put in the top three), facets
/// in the URL, "did you mean", suggestions while typing, and a result page that is never a dead end.
/// </summary>
public class SearchTests : ShopFixture
{
    private async Task<List<string>> TopThreeAsync(string q)
    {
        var (response, page) = await Visitor.GetPageAsync("/search?q=" + Uri.EscapeDataString(q));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        return page.ProductNames().Take(3).ToList();
    }

    // The relevance set: a query, and the product it must put in the top three.
    [TestCase("camping chairs", "Folding Camping Chair")]
    [TestCase("chair camping", "Folding Camping Chair", Description = "any word order")]
    [TestCase("camping chiar", "Folding Camping Chair", Description = "two letters swapped")]
    [TestCase("lightweight chairs", "Lightweight Camp Chair")]
    [TestCase("kettel", "Stovetop Kettle", Description = "two letters swapped in a longer word")]
    [TestCase("gooseneck", "Gooseneck Pour-Over Kettle")]
    [TestCase("goose", "Gooseneck Pour-Over Kettle", Description = "the start of a word")]
    [TestCase("pour over kettle", "Gooseneck Pour-Over Kettle")]
    [TestCase("pour-over", "Gooseneck Pour-Over Kettle")]
    [TestCase("tripod", "Tripod Floor Lamp")]
    [TestCase("tripd", "Tripod Floor Lamp", Description = "a letter missing")]
    [TestCase("lamp floor tripod", "Tripod Floor Lamp")]
    [TestCase("Architect", "Architect Desk Lamp", Description = "case ignored")]
    [TestCase("árchitect", "Architect Desk Lamp", Description = "accents ignored")]
    [TestCase("ergonomic task chairs", "Ergonomic Task Chair")]
    [TestCase("task chiars", "Ergonomic Task Chair")]
    [TestCase("bedside lamps", "Bedside Lamp")]
    public async Task The_product_meant_is_in_the_top_three(string q, string product)
    {
        var top = await TopThreeAsync(q);
        Assert.That(top, Does.Contain(product), $"top three for “{q}”");
    }

    // Word forms and slips: every one of the top three is the kind of thing asked for.
    [TestCase("chairs", "Chair")]
    [TestCase("lamps", "Lamp")]
    [TestCase("chiar", "Chair")]
    [TestCase("lmap", "Lamp", Description = "swapped in a four-letter word")]
    [TestCase("kettles", "Kettle")]
    [TestCase("ketle", "Kettle", Description = "a letter missing")]
    [TestCase("floor lamps", "Floor Lamp")]
    [TestCase("desk lamp", "Desk Lamp")]
    public async Task The_top_three_are_what_was_asked_for(string q, string inName)
    {
        var top = await TopThreeAsync(q);
        Assert.That(top, Has.Count.EqualTo(3).And.All.Contains(inName), $"top three for “{q}”");
    }

    [Test]
    public async Task One_result_is_counted_as_one_product()
    {
        var sku = await App.WithDbAsync(db => db.Products.Where(p => p.IsPublished && !p.Options.Any()).OrderBy(p => p.Id).Select(p => p.Sku).FirstAsync());
        var (_, page) = await Visitor.GetPageAsync("/search?q=" + Uri.EscapeDataString(sku));
        using var germanVisitor = App.Browser(); // a German visit is remembered: not on the fixture's visitor
        var (_, german) = await germanVisitor.GetPageAsync("/de/search?q=" + Uri.EscapeDataString(sku));
        Assert.That((page.Text(".result-count"), german.Text(".result-count")), Is.EqualTo(("1 product", "1 Produkt")));
    }

    [Test]
    public async Task Relevance_is_a_searchs_default_order_and_the_other_orders_stay()
    {
        var (_, page) = await Visitor.GetPageAsync("/search?q=lamp");
        Assert.That(page.QuerySelector("#filter-sort option[selected]")?.GetAttribute("value"), Is.EqualTo("relevance"));

        var (_, byPrice) = await Visitor.GetPageAsync("/search?q=lamp&sort=pricelow");
        Assert.That(byPrice.Prices(), Is.Ordered);
        var (_, all) = await Visitor.GetPageAsync("/products");
        Assert.That(all.QuerySelector("#filter-sort option[value=relevance]"), Is.Null, "no words, nothing to be relevant to");
        Assert.That(all.ProductNames(), Is.Ordered.Using((IComparer<string>)StringComparer.OrdinalIgnoreCase));
    }

    [Test]
    public async Task A_slip_finds_the_product_and_offers_the_right_spelling()
    {
        var (_, page) = await Visitor.GetPageAsync("/search?q=camping+chiar");
        Assert.That(page.ProductNames().First(), Does.Contain("Camping Chair"));
        var offer = page.QuerySelector(".did-you-mean a");
        Assert.That(offer?.TextContent, Is.EqualTo("camping chair"));
        Assert.That(offer?.GetAttribute("href"), Is.EqualTo("/search?q=camping%20chair"));

        var (_, spelled) = await Visitor.GetPageAsync("/search?q=camping+chair");
        Assert.That(spelled.QuerySelector(".did-you-mean"), Is.Null);
    }

    [Test]
    public async Task An_empty_result_offers_a_way_on()
    {
        var (_, page) = await Visitor.GetPageAsync("/search?q=zeppelin");
        Assert.That(page.Text(".empty-results"), Does.Contain("Check the spelling"));
        Assert.That(page.QuerySelectorAll(".popular-categories a").Select(a => a.GetAttribute("href")).ToList(), Has.Count.EqualTo(4).And.All.StartWith("/c/"));
        Assert.That(page.QuerySelector(".empty-results a[href='/products']"), Is.Not.Null);
    }

    [Test]
    public async Task Words_no_product_has_together_show_products_with_some_of_them()
    {
        var (_, page) = await Visitor.GetPageAsync("/search?q=lamp+zeppelin");
        Assert.That(page.QuerySelector(".some-words"), Is.Not.Null);
        Assert.That(page.ProductNames().Take(10), Has.All.Contains("Lamp"), "the word it has, in their names first");
    }

    [Test]
    public async Task A_word_only_another_language_has_ranks_after_the_shoppers_own()
    {
        // The demo's "Hurricane Lantern" is a "Lampe tempête" in French: found by "lamp", after every lamp the shopper reads as one.
        var (_, english) = await Visitor.GetPageAsync("/search?q=lamp");
        var names = english.ProductNames();
        Assert.That(names, Does.Contain("Hurricane Lantern"));
        Assert.That(names.Skip(names.IndexOf("Hurricane Lantern")), Has.None.Contains("Lamp"), "every English lamp before it");

        using var french = App.Browser(); // a French visit is remembered: not on the fixture's visitor
        var (_, inFrench) = await french.GetPageAsync("/fr/search?q=lampe");
        Assert.That(inFrench.ProductNames().Take(10), Has.All.StartWith("Lamp"), "in French the lantern is one of the lamps");
        Assert.That(inFrench.ProductNames(), Does.Contain("Lampe tempête"));
    }

    [Test]
    public async Task Facets_show_counts_and_narrow_the_list_through_the_url()
    {
        var (_, page) = await Visitor.GetPageAsync("/c/apparel");
        var sizes = page.QuerySelectorAll("fieldset[data-facet=size] input").Select(i => i.GetAttribute("value")).ToList();
        Assert.That(sizes, Is.SupersetOf(new[] { "XS", "S", "M", "L", "XL" }));
        Assert.That(page.QuerySelector("fieldset[data-facet=category]"), Is.Null, "a category page is one category");
        var colours = page.QuerySelectorAll("fieldset[data-facet=colour] .form-check").ToDictionary(
            c => c.QuerySelector("input")!.GetAttribute("value")!, c => int.Parse(c.QuerySelector(".facet-count")!.TextContent));

        var (_, navy) = await Visitor.GetPageAsync("/c/apparel?colour=Navy");
        Assert.That(navy.Text(".result-count"), Does.EndWith($"of {colours["Navy"]} products").Or.EqualTo($"Showing 1–{colours["Navy"]} of {colours["Navy"]} products"));
        Assert.That(navy.QuerySelector("fieldset[data-facet=colour] input[value=Navy]")?.HasAttribute("checked"), Is.True);

        var (_, navyOrRust) = await Visitor.GetPageAsync("/c/apparel?colour=Navy&colour=Rust");
        var both = CountOf(navyOrRust);
        Assert.That(both, Is.GreaterThanOrEqualTo(Math.Max(colours["Navy"], colours["Rust"])), "values of one facet OR together");

        var (_, navyInXs) = await Visitor.GetPageAsync("/c/apparel?colour=Navy&size=XS&inStock=true");
        Assert.That(CountOf(navyInXs), Is.LessThanOrEqualTo(colours["Navy"]), "facets AND together");
        Assert.That(navyInXs.QuerySelectorAll(".pagination a").Select(a => a.GetAttribute("href")), Has.All.Contains("colour=Navy").And.All.Contains("size=XS"));
    }

    [Test]
    public async Task Search_pages_have_category_and_price_facets_that_filter()
    {
        var (_, page) = await Visitor.GetPageAsync("/search?q=lamp");
        var categories = page.QuerySelectorAll("fieldset[data-facet=category] input").Select(i => i.GetAttribute("value")).ToList();
        Assert.That(categories, Does.Contain("lighting"));
        Assert.That(page.QuerySelectorAll("fieldset[data-facet=price] label").Select(l => l.Text()), Has.Some.StartWith("Under"));

        var (_, cheap) = await Visitor.GetPageAsync("/search?q=lamp&price=0-25&price=25-50&category=lighting");
        Assert.That(cheap.Prices(), Is.Not.Empty.And.All.LessThan(50m));
    }

    [Test]
    public async Task Search_results_are_not_indexed_and_a_filtered_list_names_its_plain_list_as_canonical()
    {
        var (_, search) = await Visitor.GetPageAsync("/search?q=lamp");
        Assert.That(search.QuerySelector("meta[name=robots]")?.GetAttribute("content"), Is.EqualTo("noindex, follow"));
        Assert.That(search.QuerySelector("link[rel=canonical]"), Is.Null);

        var (_, filtered) = await Visitor.GetPageAsync("/c/apparel?colour=Navy&sort=pricelow&page=1");
        Assert.That(filtered.QuerySelector("link[rel=canonical]")?.GetAttribute("href"), Is.EqualTo("http://localhost/c/apparel"));
        Assert.That(filtered.QuerySelector("meta[name=robots]"), Is.Null);
        var (_, second) = await Visitor.GetPageAsync("/products?page=2&inStock=true");
        Assert.That(second.QuerySelector("link[rel=canonical]")?.GetAttribute("href"), Is.EqualTo("http://localhost/products?page=2"));
    }

    [TestCase("/c/apparel?utm_source=mail&colour=")]
    [TestCase("/c/apparel?size=%00&price=abc&category=..%2F")]
    [TestCase("/search?q=lamp&price=1e400&colour=%3Cscript%3E")]
    public async Task Junk_facets_are_ignored_not_errors(string url)
    {
        var (response, page) = await Visitor.GetPageAsync(url);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(page.QuerySelector(".result-count"), Is.Not.Null);
    }

    [Test]
    public async Task Suggestions_offer_products_and_categories_while_typing()
    {
        var response = await Visitor.GetAsync("/search/suggest?q=ligh");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var categories = json.RootElement.GetProperty("categories").EnumerateArray().Select(c => c.GetProperty("url").GetString()).ToList();
        Assert.That(categories, Does.Contain("/c/lighting"));
        var products = json.RootElement.GetProperty("products").EnumerateArray().ToList();
        Assert.That(products, Has.Count.InRange(1, 6));
        Assert.That(products.Select(p => p.GetProperty("url").GetString()), Has.All.StartWith("/p/"));

        using var nothing = JsonDocument.Parse(await Visitor.GetStringAsync("/search/suggest?q=" + new string('x', 5000)));
        Assert.That(nothing.RootElement.GetProperty("products").GetArrayLength(), Is.Zero);
    }

    [Test]
    public async Task The_list_follows_a_product_change_at_once()
    {
        using var app = new ShopApp(); // its own shop: this one is changed
        using var client = app.Browser();
        var target = DemoCatalog.Products[12];
        var (_, before) = await client.GetPageAsync("/search?q=zepelin");
        Assert.That(before.ProductNames(), Is.Empty);
        await app.WithDbAsync(async db =>
        {
            var product = await db.Products.SingleAsync(p => p.Slug == target.Slug);
            product.Rename("Zeppelin Weathervane", target.Slug);
            await db.SaveChangesAsync();
        });
        var (_, page) = await client.GetPageAsync("/search?q=zepelin");
        Assert.That(page.ProductNames(), Does.Contain("Zeppelin Weathervane"));
    }

    [Test]
    public async Task While_a_new_index_is_built_searches_answer_from_the_last_one_and_those_pages_are_not_kept()
    {
        // No wait at all for a new index, and the index held while the pages are asked for (a large catalog's takes seconds).
        var held = new HeldIndexBuild();
        using var app = new ShopApp(new() { ["Shop:Search:WaitForNewIndex"] = "00:00:00" })
        {
            TestServices = s => s.AddSingleton<Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor>(held),
        };
        using var client = app.Browser();
        var target = DemoCatalog.Products[12];
        var category = $"/c/{DemoCatalog.Categories[target.CategoryIndex].Slug}";
        var (_, first) = await client.GetPageAsync("/search?q=zepelin");
        await client.GetPageAsync(category); // its list is kept under this version
        held.Hold();
        await app.WithDbAsync(async db =>
        {
            var product = await db.Products.SingleAsync(p => p.Slug == target.Slug);
            product.Rename("A Zeppelin Weathervane", target.Slug); // first by name: on the category's first page
            await db.SaveChangesAsync();
        });
        var (_, meanwhile) = await client.GetPageAsync("/search?q=zepelin");
        var (_, categoryMeanwhile) = await client.GetPageAsync(category);
        held.Release();
        var page = await ShowsAsync(client, "/search?q=zepelin", "A Zeppelin Weathervane");
        var categoryAfter = await ShowsAsync(client, category, "A Zeppelin Weathervane");

        Assert.Multiple(() =>
        {
            Assert.That(first.ProductNames(), Is.Empty, "nothing found before the change");
            Assert.That(meanwhile.ProductNames(), Is.Empty, "answered at once from the last index");
            Assert.That(categoryMeanwhile.ProductNames(), Does.Contain(target.Name).And.Not.Contain("A Zeppelin Weathervane"));
            Assert.That(page.ProductNames(), Does.Contain("A Zeppelin Weathervane"),
                "the same address shows the change once the index is built: the page made from the last one was not kept");
            Assert.That(categoryAfter.ProductNames(), Does.Contain("A Zeppelin Weathervane"), "nor the category's list, whole or in part");
        });
    }

    /// <summary>Holds the search index's build at its translations query (no other query reads both kinds) until released.</summary>
    private sealed class HeldIndexBuild : Microsoft.EntityFrameworkCore.Diagnostics.DbCommandInterceptor
    {
        private volatile TaskCompletionSource? _gate;

        public void Hold() => _gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        public void Release() => _gate?.TrySetResult();

        public override async ValueTask<Microsoft.EntityFrameworkCore.Diagnostics.InterceptionResult<System.Data.Common.DbDataReader>> ReaderExecutingAsync(
            System.Data.Common.DbCommand command, Microsoft.EntityFrameworkCore.Diagnostics.CommandEventData eventData,
            Microsoft.EntityFrameworkCore.Diagnostics.InterceptionResult<System.Data.Common.DbDataReader> result, CancellationToken cancellationToken = default)
        {
            if (_gate is { } gate && command.CommandText.Contains("ProductTranslations") && command.CommandText.Contains("CategoryTranslations"))
                await gate.Task.WaitAsync(TimeSpan.FromSeconds(30), cancellationToken);
            return result;
        }
    }

    /// <summary>The page at <paramref name="url"/> once it lists <paramref name="name"/>, or after 20 s as it is then.</summary>
    private static async Task<IDocument> ShowsAsync(HttpClient client, string url, string name)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (true)
        {
            var (_, page) = await client.GetPageAsync(url);
            if (page.ProductNames().Contains(name) || DateTime.UtcNow > deadline) return page;
            await Task.Delay(50);
        }
    }

    [Test]
    public async Task A_node_builds_the_search_index_as_it_starts_so_its_first_search_reads_nothing()
    {
        var (sql, log) = (new SqlCommandCounter(), new LogCapture());
        using var app = new ShopApp(new() { ["Shop:Search:IndexAtStart"] = "true", ["Logging:LogLevel:Shop.Web.Catalog"] = "Information" })
        {
            TestServices = s =>
            {
                s.AddSingleton<Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor>(sql);
                s.AddSingleton<ILoggerProvider>(log);
            },
        };
        var search = app.Services.GetRequiredService<IProductSearch>(); // starts the shop
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (!log.Lines.Any(l => l.StartsWith("Search index built", StringComparison.Ordinal)) && DateTime.UtcNow < deadline)
            await Task.Delay(50);

        sql.Reset();
        var found = await search.SearchAsync(new SearchQuery("lamp", null, FacetChoice.None, ProductSort.Relevance, 1, 24), CancellationToken.None);

        Assert.That(found.Cards, Is.Not.Empty);
        Assert.That(sql.Count, Is.Zero, "the index was built at start:\n" + sql.Commands);
    }

    private static int CountOf(IDocument page) =>
        int.Parse(page.Text(".result-count").Split(' ').Reverse().Skip(1).First());
}
