using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using SkiaSharp;
using static Microsoft.Playwright.Assertions;

namespace Shop.Tests.Support;

/// <summary>What a person would notice on a page in a real browser: accessibility problems and pictures that do not load.</summary>
public static class PageChecks
{
    /// <summary>axe-core finds no serious or critical violations (labels, contrast, landmarks, alt text, and tap targets of 24 px or enough room).</summary>
    /// <remarks>
    /// The shop's pages have no frames, and for a page without frames axe's own in-page run checks exactly what
    /// <c>RunAxe</c> checks (same rules, same passes and violations, compared page by page); <c>RunAxe</c> also
    /// opens a blank page to combine the results of each frame, which made it 3-4 s a page instead of under one.
    /// A page with frames still gets <c>RunAxe</c>. (The package marks the in-page run obsolete: if a later version
    /// drops it, use <c>RunAxe</c> everywhere.)
    /// </remarks>
    public static async Task AssertAccessibleAsync(this IPage page, string what)
    {
        var options = new AxeRunOptions { Rules = new Dictionary<string, RuleOptions> { ["target-size"] = new() { Enabled = true } } }; // WCAG 2.2's, off by default
#pragma warning disable CS0618 // RunAxeLegacy: see the remarks
        var result = page.Frames.Count == 1 ? await page.RunAxeLegacy(options: options) : await page.RunAxe(options: options);
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

    /// <summary>
    /// Tabs through <paramref name="stops"/> focus stops, as a keyboard user does, from the page's first or from the
    /// first element <paramref name="from"/> names, and each one shows its focus: between unfocused and focused, as many
    /// pixels as a 2px line around it change by a contrast of 3:1 or more (WCAG 2.4.13's measure of a focus indicator).
    /// A <c>.btn-check</c> radio shows it on its label.
    /// </summary>
    public static async Task AssertEveryFocusShowsAsync(this IPage page, string what, int stops, string? from = null)
    {
        await page.EmulateMediaAsync(new() { ReducedMotion = ReducedMotion.Reduce }); // Bootstrap's smooth scrolling would still be on its way
        await page.Keyboard.PressAsync("Tab"); // from a key on, focus moved by script shows too (:focus-visible)
        if (from is not null) await page.Locator(from).First.FocusAsync();
        var faint = new List<string>();
        for (var stop = 0; stop < stops; stop++)
        {
            if (stop > 0) await page.Keyboard.PressAsync("Tab");
            var shown = await page.EvaluateAsync<FocusStop?>("""
                () => {
                    const focused = document.activeElement;
                    if (!focused || focused === document.body) return null;
                    const shows = focused.matches('.btn-check') ? focused.nextElementSibling : focused;
                    shows.scrollIntoView({ block: 'center', inline: 'nearest' });
                    const r = shows.getBoundingClientRect();
                    const name = (focused.getAttribute('aria-label') || focused.textContent || focused.name || focused.id || '').trim().replace(/\s+/g, ' ');
                    return { name: `${focused.tagName.toLowerCase()}.${focused.className} "${name.slice(0, 40)}"`,
                             x: r.x, y: r.y, width: r.width, height: r.height };
                }
                """);
            if (shown is null) break;
            if (shown.Width >= 1 && shown.Height >= 1 && await FaintAsync(page, shown, $"focus-{stop:00}") is { } why) faint.Add($"{shown.Name}: {why}");
        }
        Assert.That(faint, Is.Empty, $"{what}: focus too faint to see at " + string.Join("; ", faint));
    }

    /// <summary>Why the focused element's focus does not show enough, or null when it does.</summary>
    private static async Task<string?> FaintAsync(IPage page, FocusStop shown, string look)
    {
        var clip = Around(page, shown, 8);
        if (clip.Width < 1 || clip.Height < 1) return "out of sight";
        var focused = await page.ScreenshotAsync(new() { Clip = clip, Animations = ScreenshotAnimations.Disabled });
        await page.EvaluateAsync("() => { window.focusStop = document.activeElement; focusStop.blur(); }");
        var plain = await page.ScreenshotAsync(new() { Clip = clip, Animations = ScreenshotAnimations.Disabled });
        await page.EvaluateAsync("() => focusStop.focus({ preventScroll: true })");
        await page.LookAsync(look, focused);
        await page.LookAsync(look + "-without", plain);
        using var before = SKBitmap.Decode(plain);
        using var after = SKBitmap.Decode(focused);
        var changed = StrongChanges(before, after);
        var needed = (int)(4 * (shown.Width + shown.Height));
        return changed < needed ? $"{changed} px changed by 3:1, {needed} needed" : null;
    }

    private sealed class FocusStop
    {
        public string Name { get; set; } = "";
        public float X { get; set; }
        public float Y { get; set; }
        public float Width { get; set; }
        public float Height { get; set; }
    }

    /// <summary>The box with <paramref name="margin"/> around it, inside the window.</summary>
    private static Clip Around(IPage page, FocusStop box, float margin)
    {
        var (width, height) = (page.ViewportSize!.Width, page.ViewportSize.Height);
        var left = Math.Max(0, box.X - margin);
        var top = Math.Max(0, box.Y - margin);
        var right = Math.Min(width, box.X + box.Width + margin);
        var bottom = Math.Min(height, box.Y + box.Height + margin);
        return new Clip { X = left, Y = top, Width = right - left, Height = bottom - top };
    }

    /// <summary>How many pixels differ by a contrast of 3:1 or more between two pictures of the same place.</summary>
    public static int StrongChanges(SKBitmap before, SKBitmap after)
    {
        var count = 0;
        for (var y = 0; y < Math.Min(before.Height, after.Height); y++)
            for (var x = 0; x < Math.Min(before.Width, after.Width); x++)
                if (Contrast(before.GetPixel(x, y), after.GetPixel(x, y)) >= 3) count++;
        return count;
    }

    /// <summary>The colour most of the element's pixels have as drawn: its face, around its text.</summary>
    public static async Task<SKColor> FaceColourAsync(this ILocator element)
    {
        using var shot = SKBitmap.Decode(await element.ScreenshotAsync(new() { Animations = ScreenshotAnimations.Disabled }));
        return shot.Pixels.GroupBy(p => p).MaxBy(g => g.Count())!.Key;
    }

    /// <summary>WCAG's contrast ratio, 1 to 21.</summary>
    public static double Contrast(SKColor a, SKColor b)
    {
        var (la, lb) = (Luminance(a), Luminance(b));
        return (Math.Max(la, lb) + 0.05) / (Math.Min(la, lb) + 0.05);
    }

    private static double Luminance(SKColor c) => 0.2126 * Linear(c.Red) + 0.7152 * Linear(c.Green) + 0.0722 * Linear(c.Blue);

    private static double Linear(byte channel)
    {
        var v = channel / 255.0;
        return v <= 0.04045 ? v / 12.92 : Math.Pow((v + 0.055) / 1.055, 2.4);
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
