using Shop.Domain;
using Shop.Domain.Catalog;

namespace Shop.Web.Catalog;

public sealed record ProductCard(string Name, string Slug, Money Price, Money? CompareAtPrice, StockState Stock, string? ImagePath, string CategoryName);

public sealed record CategoryLink(string Name, string Slug, int ProductCount);

public sealed record HomePage(IReadOnlyList<ProductCard> Featured, IReadOnlyList<ProductCard> OnSale, IReadOnlyList<CategoryLink> Categories);

/// <summary>One page of a category or search listing.</summary>
public sealed record ProductListPage(
    string Title,
    string? CategorySlug,
    string? CategoryDescription,
    ProductFilter Filter,
    IReadOnlyList<ProductCard> Products,
    int TotalCount)
{
    public int PageCount => Math.Max(1, (TotalCount + ProductFilter.PageSize - 1) / ProductFilter.PageSize);
    public int FirstShown => TotalCount == 0 ? 0 : (Filter.Page - 1) * ProductFilter.PageSize + 1;
    public int LastShown => FirstShown == 0 ? 0 : FirstShown + Products.Count - 1;
    public bool IsSearch => CategorySlug is null;
}

public sealed record ProductPage(
    int Id,
    string Name,
    string Slug,
    string Sku,
    string Description,
    Money Price,
    Money? CompareAtPrice,
    StockState Stock,
    string? ImagePath,
    CategoryLink Category,
    IReadOnlyList<ProductCard> Related);
