using Shop.Domain.Checkout;
using Shop.Web.Cart;
using Shop.Web.Data.Seed;
using Shop.Web.Shared;

namespace Shop.Tests.Cart;

/// <summary>
/// Discount codes cannot be found by guessing: a client address may try a few a minute, and a cart given too many
/// wrong codes takes none for a while, from any address. Refusals are the cart page with 429, Retry-After and a
/// message by the field. On Kestrel, each client behind a loopback proxy with its own X-Forwarded-For.
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
        var refused = await TryCodeAsync(guesser, RealCode);
        var page = await refused.ReadHtmlAsync();

        Assert.Multiple(() =>
        {
            Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.TooManyRequests));
            Assert.That(refused.Headers.RetryAfter?.Delta, Is.EqualTo(DiscountCodeGuesses.Window));
            Assert.That(page.Text("[data-valmsg-for=Code]"), Is.EqualTo("Too many wrong discount codes were tried on this cart. It takes no code for up to 15 minute(s)."));
            Assert.That(page.QuerySelector(".cart-discount"), Is.Null);
        });

        using var shopper = await ShopperWithCartAsync();
        Assert.That((await TryCodeAsync(shopper, RealCode)).StatusCode, Is.EqualTo(HttpStatusCode.Redirect), "another cart takes the code");
    }

    private async Task<HttpClient> ShopperWithCartAsync()
    {
        var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() }) { BaseAddress = new Uri(_server.BaseUrl) };
        NewAddress(client);
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
