using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Routing;
using Shop.Web.Shared;

namespace Shop.Tests.Security;

/// <summary>
/// Credential stuffing and mail bombing: one client hammering sign-in or password reset past the configured limit
/// gets the friendly 429 page with Retry-After, while other clients and the rest of the shop carry on. Runs on a real
/// Kestrel port; each client comes through a proxy on loopback (trusted by default) with its own X-Forwarded-For,
/// so this also proves the limits count the real client address, not the proxy's.
/// </summary>
public class RateLimitTests
{
    private const int SignInLimit = 3;
    private const int PasswordResetLimit = 2;

    private ShopServer _server = null!;
    private int _nextClient;

    [OneTimeSetUp]
    public void StartShop() => _server = new ShopServer(new()
    {
        [$"RateLimits:{RateLimits.SignIn}:PermitLimit"] = SignInLimit.ToString(System.Globalization.CultureInfo.InvariantCulture),
        [$"RateLimits:{RateLimits.SignIn}:WindowSeconds"] = "300",
        [$"RateLimits:{RateLimits.PasswordReset}:PermitLimit"] = PasswordResetLimit.ToString(System.Globalization.CultureInfo.InvariantCulture),
        [$"RateLimits:{RateLimits.PasswordReset}:WindowSeconds"] = "300",
    });

    [OneTimeTearDown]
    public void StopShop() => _server.Dispose();

    [Test]
    public async Task Hammering_sign_in_gets_the_429_page_with_retry_after_and_other_clients_are_unaffected()
    {
        using var attacker = NewClient();
        for (var i = 0; i < SignInLimit; i++)
        {
            var attempt = await SignInAsync(attacker, $"victim{i}@example.com");
            Assert.That(attempt.StatusCode, Is.Not.EqualTo(HttpStatusCode.TooManyRequests), $"attempt {i + 1} is within the limit");
            Assert.That(await attempt.Content.ReadAsStringAsync(), Does.Contain(Shop.Web.Account.SignInController.InvalidMessage));
        }

        var refused = await SignInAsync(attacker, "victim@example.com");
        var html = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
        Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.TooManyRequests));
        Assert.That(html, Does.Contain("Too many requests").And.Contain("Please wait a few minutes").And.Contain("Back to the shop"));
        Assert.That(html, Does.Not.Contain(Shop.Web.Account.SignInController.InvalidMessage), "the sign-in action did not run");
        Assert.That(refused.Headers.RetryAfter?.Delta, Is.Not.Null.And.GreaterThan(TimeSpan.Zero).And.LessThanOrEqualTo(TimeSpan.FromSeconds(300)));

        // The attacker can still read the shop and the sign-in page; only the sign-in posts are refused.
        Assert.That((await attacker.GetAsync("/")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await attacker.GetAsync("/account/sign-in")).StatusCode, Is.EqualTo(HttpStatusCode.OK));

        // Another shopper (another address behind the same proxy) signs in as usual.
        using var shopper = NewClient();
        var other = await SignInAsync(shopper, "someone@example.com");
        Assert.That(other.StatusCode, Is.Not.EqualTo(HttpStatusCode.TooManyRequests));
        Assert.That(await other.Content.ReadAsStringAsync(), Does.Contain(Shop.Web.Account.SignInController.InvalidMessage));
    }

    [Test]
    public async Task Hammering_password_reset_gets_the_429_page_and_its_limit_is_its_own()
    {
        using var attacker = NewClient();
        for (var i = 0; i < PasswordResetLimit; i++)
        {
            var request = await ForgotPasswordAsync(attacker, $"victim{i}@example.com");
            Assert.That(request.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), $"request {i + 1} is within the limit");
        }

        var refused = await ForgotPasswordAsync(attacker, "victim@example.com");
        Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.TooManyRequests));
        Assert.That(WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()), Does.Contain("Too many requests"));
        Assert.That(refused.Headers.RetryAfter?.Delta, Is.Not.Null.And.GreaterThan(TimeSpan.Zero));

        // The same client has not used its sign-in allowance: each policy counts on its own.
        var signIn = await SignInAsync(attacker, "victim@example.com");
        Assert.That(signIn.StatusCode, Is.Not.EqualTo(HttpStatusCode.TooManyRequests));

        using var shopper = NewClient();
        Assert.That((await ForgotPasswordAsync(shopper, "me@example.com")).StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
    }

    [Test]
    public void Every_rate_limit_policy_guards_the_endpoints_it_is_named_for()
    {
        var guarded = _server.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Select(e => (Route: e.RoutePattern.RawText?.TrimStart('/'), Policy: e.Metadata.GetMetadata<EnableRateLimitingAttribute>()?.PolicyName,
                Methods: e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? []))
            .Where(e => e.Policy is not null)
            .ToList();

        Assert.Multiple(() =>
        {
            Assert.That(guarded.Where(e => e.Policy == RateLimits.SignIn).Select(e => e.Route),
                Is.EquivalentTo(new[] { "account/sign-in", "account/sign-in/two-factor", "account/sign-in/recovery-code", "account/confirm-email" }));
            Assert.That(guarded.Where(e => e.Policy == RateLimits.Register).Select(e => e.Route), Is.EquivalentTo(new[] { "account/register", "checkout/confirmation/{number}/account", "account/staff-invitation" }),
                "every form that makes an account: registering, a guest's account after checkout, an invited staff member's");
            Assert.That(guarded.Where(e => e.Policy == RateLimits.PasswordReset).Select(e => e.Route),
                Is.EquivalentTo(new[] { "account/forgot-password", "account/reset-password", "account/email/undo" }));
            Assert.That(guarded.Where(e => e.Policy == RateLimits.Checkout).Select(e => e.Route), Is.Not.Empty);
            Assert.That(guarded.Where(e => e.Policy == RateLimits.Webhook).Select(e => e.Route), Is.EquivalentTo(new[] { "payments/braintree/webhook" }));
            // Only posts are limited: reading a page never locks anybody out.
            Assert.That(guarded.SelectMany(e => e.Methods).Distinct(), Is.EquivalentTo(new[] { "POST" }));
        });
    }

    /// <summary>A browser-like client whose requests reach the shop through a loopback proxy from its own address.</summary>
    private HttpClient NewClient()
    {
        var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = new Uri(_server.BaseUrl) };
        client.DefaultRequestHeaders.Add("X-Forwarded-For", $"203.0.113.{Interlocked.Increment(ref _nextClient)}");
        return client;
    }

    private static Task<HttpResponseMessage> SignInAsync(HttpClient client, string email) =>
        client.PostFormAsync("/account/sign-in", new Dictionary<string, string> { ["Email"] = email, ["Password"] = "not the password" });

    private static Task<HttpResponseMessage> ForgotPasswordAsync(HttpClient client, string email) =>
        client.PostFormAsync("/account/forgot-password", new Dictionary<string, string> { ["Email"] = email });
}
