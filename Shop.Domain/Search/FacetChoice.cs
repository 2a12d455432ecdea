namespace Shop.Domain.Search;

/// <summary>
/// What a shopper ticked: values of one facet OR together (Red or Blue), facets AND together (Red, in size M, in stock).
/// Option names and values are compared ignoring case; names no product has are ignored.
/// </summary>
public sealed record FacetChoice
{
    public IReadOnlySet<string> Categories { get; init; } = new HashSet<string>();
    public IReadOnlySet<PriceBand> PriceBands { get; init; } = new HashSet<PriceBand>();
    public decimal? MinPrice { get; init; }
    public decimal? MaxPrice { get; init; }
    public bool InStock { get; init; }

    /// <summary>Option name (lower case) to the values ticked.</summary>
    public IReadOnlyDictionary<string, IReadOnlySet<string>> Options { get; init; } = new Dictionary<string, IReadOnlySet<string>>();

    public static readonly FacetChoice None = new();
}
