using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Caching.Distributed;
using Shop.Web.Catalog;
using Shop.Web.Shared;

namespace Shop.Tests.Catalog;

/// <summary>Query counts and caching of catalog pages (correctness of the fast path; timings live in bench/).</summary>
public class CatalogPerformanceTests : ShopFixture
{
    protected override bool ShopPerTest => true;

    protected override ShopApp CreateShop() => new CountingShopApp();

    private SqlCommandCounter Sql => ((CountingShopApp)App).Sql;

    private async Task<int> CommandsFor(HttpClient client, string url)
    {
        Sql.Reset();
        var response = await client.GetAsync(url);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), url);
        return Sql.Count;
    }

    /// <summary>Staff change the chef's knife's price, and the catalog cache is evicted as the admin pages do.</summary>
    private async Task RepriceTheKnifeAsync(decimal price)
    {
        await App.WithDbAsync(async db =>
        {
            var knife = await db.Products.SingleAsync(p => p.Slug == "classic-chef-s-knife");
            knife.Reprice(price, null);
            await db.SaveChangesAsync(); // the catalog's caches follow the save itself (CatalogChanges)
        });
    }

    private HttpClient ShopperWithCart()
    {
        var client = App.Browser();
        client.DefaultRequestHeaders.Add("Cookie", "shop.cart=anything");
        return client;
    }

    [Test]
    public async Task A_list_page_issues_the_same_number_of_queries_for_1_or_24_products()
    {
        using var client = ShopperWithCart(); // bypasses the output cache: we measure the real work
        await client.GetAsync("/"); // warm the category cache shared by every page
        var index = await CommandsFor(client, "/products"); // reads the catalog for search once per catalog version

        var one = await CommandsFor(client, "/search?q=KIT-1000");
        var full = await CommandsFor(client, "/products?page=2");
        var product = await CommandsFor(client, "/p/classic-chef-s-knife");

        Assert.That(index, Is.LessThanOrEqualTo(5), "products, options, variants, ratings and translated names: one query each, however many products");
        Assert.That((one, full), Is.EqualTo((0, 0)), "lists and searches are answered from the index: no query at all, let alone one per product");
        // The product with its options, variants and pictures (one query each, however many variants), and the related products.
        Assert.That(product, Is.LessThanOrEqualTo(5));
    }

    [Test]
    public async Task Anonymous_list_pages_are_served_from_the_cache()
    {
        using var client = App.Browser();
        await client.GetAsync("/c/kitchen?sort=pricelow");

        Assert.That(await CommandsFor(client, "/c/kitchen?sort=pricelow"), Is.Zero);
        var (_, other) = await client.GetPageAsync("/c/kitchen?sort=pricehigh");
        Assert.That(other.Prices(), Is.Ordered.Descending, "other query strings are other pages");
    }

    [Test]
    public async Task Anonymous_product_pages_come_from_the_cache_the_same_for_everyone_and_their_form_works()
    {
        const string url = "/p/classic-chef-s-knife";
        using var first = new Shopper(App.Browser());
        var (_, firstPage) = await first.Client.GetPageAsync(url); // rendered, and now in the shared cache
        using var second = new Shopper(App.Browser());

        Sql.Reset();
        var (response, secondPage) = await second.Client.GetPageAsync(url);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(Sql.Count, Is.Zero, "served from the cache");
        Assert.That(secondPage.QuerySelector("form.buy-box input[name=__RequestVerificationToken]"), Is.Null, "nothing in it is anyone's own");
        Assert.That(secondPage.Body!.OuterHtml, Is.EqualTo(firstPage.Body!.OuterHtml));
        Assert.That(response.Headers.Contains("Set-Cookie"), Is.False, "a visitor who only looks gets no cookie");

        await second.AddToCartAsync("classic-chef-s-knife"); // posts the cached page's form as it is
        var (_, cart) = await second.Client.GetPageAsync("/cart");
        Assert.That(cart.Text(".cart-count"), Is.EqualTo("1"));
    }

    // Add to cart is checked by where a post comes from: the headers a browser sets and no page can (SameOriginOnly).
    [TestCase("Sec-Fetch-Site", "cross-site", false)]
    [TestCase("Sec-Fetch-Site", "same-site", false, Description = "a sibling subdomain is another site")]
    [TestCase("Origin", "https://evil.example", false, Description = "an older browser: its Origin tells")]
    [TestCase("Origin", "null", false, Description = "a sandboxed frame or a privacy redirect")]
    [TestCase("Sec-Fetch-Site", "same-origin", true)]
    [TestCase("Origin", "http://localhost", true, Description = "the shop's own address")]
    public async Task A_post_to_add_to_cart_from_another_site_is_refused(string header, string value, bool accepted)
    {
        using var visitor = App.Browser();
        var (_, page) = await visitor.GetPageAsync("/p/classic-chef-s-knife");
        var id = page.QuerySelector("form.buy-box input[name=variantId]")!.GetAttribute("value")!;
        var carts = await App.WithDbAsync(db => db.Carts.CountAsync());

        using var post = new HttpRequestMessage(HttpMethod.Post, "/cart/add")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["variantId"] = id, ["quantity"] = "1" }),
        };
        post.Headers.Add(header, value);
        var response = await visitor.SendAsync(post);

        Assert.That(response.StatusCode, Is.EqualTo(accepted ? HttpStatusCode.Redirect : HttpStatusCode.BadRequest));
        Assert.That(await App.WithDbAsync(db => db.Carts.CountAsync()), Is.EqualTo(carts + (accepted ? 1 : 0)), "a refused post makes no cart");
    }

    [Test]
    public async Task A_shopper_with_a_cart_sees_their_own_cart_count_and_never_anothers()
    {
        using var anonymous = App.Browser();
        var (_, before) = await anonymous.GetPageAsync("/c/kitchen"); // now in the shared cache
        using var shopper = new Shopper(App.Browser());
        await shopper.AddToCartAsync("classic-chef-s-knife", 2);

        var (_, mine) = await shopper.Client.GetPageAsync("/c/kitchen");
        var (_, after) = await anonymous.GetPageAsync("/c/kitchen");

        Assert.That(before.Text(".cart-count"), Is.EqualTo("0"));
        Assert.That(mine.Text(".cart-count"), Is.EqualTo("2"), "the shopper's page is not the cached anonymous one");
        Assert.That(after.Text(".cart-count"), Is.EqualTo("0"), "and the shopper's page never reaches the anonymous visitor");
    }

    [Test]
    public async Task Search_follows_stock_across_what_pages_show_by_reading_the_stock_alone_and_an_edit_by_reading_the_catalog()
    {
        var product = await App.WithDbAsync(db => db.Products.Where(p => p.IsPublished && !p.Options.Any()).OrderBy(p => p.Id)
            .Select(p => new { p.Id, p.Sku, p.Slug, Variant = p.Variants.Single().Id, Stock = p.Variants.Single().StockOnHand }).FirstAsync());
        var inStock = new Shop.Domain.Search.SearchQuery(product.Sku, null, new Shop.Domain.Search.FacetChoice { InStock = true },
            Shop.Domain.Search.ProductSort.Relevance, 1, 24);
        Assert.That((await SearchAsync(inStock)).Select(c => c.ProductId), Does.Contain(product.Id), "the index is built");

        await MoveStockAsync(product.Variant, -product.Stock); // sold out
        Sql.Reset();
        Assert.That((await SearchAsync(inStock)).Select(c => c.ProductId), Does.Not.Contain(product.Id));
        Assert.That(Sql.Count, Is.EqualTo(1), "only the variants' stock is read again:\n" + Sql.Commands);

        await MoveStockAsync(product.Variant, 3); // back, "Only 3 left"
        var back = await SearchAsync(inStock);
        Assert.That(back.Single(c => c.ProductId == product.Id).Stock.OnHand, Is.EqualTo(3));

        await App.WithDbAsync(async db =>
        {
            (await db.Products.SingleAsync(p => p.Id == product.Id)).Rename("Zanzibar Teapot", product.Slug);
            await db.SaveChangesAsync();
        });
        var renamed = new Shop.Domain.Search.SearchQuery("zanzibar", null, Shop.Domain.Search.FacetChoice.None, Shop.Domain.Search.ProductSort.Relevance, 1, 24);
        Assert.That((await SearchAsync(renamed)).Select(c => c.ProductId), Is.EqualTo(new[] { product.Id }), "an edit reads the catalog again");
    }

    private async Task<IReadOnlyList<ProductCard>> SearchAsync(Shop.Domain.Search.SearchQuery query)
    {
        await using var scope = App.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<IProductSearch>().SearchAsync(query, CancellationToken.None)).Cards;
    }

    private async Task MoveStockAsync(int variantId, int delta)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ShopDbContext>();
        await db.InTransactionAsync(ct => scope.ServiceProvider.GetRequiredService<StockLevels>().TryAdjustAsync(variantId, delta, ct), CancellationToken.None);
    }

    [Test]
    public async Task A_price_change_shows_on_the_next_request_after_eviction()
    {
        using var client = App.Browser();
        await client.GetAsync("/c/kitchen");
        await client.GetAsync("/p/classic-chef-s-knife");

        await RepriceTheKnifeAsync(77.77m);

        var (_, list) = await client.GetPageAsync("/c/kitchen");
        var (_, page) = await client.GetPageAsync("/p/classic-chef-s-knife");
        Assert.That(list.Prices(), Does.Contain(77.77m));
        Assert.That(page.Text(".product-detail .price"), Is.EqualTo("$77.77"));
    }

    [Test]
    public async Task Signed_in_and_cart_list_pages_show_a_price_change_on_the_next_request()
    {
        var email = Accounts.UniqueEmail();
        using var signedIn = await App.CreateAccountAndSignInAsync(email);
        using var withCart = ShopperWithCart();
        // Both render the list once for this catalog version (bench/ measures what that saves).
        await signedIn.GetAsync("/c/kitchen");
        await withCart.GetAsync("/c/kitchen");

        await RepriceTheKnifeAsync(66.66m);

        var (_, mine) = await signedIn.GetPageAsync("/c/kitchen");
        var (_, theirs) = await withCart.GetPageAsync("/c/kitchen");
        Assert.That(mine.Prices(), Does.Contain(66.66m), "signed in: the new price on the next request");
        Assert.That(theirs.Prices(), Does.Contain(66.66m), "with a cart: the new price on the next request");
        Assert.That(mine.QuerySelector(".account-nav, [href='/account']"), Is.Not.Null, "still their own header");
    }

    [Test]
    public async Task A_signed_in_shopper_gets_their_own_cached_list_page_which_follows_their_cart()
    {
        var email = Accounts.UniqueEmail();
        using var me = await App.CreateAccountAndSignInAsync(email);
        await me.GetAsync("/c/kitchen"); // sets this browser's antiforgery cookie (a response with a cookie is not kept)
        await me.GetAsync("/c/kitchen"); // rendered and kept for this shopper, browser and cart count

        Assert.That(await CommandsFor(me, "/c/kitchen"), Is.Zero, "from the cache, without a query");

        using var shopper = new Shopper(me);
        await shopper.AddToCartAsync("classic-chef-s-knife", 3);
        var (_, page) = await me.GetPageAsync("/c/kitchen");
        Assert.That(page.Text(".cart-count"), Is.EqualTo("3"), "a changed cart is a new page");
    }

    [Test]
    public async Task A_cart_changed_in_another_browser_shows_on_the_next_page_of_this_one()
    {
        var email = Accounts.UniqueEmail();
        using var laptop = await App.CreateAccountAndSignInAsync(email);
        using var phone = new Shopper(await App.SignedInBrowserAsync(email));
        await CachedAsync(laptop, "/c/kitchen");

        await phone.AddToCartAsync("classic-chef-s-knife", 2);
        var (_, page) = await laptop.GetPageAsync("/c/kitchen");
        Assert.That(page.Text(".cart-count"), Is.EqualTo("2"));

        var removed = await phone.Client.SubmitFormAsync("/cart", "form[action='/cart/remove']", new Dictionary<string, string?>());
        Assert.That((int)removed.StatusCode, Is.EqualTo(302));
        (_, page) = await laptop.GetPageAsync("/c/kitchen");
        Assert.That(page.Text(".cart-count"), Is.EqualTo("0"), "removed on the phone, gone on the laptop");
    }

    [Test]
    public async Task Signing_in_with_a_cart_shows_the_merged_cart_on_pages_kept_for_the_account()
    {
        var email = Accounts.UniqueEmail();
        using var laptop = await App.CreateAccountAndSignInAsync(email);
        await new Shopper(laptop).AddToCartAsync("classic-chef-s-knife", 1);
        await CachedAsync(laptop, "/c/kitchen");

        using var phone = new Shopper(App.Browser());
        await phone.AddToCartAsync("classic-chef-s-knife", 2);
        await CachedAsync(phone.Client, "/c/kitchen"); // the anonymous cart's own page, kept
        await phone.Client.SignInAsync(email);

        var (_, onLaptop) = await laptop.GetPageAsync("/c/kitchen");
        var (_, onPhone) = await phone.Client.GetPageAsync("/c/kitchen");
        Assert.That(onLaptop.Text(".cart-count"), Is.EqualTo("3"), "the account's kept page follows the merge");
        Assert.That(onPhone.Text(".cart-count"), Is.EqualTo("3"));
    }

    [Test]
    public async Task After_paying_the_shoppers_kept_pages_show_an_empty_cart()
    {
        using var shopper = new Shopper(App.Browser());
        await shopper.AddToCartAsync("classic-chef-s-knife", 1);
        await CachedAsync(shopper.Client, "/c/kitchen");

        var paid = await shopper.CheckoutAsync();
        Assert.That(paid.Headers.Location?.ToString(), Does.StartWith("/checkout/confirmation/"));
        var (_, page) = await shopper.Client.GetPageAsync("/c/kitchen");
        Assert.That(page.Text(".cart-count"), Is.EqualTo("0"));
    }

    [Test]
    public async Task When_cart_stamps_cannot_be_read_shoppers_pages_are_rendered_each_time_and_stay_right()
    {
        using var app = new CountingShopApp { TestServices = s => s.AddSingleton<IDistributedCache, UnreachableCache>() };
        using var shopper = new Shopper(app.Browser());
        await shopper.AddToCartAsync("classic-chef-s-knife", 2);
        await shopper.Client.GetAsync("/c/kitchen");

        app.Sql.Reset();
        var (response, page) = await shopper.Client.GetPageAsync("/c/kitchen");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(page.Text(".cart-count"), Is.EqualTo("2"));
        Assert.That(app.Sql.Count, Is.GreaterThan(0), "rendered (its cart badge read), not served from a cache it cannot keep right");

        await shopper.AddToCartAsync("classic-chef-s-knife", 1);
        (_, page) = await shopper.Client.GetPageAsync("/c/kitchen");
        Assert.That(page.Text(".cart-count"), Is.EqualTo("3"), "adding still works while the stamps are away");
    }

    /// <summary>Visits a page until it is kept in the cache for this visitor (the first visit may set a cookie).</summary>
    private async Task CachedAsync(HttpClient client, string url)
    {
        await client.GetAsync(url);
        await client.GetAsync(url);
        Assert.That(await CommandsFor(client, url), Is.Zero, $"{url} is kept for this visitor");
    }

    [Test]
    public async Task Signed_in_shoppers_never_get_anothers_cached_page_and_can_sign_out_from_theirs()
    {
        var staffEmail = Accounts.UniqueEmail();
        await App.CreateAccountAsync(staffEmail, roles: Shop.Web.Account.Roles.Staff);
        var shopperEmail = Accounts.UniqueEmail();
        await App.CreateAccountAsync(shopperEmail);
        using var staff = await App.SignedInBrowserAsync(staffEmail);
        using var shopper = await App.SignedInBrowserAsync(shopperEmail);
        await new Shopper(staff).AddToCartAsync("classic-chef-s-knife", 2);
        for (var i = 0; i < 3; i++)
        {
            await staff.GetAsync("/c/kitchen");
            await shopper.GetAsync("/c/kitchen");
        }

        var (_, staffPage) = await staff.GetPageAsync("/c/kitchen");
        var (_, shopperPage) = await shopper.GetPageAsync("/c/kitchen");
        Assert.Multiple(() =>
        {
            Assert.That(staffPage.Text(".cart-count"), Is.EqualTo("2"));
            Assert.That(staffPage.QuerySelector(".staff-link"), Is.Not.Null);
            Assert.That(shopperPage.Text(".cart-count"), Is.EqualTo("0"), "not the staff member's page");
            Assert.That(shopperPage.QuerySelector(".staff-link"), Is.Null);
        });

        // The sign-out form of a cached page carries a token for this shopper's own browser: it works.
        var signedOut = await shopper.SubmitFormAsync(shopperPage, "form.sign-out-form", new Dictionary<string, string?>());
        Assert.That(signedOut.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        var (_, after) = await shopper.GetPageAsync("/c/kitchen");
        Assert.That(after.QuerySelector("a[href='/account/sign-in']"), Is.Not.Null, "signed out: the anonymous page");
    }

    [TestCase(100, 99, false)]
    [TestCase(6, 5, true)]
    [TestCase(3, 2, true)]
    [TestCase(1, 0, true)]
    [TestCase(0, 20, true)]
    public async Task Stock_changes_evict_only_when_the_shopper_would_see_a_difference(int before, int after, bool evicts)
    {
        using var client = App.Browser();
        await client.GetAsync("/c/kitchen");

        await App.Services.GetRequiredService<CatalogCache>().ChangedAsync(new CatalogChange { Stock = { new StockMove(1, 1, before, after) } });

        Assert.That(await CommandsFor(client, "/c/kitchen") > 0, Is.EqualTo(evicts));
    }

    [Test]
    public async Task Pages_are_compressed_for_browsers_that_ask()
    {
        using var client = App.Browser();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/c/kitchen");
        request.Headers.Add("Accept-Encoding", "br, gzip");

        var response = await client.SendAsync(request);
        Assert.That(response.Content.Headers.ContentEncoding, Is.Not.Empty);
    }

    /// <summary>A distributed cache that is down (Redis unreachable).</summary>
    private sealed class UnreachableCache : IDistributedCache
    {
        private static Exception Down() => new InvalidOperationException("the cache is unreachable");
        public byte[]? Get(string key) => throw Down();
        public Task<byte[]?> GetAsync(string key, CancellationToken token = default) => throw Down();
        public void Set(string key, byte[] value, DistributedCacheEntryOptions options) => throw Down();
        public Task SetAsync(string key, byte[] value, DistributedCacheEntryOptions options, CancellationToken token = default) => throw Down();
        public void Refresh(string key) => throw Down();
        public Task RefreshAsync(string key, CancellationToken token = default) => throw Down();
        public void Remove(string key) => throw Down();
        public Task RemoveAsync(string key, CancellationToken token = default) => throw Down();
    }

    private sealed class CountingShopApp : ShopApp
    {
        public SqlCommandCounter Sql { get; } = new();

        protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(s => s.AddSingleton<IInterceptor>(Sql));
        }
    }
}
