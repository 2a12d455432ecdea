using Microsoft.Playwright;

namespace Shop.Tests.Support;

/// <summary>Screenshots for a developer checking a page by eye: saved only when SHOP_LOOK_DIR names a folder.</summary>
public static class DeveloperLook
{
    public static async Task LookAsync(this IPage page, string name)
    {
        if (Environment.GetEnvironmentVariable("SHOP_LOOK_DIR") is not { Length: > 0 } folder) return;
        await page.ScreenshotAsync(new() { Path = Path.Combine(folder, $"{TestContext.CurrentContext.Test.Name}-{name}.png"), FullPage = true });
    }
}
