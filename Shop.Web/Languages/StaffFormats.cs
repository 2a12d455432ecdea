using System.Globalization;
using System.Text.RegularExpressions;

namespace Shop.Web.Languages;

/// <summary>
/// Times, days, percentages and the domain's sentences on staff pages, as the page's language writes them. English
/// keeps the forms its staff pages always had ("2026-12-06 03:42", "+12.5%").
/// </summary>
public static class StaffFormats
{
    private static bool English => CultureInfo.CurrentCulture.TwoLetterISOLanguageName is "en" or "iv";

    /// <summary>A moment in the shop's time: "2026-12-06 03:42" in English, else <see cref="ShopText.DayAndTime"/> ("6. Dez. 2026 03:42").</summary>
    public static string Stamp(DateTimeOffset at) => English ? ShopTime.Stamp(at) : ShopText.DayAndTime(at);

    /// <summary>A shop's day as <see cref="ShopText.Day"/> writes it: "6 Dec 2026", "6. Dez. 2026", "6 déc. 2026".</summary>
    public static string Day(DateOnly day) => ShopText.Day(ShopTime.StartOf(day));

    /// <summary>A percentage: "12.5%" in English, "12,5 %" in German and French (never parted at a line end).</summary>
    public static string Percent(decimal percent, string format = "0.###") => English
        ? percent.ToString(format, CultureInfo.InvariantCulture) + "%"
        : percent.ToString(format, CultureInfo.CurrentCulture) + "\u00A0%";

    /// <summary>
    /// A sentence the domain wrote in English, translated: when it is one of <paramref name="templates"/> (the domain's
    /// sentences with their values as {0}, {1}…) with its values put back; else looked up as it is.
    /// </summary>
    public static string Sentence(string message, params string[] templates)
    {
        foreach (var template in templates)
            if (Pattern(template).Match(message) is { Success: true } m)
                return ShopText.Translate(template, [.. Enumerable.Range(0, 10).TakeWhile(i => m.Groups[$"v{i}"].Success).Select(i => (object)m.Groups[$"v{i}"].Value)]);
        return ShopText.Translate(message);
    }

    // "'{0}' is not a band" reads "'(?<v0>.+?)' is not a band"; a value named twice must be the same both times.
    private static Regex Pattern(string template)
    {
        var seen = new HashSet<string>();
        var pattern = Regex.Replace(Regex.Escape(template), @"\\\{(\d)}", m => seen.Add(m.Groups[1].Value) ? $"(?<v{m.Groups[1].Value}>.+?)" : $@"\k<v{m.Groups[1].Value}>");
        return new Regex("^" + pattern + "$", RegexOptions.Singleline | RegexOptions.CultureInvariant);
    }
}
