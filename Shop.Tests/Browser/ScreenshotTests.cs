using Microsoft.Playwright;
using Shop.Tests.Support;

namespace Shop.Tests.Browser;

/// <summary>
/// Saves full-page PNGs of the main pages at phone and desktop sizes, so anyone can look at the shop without
/// running it. They go to the test output folder, or to SHOP_SCREENSHOTS_DIR (tools/screenshots.sh uses docs/screenshots).
/// </summary>
[TestFixture("desktop")]
[TestFixture("phone")]
public class ScreenshotTests(string device) : BrowserTest
{
    protected override ViewportSize Viewport => device == "phone" ? Phone : Desktop;

    private static string Folder
    {
        get
        {
            var folder = Environment.GetEnvironmentVariable("SHOP_SCREENSHOTS_DIR") is { Length: > 0 } dir
                ? dir : Path.Combine(TestContext.CurrentContext.WorkDirectory, "screenshots");
            Directory.CreateDirectory(folder);
            return folder;
        }
    }

    private async Task ShootAsync(string name)
    {
        var file = Path.Combine(Folder, $"{name}-{device}.png");
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = file, FullPage = device == "phone" ? false : true });
        Assert.That(new FileInfo(file).Length, Is.GreaterThan(10_000), $"{file} looks empty");
    }

    [Test]
    public async Task Main_pages()
    {
        await Page.GotoAsync("/");
        await ShootAsync("home");
        await Page.GotoAsync("/c/lighting?sort=pricelow");
        await ShootAsync("category");
        await Page.GotoAsync("/p/classic-chef-s-knife");
        await ShootAsync("product");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Add to cart" }).ClickAsync();
        await ShootAsync("cart");
        await Page.GotoAsync("/checkout");
        await ShootAsync("checkout-delivery");
        await Page.GotoAsync("/search?q=zeppelin");
        await ShootAsync("search-empty");
        await Page.GotoAsync("/p/no-such-thing");
        await ShootAsync("not-found");
    }
}
