using System.Globalization;

namespace Shop.Domain.Search;

/// <summary>A price range shoppers can tick: from (inclusive) up to (exclusive; open at the top for the last band).</summary>
public sealed record PriceBand(decimal From, decimal? To)
{
    /// <summary>The bands offered: what most shops' price facets look like, in the shop's currency units.</summary>
    public static readonly IReadOnlyList<PriceBand> All =
        [new(0, 25), new(25, 50), new(50, 100), new(100, 250), new(250, 500), new(500, null)];

    /// <summary>How the band reads in a URL: "25-50", "500-".</summary>
    public string Key => $"{From.ToString(CultureInfo.InvariantCulture)}-{To?.ToString(CultureInfo.InvariantCulture)}";

    public bool Holds(decimal price) => price >= From && (To is not { } to || price < to);

    /// <summary>The band a URL names, or null for anything else.</summary>
    public static PriceBand? Parse(string? key) => All.FirstOrDefault(b => b.Key == key);
}
