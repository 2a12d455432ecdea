namespace Shop.Tests.Security;

/// <summary>
/// Personal pages (cart, checkout, confirmation, account, staff pages, CSV exports and their error pages) are kept by no
/// browser or proxy: on a shared computer the next person must not find them with the back button or in the cache.
/// </summary>
public class PersonalPagesCacheTests : ShopFixture
{
    private readonly LogCapture _log = new();

    protected override ShopApp CreateShop() => new() { TestServices = s => s.AddSingleton<ILoggerProvider>(_log) };

    [Test]
    public async Task Personal_pages_are_never_stored_while_catalog_pages_and_static_files_may_be()
    {
        var slug = await App.WithDbAsync(db => db.Products.Where(p => !p.Options.Any() && p.IsPublished && p.Variants.Sum(v => v.StockOnHand) > 5).OrderBy(p => p.Id).Select(p => p.Slug).FirstAsync());
        var category = await App.WithDbAsync(db => db.Categories.OrderBy(c => c.Id).Select(c => c.Slug).FirstAsync());
        var seen = new List<(string Url, HttpStatusCode Status, bool NoStore)>();
        async Task Open(HttpClient client, string url)
        {
            var response = await client.GetAsync(url);
            seen.Add((url, response.StatusCode, response.Headers.CacheControl?.NoStore == true));
        }

        using var guest = new Shopper(App.Browser());
        await guest.AddToCartAsync(slug);
        await Open(guest.Client, "/cart");
        await Open(guest.Client, "/checkout");
        var review = await guest.EnterAddressAsync();
        await Open(guest.Client, "/checkout/review");
        var paid = await guest.PayAsync(review, "fake-valid-nonce");
        await Open(guest.Client, paid.Headers.Location!.OriginalString); // the order confirmation
        await Open(guest.Client, "/checkout/confirmation/SHP-0000-0000"); // a 404 page

        var email = Accounts.UniqueEmail("admin");
        using var admin = await App.CreateAccountAndSignInAsync(email, Roles.Admin, Roles.Staff);
        var number = await App.WithDbAsync(db => db.Orders.Select(o => o.Number).SingleAsync());
        foreach (var url in new[] { "/account", "/account/orders", "/account/addresses", "/account/email", "/admin", "/admin/orders",
                     $"/admin/orders/{number}", "/admin/products/export", "/admin/customers", "/admin/audit", "/admin/orders/SHP-0000-0000" })
            await Open(admin, url);
        using var anonymous = App.Browser();
        await Open(anonymous, "/account/sign-in");
        await Open(anonymous, "/account"); // the redirect to sign in

        Assert.That(seen.Where(s => s.Url.StartsWith("/checkout", StringComparison.Ordinal)).Select(s => s.Status), Is.EqualTo(new[]
        {
            HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.NotFound,
        }), "the checkout pages, the confirmation and a 404 page were seen as the shopper sees them");
        Assert.Multiple(async () =>
        {
            foreach (var (url, status, noStore) in seen) Assert.That(noStore, Is.True, $"{url} ({(int)status}) is never stored");
            var csv = await admin.GetAsync("/admin/products/export");
            Assert.That(csv.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/csv"), "the export is among them");

            foreach (var url in new[] { "/", $"/c/{category}", "/search?q=lamp" })
            {
                var response = await anonymous.GetAsync(url);
                Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), url);
                Assert.That(response.Headers.CacheControl?.NoStore, Is.False, $"{url} may be kept by a browser");
            }
            var file = await anonymous.GetAsync("/css/site.css");
            Assert.That(file.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(file.Headers.CacheControl?.NoStore ?? false, Is.False, "a static file may be kept");
        });
    }

    [Test]
    public async Task Product_pages_with_a_form_token_keep_antiforgerys_no_store_without_a_warning_on_every_request()
    {
        // A visitor's product page carries no token (Add to cart is checked by origin): a catalog page browsers may keep.
        // A signed-in shopper's carries the sign-out form's token: never stored.
        var slug = await App.WithDbAsync(db => db.Products.Where(p => p.IsPublished).OrderBy(p => p.Id).Select(p => p.Slug).FirstAsync());
        using var visitor = App.Browser();
        var email = Accounts.UniqueEmail("warned");
        using var shopper = await App.CreateAccountAndSignInAsync(email);

        var visitorPages = new List<HttpResponseMessage>();
        var shopperPages = new List<HttpResponseMessage>();
        for (var i = 0; i < 3; i++) // rendered, then from the output cache
        {
            visitorPages.Add(await visitor.GetAsync($"/p/{slug}"));
            shopperPages.Add(await shopper.GetAsync($"/p/{slug}"));
        }

        Assert.That(shopperPages.Select(p => p.Headers.CacheControl?.NoStore), Has.All.True, "a page with a form token is never stored");
        Assert.That(visitorPages.Select(p => p.Headers.CacheControl?.ToString()), Has.All.EqualTo("no-cache"), "kept, asked for again before it is shown");
        Assert.That(_log.Lines, Has.None.Contains("headers have been overridden"), "antiforgery found no header set before it");
    }
}
