using Shop.Domain.Search;

namespace Shop.Web.Catalog;

/// <summary>
/// The one door to search: list pages and suggestions ask it. <see cref="IndexedSearch"/> answers from memory on every
/// database; a search service could answer instead by implementing this.
/// </summary>
public interface IProductSearch
{
    /// <summary>One page of products (as cards) for words, a category and facets, with the facets' counts.</summary>
    Task<ProductSearchResult> SearchAsync(SearchQuery query, CancellationToken ct);

    /// <summary>What to offer under the search box while a shopper types (in <paramref name="language"/>, when not the shop's own).</summary>
    Task<SearchSuggestions> SuggestAsync(string? text, string? language, CancellationToken ct);
}

public sealed record ProductSearchResult(SearchResult Result, IReadOnlyList<ProductCard> Cards);

public sealed record SearchSuggestions(IReadOnlyList<ProductCard> Products, IReadOnlyList<CategoryLink> Categories);
