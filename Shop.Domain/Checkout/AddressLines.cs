namespace Shop.Domain.Checkout;

/// <summary>
/// How an address is written, as its country writes it: who it goes to (a business's name above the person's where the
/// country's post puts it there, as DIN 5008 does; below it elsewhere), the street, then the town, region and postal code
/// (<see cref="PostalFormat.Locality"/>). The country's name, in the reader's language, is the caller's last line.
/// </summary>
public static class AddressLines
{
    /// <summary>Countries whose post writes the company first and the person below ("Firma", then "z. Hd." the person).</summary>
    private static readonly HashSet<string> CompanyFirst = new(StringComparer.OrdinalIgnoreCase)
    {
        "DE", "AT", "CH", "LI", "LU", "FR", "MC", "BE", "NL", "DK", "SE", "NO", "FI", "IS",
    };

    public static IReadOnlyList<string> Of(string name, string? company, string line1, string? line2, string city, string? region,
        string? postalCode, string countryCode) =>
        [.. Addressee(name, company, countryCode), .. Below(line1, line2, city, region, postalCode, countryCode)];

    /// <summary>The company and the person, in the country's order; just the person for a private address.</summary>
    public static IReadOnlyList<string> Addressee(string name, string? company, string countryCode) =>
        NonEmpty(CompanyFirst.Contains((countryCode ?? "").Trim()) ? [company, name] : [name, company]);

    /// <summary>Below whom it goes to: the street lines and the town as the country writes it.</summary>
    public static IReadOnlyList<string> Below(string line1, string? line2, string city, string? region, string? postalCode, string countryCode) =>
        NonEmpty([line1, line2, .. PostalFormat.Locality(countryCode, city, region, postalCode)]);

    private static IReadOnlyList<string> NonEmpty(IEnumerable<string?> lines) =>
        lines.Where(l => !string.IsNullOrWhiteSpace(l)).Select(l => l!.Trim()).ToList();
}
