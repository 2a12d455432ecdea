namespace Shop.Domain.Markets;

/// <summary>
/// Where a tax or shipping zone applies: a set of countries ("DE, FR, NL"), or regions of one country
/// ("US" with "NY, NJ"). Regions match the address's region, upper case, by code or name as staff typed them.
/// </summary>
public sealed record ZoneArea
{
    public const int TextMax = 1000;

    public IReadOnlyList<string> Countries { get; }
    public IReadOnlyList<string> Regions { get; }

    private ZoneArea(IReadOnlyList<string> countries, IReadOnlyList<string> regions) => (Countries, Regions) = (countries, regions);

    /// <summary>From the admin's text: comma-separated country codes, and optional comma-separated regions.</summary>
    public static ZoneArea Parse(string? countries, string? regions)
    {
        var codes = Split(Guard.Text(countries, "Countries", TextMax));
        foreach (var code in codes)
            if (!Checkout.Countries.IsKnown(code)) throw new DomainException($"'{code}' is not a country code (two letters, e.g. DE).");
        var parts = Split(Guard.Text(regions, "Regions", TextMax, allowEmpty: true));
        if (parts.Count > 0 && codes.Count != 1) throw new DomainException("Regions belong to one country: list exactly one country with them.");
        // A listed state by name ("New York") is matched by its code, as addresses keep it.
        if (parts.Count > 0) parts = parts.Select(p => Checkout.Regions.CodeOf(codes[0], p) ?? p).Distinct().ToList();
        return new ZoneArea(codes, parts);
    }

    /// <summary>"DE, FR": how the area is stored and shown.</summary>
    public string CountriesText => string.Join(", ", Countries);
    public string RegionsText => string.Join(", ", Regions);

    public bool Contains(string countryCode, string? region) =>
        Countries.Contains(countryCode.Trim().ToUpperInvariant())
        && (Regions.Count == 0 || Regions.Contains((region ?? "").Trim().ToUpperInvariant()));

    /// <summary>A zone of regions is more specific than one of whole countries: the more specific one wins.</summary>
    public int Specificity => Regions.Count > 0 ? 2 : 1;

    /// <summary>
    /// Why <paramref name="zone"/> cannot join <paramref name="zones"/>: a place it covers is already in another at the
    /// same specificity (two whole-country zones for DE, or two zones for the region CA of the US), so neither would win
    /// there. Null when it fits; a zone of regions within a whole country's zone is fine (it wins in its regions).
    /// </summary>
    public static string? ClashIn(IZone zone, IEnumerable<IZone> zones)
    {
        var area = zone.Area;
        foreach (var next in zones.Where(z => z.Id != zone.Id))
        {
            var other = next.Area;
            if (other.Specificity != area.Specificity || area.Countries.Intersect(other.Countries).FirstOrDefault() is not { } country) continue;
            var place = area.Regions.Count == 0 ? country : area.Regions.Intersect(other.Regions).Select(r => $"{r} ({country})").FirstOrDefault();
            if (place is not null)
                return $"{place} is already in the zone {next.Name}: a place belongs to one zone (a zone of regions may sit within a whole country's).";
        }
        return null;
    }

    /// <summary>The most specific of the zones containing the place; null when none does (or no country is known).</summary>
    public static T? Match<T>(IEnumerable<T> zones, Func<T, ZoneArea> area, string? countryCode, string? region) where T : class =>
        string.IsNullOrWhiteSpace(countryCode) ? null
            : zones.Where(z => area(z).Contains(countryCode, region)).OrderByDescending(z => area(z).Specificity).FirstOrDefault();

    private static List<string> Split(string text) =>
        text.Split([',', ';', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(s => s.ToUpperInvariant()).Distinct().ToList();
}
