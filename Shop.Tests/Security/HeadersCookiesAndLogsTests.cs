namespace Shop.Tests.Security;

public class HeadersCookiesAndLogsTests
{
    [TestCase("/")]
    [TestCase("/p/classic-chef-s-knife")]
    [TestCase("/account/sign-in")]
    [TestCase("/no-such-page")]
    [TestCase("/lib/bootstrap/css/bootstrap.min.css")]
    public async Task Every_response_carries_the_security_headers(string url)
    {
        using var app = new ShopApp();
        using var client = app.Browser();
        var response = await client.GetAsync(url);
        var csp = string.Join(" ", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Multiple(() =>
        {
            Assert.That(csp, Does.Contain("script-src 'self'").And.Contain("frame-ancestors 'none'").And.Not.Contain("unsafe-inline"));
            Assert.That(response.Headers.GetValues("X-Content-Type-Options"), Is.EqualTo(new[] { "nosniff" }));
            Assert.That(response.Headers.GetValues("Referrer-Policy").Single(), Is.EqualTo("strict-origin-when-cross-origin"));
            Assert.That(response.Headers.Contains("Permissions-Policy"), Is.True);
        });
    }

    [Test]
    public async Task Outside_development_cookies_are_secure_and_https_is_enforced()
    {
        using var app = new ShopApp { Environment = "Production" };
        using var client = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions
        {
            BaseAddress = new Uri("https://shop.example"), AllowAutoRedirect = false, // HSTS is never sent to localhost
        });
        var product = await client.GetAsync("/account/sign-in");
        var cookies = product.Headers.TryGetValues("Set-Cookie", out var values) ? values.ToList() : [];

        Assert.That(product.Headers.Contains("Strict-Transport-Security"), Is.True, "HSTS over https");
        Assert.That(cookies, Is.Not.Empty, "the antiforgery cookie is set on a page with a form");
        Assert.That(cookies, Has.All.Contain("secure").IgnoreCase.And.All.Contain("httponly").IgnoreCase.And.All.Contain("samesite").IgnoreCase);
    }

    [Test]
    public async Task Logs_hold_no_passwords_nonces_or_shopper_emails()
    {
        var log = new CapturingLogger();
        using var app = new LoggedShopApp(log);
        const string password = "plum-harbour-violin-42";
        var email = Accounts.UniqueEmail("private");
        using var client = app.Browser();
        await client.PostFormAsync("/account/register", new Dictionary<string, string>
        {
            ["FullName"] = "Private Person", ["Email"] = email, ["Password"] = password, ["ConfirmPassword"] = password,
        });
        await client.PostSignInAsync(email, "wrong-" + password);
        await client.PostSignInAsync("nobody-" + email, password);
        var slug = await app.WithDbAsync(db => Task.FromResult(db.Products.Where(p => !p.Options.Any() && p.Variants.Sum(v => v.StockOnHand) > 20).OrderBy(p => p.Id).Select(p => p.Slug).First()));
        using var shopper = new Shopper(app.Browser());
        await shopper.AddToCartAsync(slug);
        await shopper.CheckoutAsync("fake-processor-declined-visa-nonce", Shopper.GuestAddress(email));
        await shopper.PayAsync(await shopper.EnterAddressAsync(Shopper.GuestAddress(email)), "fake-valid-nonce");

        var lines = log.Lines.ToList();
        Assert.That(lines, Is.Not.Empty);
        Assert.That(lines, Has.None.Contain(password), "no password");
        Assert.That(lines, Has.None.Contain("nonce"), "no payment nonce");
        Assert.That(lines, Has.None.Contain(email).IgnoreCase, "no full email address");
    }

    private sealed class LoggedShopApp(CapturingLogger log) : ShopApp(new() { ["Logging:LogLevel:Default"] = "Debug" })
    {
        protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(s => s.AddSingleton<ILoggerProvider>(log));
        }
    }

    /// <summary>Every log line at Debug and above, to look for secrets.</summary>
    private sealed class CapturingLogger : ILoggerProvider, ILogger
    {
        public System.Collections.Concurrent.ConcurrentQueue<string> Lines { get; } = new();
        public ILogger CreateLogger(string categoryName) => this;
        public void Dispose() { }
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Debug;
        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            Lines.Enqueue(formatter(state, exception) + (exception is null ? "" : " " + exception));
    }
}
