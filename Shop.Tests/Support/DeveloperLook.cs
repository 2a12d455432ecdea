using Microsoft.Playwright;

namespace Shop.Tests.Support;

/// <summary>Screenshots for a developer checking a page by eye: saved only when SHOP_LOOK_DIR names a folder.</summary>
public static class DeveloperLook
{
    public static async Task LookAsync(this IPage page, string name)
    {
        if (PathFor(name) is { } path) await page.ScreenshotAsync(new() { Path = path, FullPage = true });
    }

    /// <summary>Saves a screenshot already taken (a part of the page).</summary>
    public static async Task LookAsync(this IPage page, string name, byte[] png)
    {
        if (PathFor(name) is { } path) await File.WriteAllBytesAsync(path, png);
    }

    /// <summary>Saves a PDF the test read, to open or render by eye (<c>pdftoppm -png</c>).</summary>
    public static Task KeepPdfAsync(string name, byte[] pdf) =>
        PathFor(name) is { } path ? File.WriteAllBytesAsync(Path.ChangeExtension(path, ".pdf"), pdf) : Task.CompletedTask;

    /// <summary>The test's name, with its arguments ("/c/kitchen") made safe for a file name.</summary>
    private static string? PathFor(string name) => Environment.GetEnvironmentVariable("SHOP_LOOK_DIR") is { Length: > 0 } folder
        ? Path.Combine(folder, string.Concat(TestContext.CurrentContext.Test.Name.Select(c => char.IsLetterOrDigit(c) || c is '-' or '_' or ' ' or '\'' ? c : '_')) + $"-{name}.png")
        : null;
}
