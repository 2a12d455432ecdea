namespace Shop.Domain.Search;

/// <summary>How a list is ordered. <see cref="Relevance"/> is a search's default; lists without words sort by name.</summary>
public enum ProductSort { Name, PriceLow, PriceHigh, Newest, Relevance }
