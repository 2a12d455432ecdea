using Microsoft.Playwright;
using NUnit.Framework.Interfaces;
using static Microsoft.Playwright.Assertions;

namespace Shop.Tests.Support;

/// <summary>
/// Base for real-browser tests: one Debian Chromium (headless) for the run (<see cref="SharedChromium"/>), a shop on
/// a real port per fixture, a fresh browser context per test,
/// and a screenshot plus the page's HTML saved under the test output folder when a test fails.
/// Without Chromium the tests are skipped with a hint, except under CI, where a missing browser is a failure.
/// </summary>
[Category("Browser")]
public abstract class BrowserTest
{
    public const string ChromiumPath = "/usr/bin/chromium";

    public static readonly ViewportSize Phone = new() { Width = 390, Height = 844 };
    public static readonly ViewportSize Desktop = new() { Width = 1366, Height = 900 };

    private IBrowser? _browser;
    private IBrowserContext? _context;
    private readonly List<IBrowserContext> _otherShoppers = [];

    /// <summary>The administrator the shop seeds from Shop:Admin:Email/Password, for fixtures that use <see cref="SeededAdmin"/>.</summary>
    protected const string AdminEmail = "boss@shop.test";
    protected const string AdminPassword = "lantern-orchard-staff-77";

    /// <summary>Settings that make the shop seed <see cref="AdminEmail"/> on start, as an operator would configure it.</summary>
    protected static Dictionary<string, string?> SeededAdmin => new() { ["Shop:Admin:Email"] = AdminEmail, ["Shop:Admin:Password"] = AdminPassword };

    /// <summary>Where pictures of pages go: SHOP_SCREENSHOTS_DIR (tools/screenshots.sh uses docs/screenshots), else the test output folder.</summary>
    protected static string ScreenshotFolder
    {
        get
        {
            var folder = Environment.GetEnvironmentVariable("SHOP_SCREENSHOTS_DIR") is { Length: > 0 } dir
                ? dir : Path.Combine(TestContext.CurrentContext.WorkDirectory, "screenshots");
            Directory.CreateDirectory(folder);
            return folder;
        }
    }

    /// <summary>Saves the whole page as <c>{name}-desktop.png</c> in <see cref="ScreenshotFolder"/>.</summary>
    protected static Task ShootDesktopAsync(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotFolder, $"{name}-desktop.png"), FullPage = true });

    protected ShopServer Shop { get; private set; } = null!;
    protected IPage Page { get; private set; } = null!;

    /// <summary>Settings for this fixture's shop, as an operator would put them in appsettings.json.</summary>
    protected virtual Dictionary<string, string?>? ShopSettings => null;

    protected virtual ViewportSize Viewport => Desktop;

    /// <summary>Services this fixture's shop runs with instead of its own (a clock).</summary>
    protected virtual Action<IServiceCollection>? ShopServices => null;

    /// <summary>The environment this fixture's shop runs in (Development for the developer pages).</summary>
    protected virtual string ShopEnvironment => "Testing";

    [OneTimeSetUp]
    public async Task StartShopAndOpenBrowser()
    {
        if (!File.Exists(ChromiumPath))
        {
            const string hint = "Chromium not found at /usr/bin/chromium; install it with: apt-get install chromium";
            if (Environment.GetEnvironmentVariable("CI") is { Length: > 0 }) Assert.Fail(hint);
            Assert.Ignore(hint);
        }
        Shop = new ShopServer(ShopSettings, ShopEnvironment, ShopServices);
        _browser = await SharedChromium.GetAsync();
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
        {
            await SaveEvidence(Page, "");
            for (var i = 0; i < _otherShoppers.Count; i++)
                foreach (var page in _otherShoppers[i].Pages) await SaveEvidence(page, $"-shopper{i + 2}");
        }
        foreach (var other in _otherShoppers) await other.CloseAsync();
        _otherShoppers.Clear();
        if (_context is not null) await _context.CloseAsync();
    }

    [OneTimeTearDown]
    public void StopShop() => Shop?.Dispose();

    /// <summary>Opens a new page in its own context (another shopper with other cookies; <paramref name="locale"/>: the browser's language).</summary>
    protected async Task<IPage> NewShopperAsync(ViewportSize? viewport = null, bool javaScript = true, string? locale = null)
    {
        var context = await _browser!.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = viewport ?? Viewport, BaseURL = Shop.BaseUrl, JavaScriptEnabled = javaScript, Locale = locale,
        });
        context.SetDefaultTimeout(15_000);
        _otherShoppers.Add(context);
        return await context.NewPageAsync();
    }

    /// <summary>On a phone the header's links sit behind the menu button: tap it, as a person would, before using them.</summary>
    protected static async Task OpenHeaderMenuAsync(IPage page)
    {
        var toggler = page.Locator(".navbar-toggler");
        if (!await toggler.IsVisibleAsync() || await toggler.GetAttributeAsync("aria-expanded") == "true") return;
        await toggler.ClickAsync();
        await Expect(page.Locator("#main-nav.show")).ToBeVisibleAsync();
    }

    /// <summary>Opens <paramref name="url"/> and has axe-core check it (<see cref="PageChecks.AssertAccessibleAsync"/>).</summary>
    protected async Task AssertAccessibleAtAsync(string url, string what)
    {
        await Page.GotoAsync(url);
        await Page.AssertAccessibleAsync(what);
    }

    /// <summary>The header's main navigation (search, account links).</summary>
    protected static ILocator Header(IPage page) => page.GetByRole(AriaRole.Navigation, new() { Name = "Main" });

    /// <summary>Signs in through the header's "Sign in" link and the sign-in form, and waits until the shop lets them in.</summary>
    protected static async Task SignInAsync(IPage page, string email, string password)
    {
        await OpenHeaderMenuAsync(page);
        await Header(page).GetByRole(AriaRole.Link, new() { Name = "Sign in", Exact = true }).ClickAsync();
        await FillSignInFormAsync(page, email, password);
    }

    protected static async Task FillSignInFormAsync(IPage page, string email, string password)
    {
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(password);
        await page.Locator("main").GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
        await Expect(page).Not.ToHaveURLAsync(new Regex("/account/sign-in"));
    }

    private static async Task SaveEvidence(IPage page, string suffix)
    {
        try
        {
            var folder = Path.Combine(TestContext.CurrentContext.WorkDirectory, "browser-failures");
            Directory.CreateDirectory(folder);
            var name = string.Concat(TestContext.CurrentContext.Test.FullName.Select(c => char.IsLetterOrDigit(c) ? c : '_')) + suffix;
            var png = Path.Combine(folder, name + ".png");
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = png, FullPage = true });
            await File.WriteAllTextAsync(Path.Combine(folder, name + ".html"), await page.ContentAsync());
            TestContext.AddTestAttachment(png, "Page when the test failed");
            TestContext.Out.WriteLine($"Screenshot: {png} (page was {page.Url})");
        }
        catch (PlaywrightException e)
        {
            TestContext.Out.WriteLine($"Could not save the failure screenshot: {e.Message}");
        }
    }
}
