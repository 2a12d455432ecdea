namespace Shop.Web.Catalog;

public enum ProductSort { Name, PriceLow, PriceHigh, Newest }

/// <summary>
/// What a shopper asked the list for, from the query string. Anything out of range or junk is clamped or dropped
/// here, so a hand-edited URL shows a sensible page instead of an error.
/// </summary>
public sealed class ProductFilter
{
    public const int PageSize = 24;
    public const int MaxPage = 10_000;
    public const int MaxQueryLength = 100;
    public const decimal PriceCeiling = 1_000_000m;

    public string? Q { get; set; }
    public decimal? MinPrice { get; set; }
    public decimal? MaxPrice { get; set; }
    public bool InStock { get; set; }
    public string? Sort { get; set; }
    public int Page { get; set; } = 1;

    public ProductSort SortOrder => Enum.TryParse<ProductSort>(Sort, ignoreCase: true, out var s) && Enum.IsDefined(s) ? s : ProductSort.Name;

    /// <summary>Returns a copy with every value in range: a trimmed query, non-negative ordered prices, a real page.</summary>
    public ProductFilter Normalized()
    {
        var q = (Q ?? "").Trim();
        if (q.Length > MaxQueryLength) q = q[..MaxQueryLength];
        var min = Clamp(MinPrice);
        var max = Clamp(MaxPrice);
        if (min is { } a && max is { } b && a > b) (min, max) = (max, min);
        return new ProductFilter
        {
            Q = q.Length == 0 ? null : q,
            MinPrice = min,
            MaxPrice = max,
            InStock = InStock,
            Sort = SortOrder.ToString().ToLowerInvariant(),
            Page = Math.Clamp(Page, 1, MaxPage),
        };
    }

    /// <summary>The search words, at most five, each matched anywhere in name, SKU or description.</summary>
    public IReadOnlyList<string> Terms() =>
        (Q ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct().Take(5).ToList();

    /// <summary>Query-string values for links that keep the current filters (pager, sort).</summary>
    public Dictionary<string, string?> RouteValues(int? page = null, string? sort = null) => new()
    {
        ["q"] = Q,
        ["minPrice"] = MinPrice?.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["maxPrice"] = MaxPrice?.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["inStock"] = InStock ? "true" : null,
        ["sort"] = sort ?? (SortOrder == ProductSort.Name ? null : Sort),
        ["page"] = (page ?? Page) is var p && p > 1 ? p.ToString(System.Globalization.CultureInfo.InvariantCulture) : null,
    };

    private static decimal? Clamp(decimal? price) => price is { } p && p >= 0 ? Math.Min(p, PriceCeiling) : null;
}
