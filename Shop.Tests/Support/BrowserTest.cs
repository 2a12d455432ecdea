using Microsoft.Playwright;
using NUnit.Framework.Interfaces;

namespace Shop.Tests.Support;

/// <summary>
/// Base for real-browser tests: one Debian Chromium (headless) per fixture, a fresh browser context per test,
/// and a screenshot plus the page's HTML saved under the test output folder when a test fails.
/// Without Chromium the tests are skipped with a hint, except under CI, where a missing browser is a failure.
/// </summary>
[Category("Browser")]
public abstract class BrowserTest
{
    public const string ChromiumPath = "/usr/bin/chromium";

    public static readonly ViewportSize Phone = new() { Width = 390, Height = 844 };
    public static readonly ViewportSize Desktop = new() { Width = 1366, Height = 900 };

    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private IBrowserContext? _context;

    protected ShopServer Shop { get; private set; } = null!;
    protected IPage Page { get; private set; } = null!;

    /// <summary>Settings for this fixture's shop, as an operator would put them in appsettings.json.</summary>
    protected virtual Dictionary<string, string?>? ShopSettings => null;

    protected virtual ViewportSize Viewport => Desktop;

    [OneTimeSetUp]
    public async Task StartShopAndBrowser()
    {
        if (!File.Exists(ChromiumPath))
        {
            const string hint = "Chromium not found at /usr/bin/chromium; install it with: apt-get install chromium";
            if (Environment.GetEnvironmentVariable("CI") is { Length: > 0 }) Assert.Fail(hint);
            Assert.Ignore(hint);
        }
        Shop = new ShopServer(ShopSettings);
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"],
        });
    }

    [SetUp]
    public async Task OpenPage()
    {
        _context = await _browser!.NewContextAsync(new BrowserNewContextOptions { ViewportSize = Viewport, BaseURL = Shop.BaseUrl });
        _context.SetDefaultTimeout(15_000);
        Page = await _context.NewPageAsync();
    }

    [TearDown]
    public async Task ClosePage()
    {
        if (TestContext.CurrentContext.Result.Outcome.Status == TestStatus.Failed && Page is not null)
            await SaveEvidence();
        if (_context is not null) await _context.CloseAsync();
    }

    [OneTimeTearDown]
    public async Task StopShopAndBrowser()
    {
        if (_browser is not null) await _browser.CloseAsync();
        _playwright?.Dispose();
        Shop?.Dispose();
    }

    /// <summary>Opens a new page in its own context (another shopper with other cookies).</summary>
    protected async Task<IPage> NewShopperAsync(ViewportSize? viewport = null)
    {
        var context = await _browser!.NewContextAsync(new BrowserNewContextOptions { ViewportSize = viewport ?? Viewport, BaseURL = Shop.BaseUrl });
        context.SetDefaultTimeout(15_000);
        return await context.NewPageAsync();
    }

    private async Task SaveEvidence()
    {
        try
        {
            var folder = Path.Combine(TestContext.CurrentContext.WorkDirectory, "browser-failures");
            Directory.CreateDirectory(folder);
            var name = string.Concat(TestContext.CurrentContext.Test.FullName.Select(c => char.IsLetterOrDigit(c) ? c : '_'));
            var png = Path.Combine(folder, name + ".png");
            await Page.ScreenshotAsync(new PageScreenshotOptions { Path = png, FullPage = true });
            await File.WriteAllTextAsync(Path.Combine(folder, name + ".html"), await Page.ContentAsync());
            TestContext.AddTestAttachment(png, "Page when the test failed");
            TestContext.Out.WriteLine($"Screenshot: {png} (page was {Page.Url})");
        }
        catch (PlaywrightException e)
        {
            TestContext.Out.WriteLine($"Could not save the failure screenshot: {e.Message}");
        }
    }
}
