using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Shop.Tests.Support;

/// <summary>What a person would notice on a page in a real browser: accessibility problems and pictures that do not load.</summary>
public static class PageChecks
{
    /// <summary>axe-core finds no serious or critical violations (labels, contrast, landmarks, alt text…).</summary>
    /// <remarks>
    /// The shop's pages have no frames, and for a page without frames axe's own in-page run checks exactly what
    /// <c>RunAxe</c> checks (same rules, same passes and violations, compared page by page); <c>RunAxe</c> also
    /// opens a blank page to combine the results of each frame, which made it 3-4 s a page instead of under one.
    /// A page with frames still gets <c>RunAxe</c>. (The package marks the in-page run obsolete: if a later version
    /// drops it, use <c>RunAxe</c> everywhere.)
    /// </remarks>
    public static async Task AssertAccessibleAsync(this IPage page, string what)
    {
#pragma warning disable CS0618 // RunAxeLegacy: see the remarks
        var result = page.Frames.Count == 1 ? await page.RunAxeLegacy() : await page.RunAxe();
#pragma warning restore CS0618
        var serious = result.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
        foreach (var minor in result.Violations.Except(serious))
            TestContext.Out.WriteLine($"{what}: {minor.Id} ({minor.Impact}): {minor.Help} ({minor.Nodes.Length} element(s))");
        Assert.That(serious, Is.Empty, $"{what}: " + string.Join("; ", serious.Select(v =>
            $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Take(3).Select(n => string.Join(" ", n.Target)))}")));
    }

    /// <summary>
    /// The page opened on this field, and a screen reader tells that it is wrong and why, as for the browser's own checks:
    /// aria-invalid, and the message in its description (aria-describedby).
    /// </summary>
    public static async Task AssertFocusedAsWrongAsync(this ILocator field, string message)
    {
        await Expect(field).ToBeFocusedAsync();
        await Expect(field).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(field).ToHaveAccessibleDescriptionAsync(new Regex(Regex.Escape(message)));
    }

    /// <summary>The picture was fetched and decoded (naturalWidth &gt; 0). Scrolls to it first, so lazy pictures load.</summary>
    public static async Task AssertPictureLoadsAsync(this ILocator img, string what)
    {
        await img.ScrollIntoViewIfNeededAsync();
        var width = await img.EvaluateAsync<int>("""
            i => i.complete ? i.naturalWidth : new Promise(done => {
                i.addEventListener('load', () => done(i.naturalWidth));
                i.addEventListener('error', () => done(0));
            })
            """);
        Assert.That(width, Is.GreaterThan(0), $"{what} ({await img.GetAttributeAsync("src")}) loads");
    }

    /// <summary>Nothing is wider than the window: no sideways scrolling, nothing cut off at the right edge.</summary>
    public static async Task AssertFitsTheScreenAsync(this IPage page, string what)
    {
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
        Assert.That(overflow, Is.LessThanOrEqualTo(1), $"{what} is {overflow}px wider than the screen");
    }
}
