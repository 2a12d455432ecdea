using System.Globalization;
using Microsoft.AspNetCore.Http;
using Shop.Domain.Search;

namespace Shop.Web.Catalog;

/// <summary>
/// What a shopper asked the list for, from the query string: words, ticked facets (category, price band, in stock, and
/// each option by its name, as in <c>?size=M&amp;colour=Navy&amp;colour=Red</c>), a price range, order and page. Anything
/// out of range or junk is clamped or dropped here, so a hand-edited URL shows a sensible page instead of an error.
/// </summary>
public sealed class ProductFilter
{
    public const int PageSize = 24;
    public const int MaxPage = 10_000;
    public const int MaxQueryLength = 100;
    public const decimal PriceCeiling = 1_000_000m;
    private const int MaxOptions = 5, MaxValues = 20, MaxValueLength = 60;

    /// <summary>Query keys that are not options.</summary>
    private static readonly HashSet<string> Reserved = new(StringComparer.OrdinalIgnoreCase)
        { "q", "minPrice", "maxPrice", "inStock", "sort", "page", "category", "price" };

    public string? Q { get; set; }
    public decimal? MinPrice { get; set; }
    public decimal? MaxPrice { get; set; }
    public bool InStock { get; set; }
    public string? Sort { get; set; }
    public int Page { get; set; } = 1;
    public string[] Category { get; set; } = [];
    public string[] Price { get; set; } = [];

    /// <summary>Ticked option values by option name (lower case), read by <see cref="WithOptions"/>.</summary>
    public IReadOnlyDictionary<string, string[]> Options { get; private set; } = new Dictionary<string, string[]>();

    /// <summary>A search's default order is relevance; a list without words is sorted by name.</summary>
    public ProductSort SortOrder =>
        Enum.TryParse<ProductSort>(Sort, ignoreCase: true, out var s) && Enum.IsDefined(s) && !int.TryParse(Sort, out _)
        && (s != ProductSort.Relevance || Q is not null) ? s : DefaultSort;

    private ProductSort DefaultSort => Q is null ? ProductSort.Name : ProductSort.Relevance;

    /// <summary>Reads the option facets from the rest of the query string (names no product has are ignored later).</summary>
    public ProductFilter WithOptions(IQueryCollection query)
    {
        Options = query.Where(kv => !Reserved.Contains(kv.Key) && kv.Key.Length <= MaxValueLength)
            .Take(MaxOptions)
            .ToDictionary(kv => kv.Key.ToLowerInvariant(), kv => Values(kv.Value.ToArray()), StringComparer.Ordinal);
        return this;
    }

    /// <summary>Returns a copy with every value in range: a trimmed query, non-negative ordered prices, a real page.</summary>
    public ProductFilter Normalized()
    {
        var q = (Q ?? "").Trim();
        if (q.Length > MaxQueryLength) q = q[..MaxQueryLength];
        var min = Clamp(MinPrice);
        var max = Clamp(MaxPrice);
        if (min is { } a && max is { } b && a > b) (min, max) = (max, min);
        var copy = new ProductFilter
        {
            Q = q.Length == 0 ? null : q,
            MinPrice = min,
            MaxPrice = max,
            InStock = InStock,
            Page = Math.Clamp(Page, 1, MaxPage),
            Category = Values(Category).Where(Domain.Catalog.Slug.IsValid).ToArray(),
            Price = Values(Price).Where(p => PriceBand.Parse(p) is not null).ToArray(),
            Options = Options.Where(o => o.Value.Length > 0).ToDictionary(o => o.Key, o => Values(o.Value)),
        };
        copy.Sort = SortOrder == copy.DefaultSort ? null : SortOrder.ToString().ToLowerInvariant();
        return copy;
    }

    /// <summary>Whether anything narrows the list beyond its words and category.</summary>
    public bool IsNarrowed => MinPrice is not null || MaxPrice is not null || InStock || Category.Length > 0 || Price.Length > 0 || Options.Count > 0;

    /// <summary>The ticked facets as search reads them.</summary>
    public FacetChoice Facets() => new()
    {
        Categories = Category.ToHashSet(StringComparer.Ordinal),
        PriceBands = Price.Select(PriceBand.Parse).OfType<PriceBand>().ToHashSet(),
        MinPrice = MinPrice,
        MaxPrice = MaxPrice,
        InStock = InStock,
        Options = Options.ToDictionary(o => o.Key, o => (IReadOnlySet<string>)o.Value.ToHashSet(StringComparer.OrdinalIgnoreCase)),
    };

    /// <summary>Query-string values for links that keep the current filters (pager, sort), in a stable order.</summary>
    public IEnumerable<KeyValuePair<string, string?>> RouteValues(int? page = null, string? sort = null)
    {
        yield return new("q", Q);
        foreach (var c in Category) yield return new("category", c);
        foreach (var p in Price) yield return new("price", p);
        foreach (var (name, values) in Options.OrderBy(o => o.Key, StringComparer.Ordinal))
            foreach (var v in values) yield return new(name, v);
        yield return new("minPrice", MinPrice?.ToString(CultureInfo.InvariantCulture));
        yield return new("maxPrice", MaxPrice?.ToString(CultureInfo.InvariantCulture));
        yield return new("inStock", InStock ? "true" : null);
        yield return new("sort", sort ?? Sort);
        yield return new("page", (page ?? Page) is var p2 && p2 > 1 ? p2.ToString(CultureInfo.InvariantCulture) : null);
    }

    private static string[] Values(string?[] values) =>
        values.Select(v => (v ?? "").Trim()).Where(v => v.Length is > 0 and <= MaxValueLength)
            .Distinct(StringComparer.OrdinalIgnoreCase).Take(MaxValues).ToArray();

    private static decimal? Clamp(decimal? price) => price is { } p && p >= 0 ? Math.Min(p, PriceCeiling) : null;
}
