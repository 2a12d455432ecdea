namespace Shop.Domain.Search;

/// <summary>
/// What a list asks of the index: words (or none), the page's category (or all), ticked facets, order and page; and the
/// shopper's language when it is not the shop's own ("de"), whose names sort the list and whose words rank as the shop's.
/// </summary>
public sealed record SearchQuery(string? Text, string? CategorySlug, FacetChoice Facets, ProductSort Sort, int Page, int PageSize, string? Language = null);

/// <summary>
/// One page of products (the page asked for, or the last one), how many matched, the facets with their counts, and — when words matched only once corrected —
/// the corrected words (<see cref="DidYouMean"/>). <see cref="SomeWordsOnly"/>: no product had every word, so these have some.
/// </summary>
public sealed record SearchResult(IReadOnlyList<IndexedProduct> Products, int Total, int Page, IReadOnlyList<Facet> Facets, string? DidYouMean, bool SomeWordsOnly);

/// <summary>A facet ("category", "price", "instock", or an option's name in lower case) and its values with counts.</summary>
public sealed record Facet(string Key, string Name, IReadOnlyList<FacetValue> Values)
{
    /// <summary>The key of the category facet, whose values are the categories' slugs.</summary>
    public const string Category = "category";
    public const string Price = "price", InStock = "instock";

    /// <summary>One of the products' options ("colour"): its name and values are option words, which staff translate.</summary>
    public bool IsOption => Key is not (Category or Price or InStock);
}

/// <summary>A value as the URL carries it, how it reads, how many products it would show, and whether it is ticked.</summary>
public sealed record FacetValue(string Value, string Label, int Count, bool Selected);
