using System.Text.RegularExpressions;

namespace Shop.Domain.Checkout;

/// <summary>
/// How a country writes the town, region and postal code of an address: "Springfield IL 62701" in the US, Canada and
/// Australia; the postcode on a line of its own in the UK and Ireland; "10115 Berlin" nearly everywhere else. And what
/// a postal code looks like in the countries the shop knows it for, so a mistyped one is caught before the parcel goes.
/// </summary>
public static class PostalFormat
{
    private static readonly Dictionary<string, (string Pattern, string Example)> Shapes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["US"] = (@"[0-9]{5}(-[0-9]{4})?", "62701"),
        ["CA"] = (@"[A-Z][0-9][A-Z] ?[0-9][A-Z][0-9]", "K1A 0B1"),
        ["GB"] = (@"[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}", "SW1A 1AA"),
        ["DE"] = (@"[0-9]{5}", "10115"), ["FR"] = (@"[0-9]{5}", "75001"), ["IT"] = (@"[0-9]{5}", "00184"),
        ["ES"] = (@"[0-9]{5}", "28001"), ["FI"] = (@"[0-9]{5}", "00100"), ["EE"] = (@"[0-9]{5}", "10111"),
        ["HR"] = (@"[0-9]{5}", "10000"), ["AT"] = (@"[0-9]{4}", "1010"), ["BE"] = (@"[0-9]{4}", "1000"),
        ["CH"] = (@"[0-9]{4}", "8001"), ["DK"] = (@"[0-9]{4}", "1050"), ["NO"] = (@"[0-9]{4}", "0150"),
        ["HU"] = (@"[0-9]{4}", "1011"), ["SI"] = (@"[0-9]{4}", "1000"), ["BG"] = (@"[0-9]{4}", "1000"),
        ["AU"] = (@"[0-9]{4}", "2000"), ["NZ"] = (@"[0-9]{4}", "6011"),
        ["NL"] = (@"[0-9]{4} ?[A-Z]{2}", "1012 AB"), ["SE"] = (@"[0-9]{3} ?[0-9]{2}", "114 55"),
        ["CZ"] = (@"[0-9]{3} ?[0-9]{2}", "110 00"), ["SK"] = (@"[0-9]{3} ?[0-9]{2}", "811 01"), ["GR"] = (@"[0-9]{3} ?[0-9]{2}", "105 57"),
        ["PL"] = (@"[0-9]{2}-[0-9]{3}", "00-950"), ["PT"] = (@"[0-9]{4}-[0-9]{3}", "1000-001"),
        ["JP"] = (@"[0-9]{3}-?[0-9]{4}", "100-0001"), ["BR"] = (@"[0-9]{5}-?[0-9]{3}", "01310-100"),
        ["IN"] = (@"[0-9]{6}", "110001"), ["CN"] = (@"[0-9]{6}", "100000"),
    };

    private static readonly Dictionary<string, Regex> Patterns =
        Shapes.ToDictionary(s => s.Key, s => new Regex(Anchored(s.Value.Pattern), RegexOptions.CultureInvariant), StringComparer.OrdinalIgnoreCase);

    private static string Anchored(string pattern) => $"^(?:{pattern})$";

    /// <summary>Each known country's postal code as a whole-text pattern (upper case, ASCII digits: the same in .NET and JavaScript) and an example.</summary>
    public static IEnumerable<(string Country, string Pattern, string Example)> Known =>
        Shapes.Select(s => (s.Key, Anchored(s.Value.Pattern), s.Value.Example));

    /// <summary>
    /// Whether <paramref name="postalCode"/> looks like one of <paramref name="countryCode"/>'s (in any case, spaces
    /// around it ignored, and within it where the country writes none: "75 001"). True for an empty code and for a
    /// country whose format the shop does not know.
    /// </summary>
    public static bool Fits(string? countryCode, string? postalCode) =>
        string.IsNullOrWhiteSpace(postalCode) || !Patterns.TryGetValue((countryCode ?? "").Trim(), out var pattern)
        || pattern.IsMatch(Written(countryCode, postalCode));

    /// <summary>
    /// The code as its country writes it, when it has the country's shape whatever its spaces: upper case, with the
    /// example's space ("sw1a1aa" is "SW1A 1AA", "1012ab" "1012 AB", "k1a0b1" "K1A 0B1") or without one ("75 001" is
    /// "75001"). Otherwise, and for countries the shop does not know, as typed: trimmed, upper case.
    /// </summary>
    public static string Written(string? countryCode, string postalCode)
    {
        var typed = postalCode.Trim().ToUpperInvariant();
        var country = (countryCode ?? "").Trim();
        var bare = typed.Replace(" ", "");
        if (!Shapes.TryGetValue(country, out var shape) || !Patterns[country].IsMatch(bare)) return typed;
        var space = shape.Example.IndexOf(' ');
        var usual = space < 0 ? bare : bare.Insert(bare.Length - (shape.Example.Length - space - 1), " ");
        return Patterns[country].IsMatch(usual) ? usual : bare;
    }

    /// <summary>A postal code of the country, to show the shopper the format ("10115"); null when the shop does not know it.</summary>
    public static string? Example(string? countryCode) => Shapes.TryGetValue((countryCode ?? "").Trim(), out var shape) ? shape.Example : null;

    /// <summary>
    /// The town line(s): "New York, NY 10001" (US, Canada), "Sydney NSW 2000" (Australia), "London" then "SW1A 1AA" (UK,
    /// Ireland), "10115 Berlin" elsewhere (most of Europe and beyond), a region after the town where one is kept.
    /// </summary>
    public static IReadOnlyList<string> Locality(string countryCode, string city, string? region, string? postalCode) =>
        (countryCode ?? "").Trim().ToUpperInvariant() switch
        {
            "US" or "CA" => Lines(string.IsNullOrWhiteSpace(region) && string.IsNullOrWhiteSpace(postalCode) ? city
                : Join(city.Trim() + ",", region, postalCode)),
            "AU" => Lines(Join(city, region, postalCode)),
            "GB" or "IE" => Lines(Join(city, region), postalCode),
            _ => Lines(Join(postalCode, city, region)),
        };

    private static string Join(params string?[] parts) => string.Join(' ', parts.Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => p!.Trim()));

    private static IReadOnlyList<string> Lines(params string?[] lines) => lines.Where(l => !string.IsNullOrWhiteSpace(l)).Select(l => l!).ToList();
}
