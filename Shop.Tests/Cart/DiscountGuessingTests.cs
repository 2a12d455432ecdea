using Shop.Domain.Checkout;
using Shop.Web.Cart;
using Shop.Web.Data.Seed;
using Shop.Web.Shared;

namespace Shop.Tests.Cart;

/// <summary>
/// Discount codes cannot be found by guessing: a client address may try a few a minute and give a few wrong codes an
/// hour in all its carts, and a cart given too many wrong codes takes none for a while, from any address. Refusals are
/// the cart page with 429, Retry-After (the real wait, rounded up) and a message by the field. On Kestrel, each client behind a loopback proxy with its own X-Forwarded-For.
/// </summary>
public class DiscountGuessingTests
{
    private const int PerAddress = 3;
    private const string RealCode = "GUESSME20";

    private ShopServer _server = null!;
    private int _nextAddress;

    [OneTimeSetUp]
    public async Task StartShop()
    {
        _server = new ShopServer(new()
        {
            [$"RateLimits:{RateLimits.DiscountCode}:PermitLimit"] = PerAddress.ToString(System.Globalization.CultureInfo.InvariantCulture),
            [$"RateLimits:{RateLimits.DiscountCode}:WindowSeconds"] = "300",
        });
        await _server.WithDbAsync(async db =>
        {
            db.DiscountCodes.Add(new DiscountCode(RealCode, DiscountKind.Percentage, 20m));
            await db.SaveChangesAsync();
        });
    }

    [OneTimeTearDown]
    public void StopShop() => _server.Dispose();

    [Test]
    public async Task Guessing_from_one_address_gets_the_cart_page_with_429_retry_after_and_a_message_and_applies_nothing()
    {
        using var guesser = await ShopperWithCartAsync();
        for (var i = 0; i < PerAddress; i++)
            Assert.That((await TryCodeAsync(guesser, $"SAVE0{i}")).StatusCode, Is.EqualTo(HttpStatusCode.Redirect), $"guess {i + 1} is within the limit");

        var refused = await TryCodeAsync(guesser, RealCode);
        var page = await refused.ReadHtmlAsync();

        Assert.Multiple(() =>
        {
            Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.TooManyRequests));
            Assert.That(refused.Headers.RetryAfter?.Delta, Is.Not.Null.And.GreaterThan(TimeSpan.Zero).And.LessThanOrEqualTo(TimeSpan.FromSeconds(300)));
            Assert.That(page.Text("h1"), Is.EqualTo("Your cart"));
            Assert.That(page.Text("[data-valmsg-for=Code]"), Does.StartWith("Too many discount codes were tried from your connection. Please try again in"));
            Assert.That(page.QuerySelector(".cart-discount"), Is.Null, "the right code was not tried");
        });

        using var shopper = await ShopperWithCartAsync();
        var applied = await TryCodeAsync(shopper, RealCode);
        Assert.That(applied.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), "another address is not limited");
        Assert.That((await shopper.GetPageAsync("/cart")).Page.QuerySelector(".cart-discount"), Is.Not.Null);
    }

    [Test]
    public async Task A_cart_given_too_many_wrong_codes_takes_none_for_a_while_from_any_address()
    {
        using var guesser = await ShopperWithCartAsync();
        for (var i = 0; i < DiscountCodeGuesses.WrongPerCart; i++)
        {
            NewAddress(guesser);
            Assert.That((await TryCodeAsync(guesser, $"TRY{i:00}")).StatusCode, Is.EqualTo(HttpStatusCode.Redirect), $"wrong code {i + 1}");
        }

        NewAddress(guesser);
        await Task.Delay(TimeSpan.FromSeconds(1.1)); // the cart's window has run for more than a second
        var refused = await TryCodeAsync(guesser, RealCode);
        var page = await refused.ReadHtmlAsync();

        Assert.Multiple(() =>
        {
            Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.TooManyRequests));
            Assert.That(refused.Headers.RetryAfter?.Delta, Is.LessThan(DiscountCodeGuesses.Window).And.GreaterThan(DiscountCodeGuesses.Window - TimeSpan.FromMinutes(1)),
                "the time until the cart's window ends, not the whole window");
            Assert.That(page.Text("[data-valmsg-for=Code]"), Is.EqualTo("Too many wrong discount codes were tried on this cart. It takes no code for up to 15 minutes."));
            Assert.That(page.QuerySelector(".cart-discount"), Is.Null);
        });

        using var shopper = await ShopperWithCartAsync();
        Assert.That((await TryCodeAsync(shopper, RealCode)).StatusCode, Is.EqualTo(HttpStatusCode.Redirect), "another cart takes the code");
    }

    [Test]
    public async Task Fresh_carts_from_one_address_share_its_count_of_wrong_codes_and_are_told_the_real_wait()
    {
        const int wrongPerHour = 3;
        using var server = new ShopServer(new()
        {
            [$"RateLimits:{RateLimits.DiscountCode}:PermitLimit"] = "100",
            ["RateLimits:discountcode:WrongPerHour"] = wrongPerHour.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        await AddRealCodeAsync(server);
        const string attacker = "198.51.100.200";
        for (var i = 0; i < wrongPerHour; i++)
        {
            using var cart = await ShopperWithCartAsync(server, attacker);
            Assert.That((await TryCodeAsync(cart, $"FRESH{i:00}")).StatusCode, Is.EqualTo(HttpStatusCode.Redirect), $"wrong code {i + 1}, on a new cart");
        }

        await Task.Delay(TimeSpan.FromSeconds(1.1));
        using var another = await ShopperWithCartAsync(server, attacker);
        var refused = await TryCodeAsync(another, RealCode);
        var page = await refused.ReadHtmlAsync();
        using var shopper = await ShopperWithCartAsync(server, "198.51.100.201");
        var applied = await TryCodeAsync(shopper, RealCode);

        Assert.Multiple(async () =>
        {
            Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.TooManyRequests));
            Assert.That(refused.Headers.RetryAfter?.Delta, Is.LessThan(TimeSpan.FromHours(1)).And.GreaterThan(TimeSpan.FromMinutes(59)));
            Assert.That(page.Text("[data-valmsg-for=Code]"), Is.EqualTo("Too many wrong discount codes were tried from your connection. Please try again in 60 minutes."));
            Assert.That(page.QuerySelector(".cart-discount"), Is.Null, "the right code was not tried");
            Assert.That(applied.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), "another address is not limited");
            Assert.That((await shopper.GetPageAsync("/cart")).Page.QuerySelector(".cart-discount"), Is.Not.Null);
        });
    }

    [Test]
    public async Task An_ipv6_client_counts_its_wrong_codes_by_its_64_so_its_other_addresses_do_not_help()
    {
        const int wrongPerHour = 3;
        using var server = new ShopServer(new()
        {
            [$"RateLimits:{RateLimits.DiscountCode}:PermitLimit"] = "100",
            ["RateLimits:discountcode:WrongPerHour"] = wrongPerHour.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        await AddRealCodeAsync(server);
        for (var i = 1; i <= wrongPerHour; i++)
        {
            using var cart = await ShopperWithCartAsync(server, $"2001:db8:0:7::{i:x}");
            Assert.That((await TryCodeAsync(cart, $"SIX{i:00}")).StatusCode, Is.EqualTo(HttpStatusCode.Redirect), $"wrong code {i}");
        }

        using var sameNetwork = await ShopperWithCartAsync(server, "2001:db8:0:7:ffff:1:2:3");
        using var otherNetwork = await ShopperWithCartAsync(server, "2001:db8:0:8::1");

        Assert.That((await TryCodeAsync(sameNetwork, RealCode)).StatusCode, Is.EqualTo(HttpStatusCode.TooManyRequests), "another address of the same /64");
        Assert.That((await TryCodeAsync(otherNetwork, RealCode)).StatusCode, Is.EqualTo(HttpStatusCode.Redirect), "another /64");
    }

    [Test]
    public async Task With_the_default_limits_a_shopper_who_mistypes_a_code_three_times_still_gets_it()
    {
        using var server = new ShopServer(new()
        {
            // The defaults (README): 10 tries a minute, 10 wrong codes an hour per address.
            [$"RateLimits:{RateLimits.DiscountCode}:PermitLimit"] = "10",
            [$"RateLimits:{RateLimits.DiscountCode}:WindowSeconds"] = "60",
            ["RateLimits:discountcode:WrongPerHour"] = "10",
        });
        await AddRealCodeAsync(server);
        using var shopper = await ShopperWithCartAsync(server, "198.51.100.202");

        foreach (var typo in new[] { "GUESME20", "GUESSME2O", "GEUSSME20" })
            Assert.That((await TryCodeAsync(shopper, typo)).StatusCode, Is.EqualTo(HttpStatusCode.Redirect), typo);
        var applied = await TryCodeAsync(shopper, RealCode);

        Assert.That(applied.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That((await shopper.GetPageAsync("/cart")).Page.QuerySelector(".cart-discount"), Is.Not.Null);
    }

    private static Task AddRealCodeAsync(ShopServer server) => server.WithDbAsync(async db =>
    {
        db.DiscountCodes.Add(new DiscountCode(RealCode, DiscountKind.Percentage, 20m));
        await db.SaveChangesAsync();
    });

    private async Task<HttpClient> ShopperWithCartAsync(ShopServer? server = null, string? address = null)
    {
        var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() }) { BaseAddress = new Uri((server ?? _server).BaseUrl) };
        if (address is null) NewAddress(client);
        else client.DefaultRequestHeaders.Add("X-Forwarded-For", address);
        var product = DemoCatalog.Products.First(p => p.Options.Count == 0 && p.Stock > 20);
        var added = await client.SubmitFormAsync($"/p/{product.Slug}", "form.buy-box");
        Assert.That(added.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        return client;
    }

    private void NewAddress(HttpClient client)
    {
        client.DefaultRequestHeaders.Remove("X-Forwarded-For");
        client.DefaultRequestHeaders.Add("X-Forwarded-For", $"198.51.100.{Interlocked.Increment(ref _nextAddress)}");
    }

    private static Task<HttpResponseMessage> TryCodeAsync(HttpClient client, string code) =>
        client.SubmitFormAsync("/cart", "form[action='/cart/discount']", new Dictionary<string, string?> { ["code"] = code });
}
