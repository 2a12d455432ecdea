using System.Globalization;

namespace Shop.Web.Languages;

/// <summary>
/// Percentages on staff pages, as the page's language writes them. English
/// keeps the forms its staff pages always had ("+12.5%"). Days and moments: <see cref="ShopText.StaffDay(DateOnly)"/>, <see cref="ShopText.StaffStamp"/>.
/// </summary>
public static class StaffFormats
{
    private static bool English => CultureInfo.CurrentCulture.TwoLetterISOLanguageName is "en" or "iv";

    /// <summary>A percentage: "12.5%" in English, "12,5 %" in German and French (never parted at a line end).</summary>
    public static string Percent(decimal percent, string format = "0.###") => English
        ? percent.ToString(format, CultureInfo.InvariantCulture) + "%"
        : percent.ToString(format, CultureInfo.CurrentCulture) + "\u00A0%";
}
