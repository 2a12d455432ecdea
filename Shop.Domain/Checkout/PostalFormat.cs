namespace Shop.Domain.Checkout;

/// <summary>
/// How a country writes the town, region and postal code of an address: "Springfield IL 62701" in the US, Canada and
/// Australia; the postcode on a line of its own in the UK and Ireland; "10115 Berlin" nearly everywhere else.
/// </summary>
public static class PostalFormat
{
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
