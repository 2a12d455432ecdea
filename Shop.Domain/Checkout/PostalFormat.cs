using System.Text.RegularExpressions;

namespace Shop.Domain.Checkout;

/// <summary>
/// How a country writes the town, region and postal code of an address: "Springfield IL 62701" in the US, Canada and
/// Australia; the postcode on a line of its own in the UK and Ireland; "10115 Berlin" nearly everywhere else. And what
/// a postal code looks like in the countries the shop knows it for, so a mistyped one is caught before the parcel goes.
/// </summary>
public static class PostalFormat
{
    private static readonly Dictionary<string, (Regex Pattern, string Example)> Codes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["US"] = (Code(@"\d{5}(-\d{4})?"), "62701"),
        ["CA"] = (Code(@"[A-Z]\d[A-Z] ?\d[A-Z]\d"), "K1A 0B1"),
        ["GB"] = (Code(@"[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}"), "SW1A 1AA"),
        ["DE"] = (Code(@"\d{5}"), "10115"), ["FR"] = (Code(@"\d{5}"), "75001"), ["IT"] = (Code(@"\d{5}"), "00184"),
        ["ES"] = (Code(@"\d{5}"), "28001"), ["FI"] = (Code(@"\d{5}"), "00100"), ["EE"] = (Code(@"\d{5}"), "10111"),
        ["HR"] = (Code(@"\d{5}"), "10000"), ["AT"] = (Code(@"\d{4}"), "1010"), ["BE"] = (Code(@"\d{4}"), "1000"),
        ["CH"] = (Code(@"\d{4}"), "8001"), ["DK"] = (Code(@"\d{4}"), "1050"), ["NO"] = (Code(@"\d{4}"), "0150"),
        ["HU"] = (Code(@"\d{4}"), "1011"), ["SI"] = (Code(@"\d{4}"), "1000"), ["BG"] = (Code(@"\d{4}"), "1000"),
        ["AU"] = (Code(@"\d{4}"), "2000"), ["NZ"] = (Code(@"\d{4}"), "6011"),
        ["NL"] = (Code(@"\d{4} ?[A-Z]{2}"), "1012 AB"), ["SE"] = (Code(@"\d{3} ?\d{2}"), "114 55"),
        ["CZ"] = (Code(@"\d{3} ?\d{2}"), "110 00"), ["SK"] = (Code(@"\d{3} ?\d{2}"), "811 01"), ["GR"] = (Code(@"\d{3} ?\d{2}"), "105 57"),
        ["PL"] = (Code(@"\d{2}-\d{3}"), "00-950"), ["PT"] = (Code(@"\d{4}-\d{3}"), "1000-001"),
        ["JP"] = (Code(@"\d{3}-?\d{4}"), "100-0001"), ["BR"] = (Code(@"\d{5}-?\d{3}"), "01310-100"),
        ["IN"] = (Code(@"\d{6}"), "110001"), ["CN"] = (Code(@"\d{6}"), "100000"),
    };

    private static Regex Code(string pattern) => new($"^(?:{pattern})$", RegexOptions.CultureInvariant);

    /// <summary>
    /// Whether <paramref name="postalCode"/> looks like one of <paramref name="countryCode"/>'s (in any case, spaces
    /// around it ignored). True for an empty code and for a country whose format the shop does not know.
    /// </summary>
    public static bool Fits(string? countryCode, string? postalCode) =>
        string.IsNullOrWhiteSpace(postalCode) || !Codes.TryGetValue((countryCode ?? "").Trim(), out var code)
        || code.Pattern.IsMatch(postalCode.Trim().ToUpperInvariant());

    /// <summary>A postal code of the country, to show the shopper the format ("10115"); null when the shop does not know it.</summary>
    public static string? Example(string? countryCode) => Codes.TryGetValue((countryCode ?? "").Trim(), out var code) ? code.Example : null;

    public static IReadOnlyList<string> Locality(string countryCode, string city, string? region, string? postalCode) =>
        (countryCode ?? "").Trim().ToUpperInvariant() switch
        {
            "US" or "CA" or "AU" => Lines(Join(city, region, postalCode)),
            "GB" or "IE" => Lines(Join(city, region), postalCode),
            _ => Lines(Join(postalCode, city, region)),
        };

    private static string Join(params string?[] parts) => string.Join(' ', parts.Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => p!.Trim()));

    private static IReadOnlyList<string> Lines(params string?[] lines) => lines.Where(l => !string.IsNullOrWhiteSpace(l)).Select(l => l!).ToList();
}
