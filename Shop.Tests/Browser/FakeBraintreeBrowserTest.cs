using Microsoft.AspNetCore.Http;
using Microsoft.Playwright;
using Shop.Tests.Payments;

namespace Shop.Tests.Browser;

/// <summary>
/// A browser fixture whose shop has real Braintree keys against a fake Braintree API (<see cref="FakeBraintreeServer"/>,
/// answered by <see cref="AnswerAsync"/>), with a stand-in for braintree-web (fake-braintree-web.js) served in place of
/// Braintree's scripts.
/// </summary>
public abstract class FakeBraintreeBrowserTest : BrowserTest
{
    private FakeBraintreeServer? _braintree;

    protected FakeBraintreeServer Braintree => _braintree ?? throw new InvalidOperationException("The shop has not started.");

    /// <summary>What the fake API answers to each request the shop sends.</summary>
    protected abstract Task AnswerAsync(RecordedRequest request, HttpContext context);

    /// <summary>Payment settings beside the keys (PayPal, a saved card's CVV).</summary>
    protected virtual Dictionary<string, string?> MoreSettings => [];

    protected sealed override Dictionary<string, string?> ShopSettings
    {
        get
        {
            _braintree = FakeBraintreeServer.StartAsync().GetAwaiter().GetResult();
            _braintree.Answer = AnswerAsync;
            var settings = new Dictionary<string, string?>
            {
                ["Shop:Payments:Braintree:MerchantId"] = "merchant",
                ["Shop:Payments:Braintree:PublicKey"] = "public",
                ["Shop:Payments:Braintree:PrivateKey"] = "private",
                ["Shop:Payments:Braintree:Endpoint"] = _braintree.Endpoint.ToString(),
            };
            foreach (var (key, value) in MoreSettings) settings[key] = value;
            return settings;
        }
    }

    [OneTimeTearDown]
    public async Task StopBraintree()
    {
        if (_braintree is not null) await _braintree.DisposeAsync();
    }

    [SetUp]
    public async Task ServeTheStandInSdk()
    {
        var sdk = await File.ReadAllTextAsync(Path.Combine(TestContext.CurrentContext.TestDirectory, "Browser", "fake-braintree-web.js"));
        await Page.RouteAsync(new Regex(@"/lib/braintree-web/[a-z-]+\.js"), route => route.FulfillAsync(new()
        {
            ContentType = "text/javascript",
            Body = route.Request.Url.Contains("/client.js", StringComparison.Ordinal) ? sdk : "",
        }));
    }
}
