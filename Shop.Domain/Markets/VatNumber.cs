using System.Text.RegularExpressions;

namespace Shop.Domain.Markets;

/// <summary>
/// EU VAT identification numbers, checked by format only (no call to VIES): the country prefix and the shape of
/// the digits each member state uses.
/// </summary>
public static class VatNumber
{
    /// <summary>Prefix → pattern of the rest. Greece's prefix is EL, not its ISO code GR.</summary>
    private static readonly Dictionary<string, Regex> Formats = new()
    {
        ["AT"] = Rx("U[0-9]{8}"), ["BE"] = Rx("[01][0-9]{9}"), ["BG"] = Rx("[0-9]{9,10}"), ["CY"] = Rx("[0-9]{8}[A-Z]"),
        ["CZ"] = Rx("[0-9]{8,10}"), ["DE"] = Rx("[0-9]{9}"), ["DK"] = Rx("[0-9]{8}"), ["EE"] = Rx("[0-9]{9}"),
        ["EL"] = Rx("[0-9]{9}"), ["ES"] = Rx("[0-9A-Z][0-9]{7}[0-9A-Z]"), ["FI"] = Rx("[0-9]{8}"), ["FR"] = Rx("[0-9A-Z]{2}[0-9]{9}"),
        ["HR"] = Rx("[0-9]{11}"), ["HU"] = Rx("[0-9]{8}"), ["IE"] = Rx("[0-9][0-9A-Z+*][0-9]{5}[A-Z]{1,2}"), ["IT"] = Rx("[0-9]{11}"),
        ["LT"] = Rx("[0-9]{9}|[0-9]{12}"), ["LU"] = Rx("[0-9]{8}"), ["LV"] = Rx("[0-9]{11}"), ["MT"] = Rx("[0-9]{8}"),
        ["NL"] = Rx("[0-9]{9}B[0-9]{2}"), ["PL"] = Rx("[0-9]{10}"), ["PT"] = Rx("[0-9]{9}"), ["RO"] = Rx("[0-9]{2,10}"),
        ["SE"] = Rx("[0-9]{10}01"), ["SI"] = Rx("[0-9]{8}"), ["SK"] = Rx("[0-9]{10}"),
    };

    /// <summary>The EU member states by ISO code.</summary>
    public static IReadOnlyCollection<string> EuCountries { get; } =
        Formats.Keys.Select(p => p == "EL" ? "GR" : p).ToHashSet();

    public static bool IsEu(string countryCode) => EuCountries.Contains(countryCode.Trim().ToUpperInvariant());

    /// <summary>Upper case without spaces, dots and dashes: "de 123.456.789" → "DE123456789".</summary>
    public static string Normalize(string? number) =>
        new((number ?? "").Where(c => !char.IsWhiteSpace(c) && c is not ('.' or '-')).Select(char.ToUpperInvariant).ToArray());

    /// <summary>The ISO country of a number that looks valid; null otherwise.</summary>
    public static string? CountryOf(string? number)
    {
        var n = Normalize(number);
        if (n.Length < 4 || !Formats.TryGetValue(n[..2], out var format) || !format.IsMatch(n[2..])) return null;
        return n[..2] == "EL" ? "GR" : n[..2];
    }

    public static bool LooksValid(string? number) => CountryOf(number) is not null;

    private static Regex Rx(string pattern) => new($"^(?:{pattern})$", RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(100));
}
