using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Shop.Domain;
using Shop.Domain.Catalog;
using Shop.Domain.Reviews;
using Shop.Web.Data;
using Shop.Web.Languages;
using Shop.Domain.Search;

namespace Shop.Web.Catalog;

/// <summary>Everything a shopper reads from the catalog: read-only, projected straight into view models.</summary>
public sealed class CatalogQuery(ShopDbContext db, IOptions<ShopOptions> options, CatalogCache cache, IProductSearch search)
{
    private readonly string _currency = options.Value.Currency;
    private readonly ReductionRule _reductions = options.Value.Reductions;

    private IQueryable<Product> Published => db.Products.AsNoTracking().Where(p => p.IsPublished);

    /// <summary>A product is in stock when any variant on sale is.</summary>
    private static readonly Expression<Func<Product, bool>> InStock = p => p.Variants.Any(v => v.IsPublished && v.StockOnHand > 0);

    /// <summary>
    /// A product whose card strikes a price (<see cref="ProductCard.Of"/>: its lowest price is its own, and
    /// <see cref="Reduction.Struck"/> with its variants' lowest prior price at it), as the sale shelf's query.
    /// </summary>
    private static Expression<Func<Product, bool>> StrikesAPrice(ReductionRule rule)
    {
        var typed = rule == ReductionRule.AsTyped;
        return p => p.CompareAtPrice > p.Price && !p.Variants.Any(v => v.IsPublished && v.Price < p.Price)
                    && (typed || p.Variants.Where(v => v.IsPublished && v.Price == null).Min(v => v.LowestPriorPrice) > p.Price);
    }

    public Task<IReadOnlyList<CategoryLink>> CategoriesAsync(CancellationToken ct) =>
        cache.GetOrAddAsync<IReadOnlyList<CategoryLink>>("catalog:categories", async () => await db.Categories.AsNoTracking()
            .OrderBy(c => c.SortOrder).ThenBy(c => c.Name)
            .Select(c => new CategoryLink(c.Name, c.Slug, db.Products.Count(p => p.CategoryId == c.Id && p.IsPublished)))
            .ToListAsync(ct));

    public async Task<HomePage> HomeAsync(CancellationToken ct)
    {
        var newest = await Cards(Published.Where(InStock).OrderByDescending(p => p.CreatedAt).Take(8), ct);
        var onSale = await Cards(Published.Where(StrikesAPrice(_reductions)).Where(InStock).OrderByDescending(p => p.CreatedAt).Take(4), ct);
        return new HomePage(newest, onSale, await CategoriesAsync(ct));
    }

    /// <summary>
    /// A category's products (words and facets applied), or null when no such category exists. <paramref name="language"/>:
    /// the shopper's, when not the shop's own (<see cref="SearchQuery.Language"/>).
    /// </summary>
    public async Task<ProductListPage?> CategoryAsync(string slug, ProductFilter filter, string? language, CancellationToken ct)
    {
        if (!Slug.IsValid(slug)) return null;
        var category = await cache.GetOrAddAsync($"catalog:category:{slug}", () => db.Categories.AsNoTracking()
            .Where(c => c.Slug == slug).Select(c => new CategoryHeading(c.Name, c.Slug, c.Description)).FirstOrDefaultAsync(ct));
        return category is null ? null : await ListAsync(category.Name, category.Slug, category.Description, filter, language, ct);
    }

    public Task<ProductListPage> SearchAsync(ProductFilter filter, string? language, CancellationToken ct)
    {
        var q = filter.Normalized().Q;
        return ListAsync(q is null ? ShopText.Translate("All products") : ShopText.Translate("Results for “{0}”", q), null, null, filter, language, ct);
    }

    /// <summary>What to offer under the search box while a shopper types.</summary>
    public Task<SearchSuggestions> SuggestAsync(string? q, string? language, CancellationToken ct) => search.SuggestAsync(q, language, ct);

    /// <summary>A published product by slug, with its variants on sale, or null. Cached until the catalog changes.</summary>
    /// <summary>Where a product's old address leads now (its slug now), or null.</summary>
    public Task<string?> ProductMovedAsync(string slug, CancellationToken ct) => RetiredSlugs.ProductNowAsync(db, slug, ct);

    /// <summary>Where a category's old address leads now (its slug now), or null.</summary>
    public Task<string?> CategoryMovedAsync(string slug, CancellationToken ct) => RetiredSlugs.CategoryNowAsync(db, slug, ct);

    public Task<ProductPage?> ProductAsync(string slug, CancellationToken ct) =>
        cache.GetOrAddAsync($"catalog:product:{slug}", () => LoadProductAsync(slug, ct));

    private async Task<ProductPage?> LoadProductAsync(string slug, CancellationToken ct)
    {
        var p = await Published.Where(x => x.Slug == slug)
            .Select(x => new
            {
                x.Id, x.Name, x.Slug, x.Description, x.Price, x.CompareAtPrice, x.CategoryId, x.IsDigital, x.ContentAmount, x.ContentUnit, x.Brand,
                CategoryName = x.Category!.Name, CategorySlug = x.Category.Slug,
                Options = x.Options.OrderBy(o => o.Position).Select(o => new { o.Name, o.Values }).ToList(),
                Variants = x.Variants.Where(v => v.IsPublished).OrderBy(v => v.Position)
                    .Select(v => new { v.Id, v.Sku, v.Option1, v.Option2, v.Option3, v.Price, v.CompareAtPrice, v.LowestPriorPrice, v.StockOnHand, v.ImagePath,
                        v.ContentAmount, v.ContentUnit, v.Gtin }).ToList(),
                Images = x.Images.OrderBy(i => i.Position).Select(i => new GalleryImage(i.Path, i.AltText)).ToList(),
                Reviews = db.Set<ProductReview>().Count(r => r.ProductId == x.Id && r.Status == ReviewStatus.Approved),
                Stars = db.Set<ProductReview>().Where(r => r.ProductId == x.Id && r.Status == ReviewStatus.Approved).Sum(r => (int?)r.Stars) ?? 0,
            })
            .AsSplitQuery()
            .FirstOrDefaultAsync(ct);
        if (p is null || p.Variants.Count == 0) return null;

        var variants = p.Variants.Select(v =>
        {
            var price = v.Price ?? p.Price;
            var was = ProductVariant.WasPrice(v.Price, v.CompareAtPrice, p.CompareAtPrice);
            return new VariantView(v.Id, v.Sku, ProductVariant.ValuesOf(v.Option1, v.Option2, v.Option3), ProductVariant.TitleOf(v.Option1, v.Option2, v.Option3),
                Price(price), ProductCard.WasPrice(_reductions, new(price, was, v.LowestPriorPrice), _currency), StockState.Of(v.StockOnHand), v.ImagePath,
                UnitPrice.Of(Price(price), Product.ContentOf(v.ContentAmount, v.ContentUnit, p.ContentAmount, p.ContentUnit)), v.Gtin);
        }).ToList();
        var related = await Cards(Published.Where(x => x.CategoryId == p.CategoryId && x.Slug != p.Slug)
            .OrderByDescending(InStock).ThenBy(x => x.Name).Take(4), ct);
        var rating = new Rating(p.Reviews, p.Stars);
        return new ProductPage(p.Id, p.Name, p.Slug, p.Description, p.Options.Select(o => new OptionView(o.Name, o.Values)).ToList(),
            variants, p.Images, new CategoryLink(p.CategoryName, p.CategorySlug, 0), related)
        {
            Rating = rating,
            IsDigital = p.IsDigital,
            Brand = p.Brand,
            Reviews = rating.IsEmpty ? [] : await ProductRatings.ShownAsync(db, p.Id, ct),
        };
    }

    private async Task<ProductListPage> ListAsync(string title, string? categorySlug, string? description, ProductFilter requested, string? language,
        CancellationToken ct)
    {
        var filter = requested.Normalized();
        var found = await search.SearchAsync(new SearchQuery(filter.Q, categorySlug, filter.Facets(), filter.SortOrder, filter.Page, ProductFilter.PageSize, language), ct);
        filter.Page = found.Result.Page;
        var popular = found.Result.Total == 0 ? (await CategoriesAsync(ct)).OrderByDescending(c => c.ProductCount).Take(4).ToList() : [];
        return new ProductListPage(title, categorySlug, description, filter, found.Cards, found.Result.Total)
        {
            Facets = found.Result.Facets,
            DidYouMean = found.Result.DidYouMean,
            SomeWordsOnly = found.Result.SomeWordsOnly,
            Popular = popular,
        };
    }

    private async Task<List<ProductCard>> Cards(IQueryable<Product> products, CancellationToken ct)
    {
        var rows = await products
            .Select(p => new
            {
                p.Id, p.Name, p.Slug, p.Price, p.CompareAtPrice, p.ImagePath, CategoryName = p.Category!.Name, CategorySlug = p.Category.Slug,
                Low = p.Variants.Where(v => v.IsPublished).Min(v => (decimal?)(v.Price ?? p.Price)),
                High = p.Variants.Where(v => v.IsPublished).Max(v => (decimal?)(v.Price ?? p.Price)),
                LowestPrior = p.Variants.Where(v => v.IsPublished && v.Price == null).Min(v => v.LowestPriorPrice),
                OnHand = p.Variants.Where(v => v.IsPublished).Sum(v => v.StockOnHand),
                p.ContentAmount, p.ContentUnit,
                // Each variant's price and content, for the unit price at the card's price: joined in, not a query more.
                Measures = p.Variants.Where(v => v.IsPublished).OrderBy(v => v.Position).Select(v => new { v.Price, v.ContentAmount, v.ContentUnit }).ToList(),
                Reviews = db.Set<ProductReview>().Count(r => r.ProductId == p.Id && r.Status == ReviewStatus.Approved),
                Stars = db.Set<ProductReview>().Where(r => r.ProductId == p.Id && r.Status == ReviewStatus.Approved).Sum(r => (int?)r.Stars) ?? 0,
            })
            .AsSingleQuery()
            .ToListAsync(ct);
        return rows.Select(r => ProductCard.Of(r.Name, r.Slug, new(r.Price, r.CompareAtPrice, r.LowestPrior), r.Low ?? r.Price, r.High ?? r.Price, r.OnHand,
            r.ImagePath, r.CategoryName, _currency, _reductions) with
        {
            ProductId = r.Id, CategorySlug = r.CategorySlug, Rating = new Rating(r.Reviews, r.Stars),
            UnitPrice = UnitPrice.AtLowest(r.Measures.Select(v => (v.Price ?? r.Price,
                Product.ContentOf(v.ContentAmount, v.ContentUnit, r.ContentAmount, r.ContentUnit))), _currency),
        }).ToList();
    }

    private Money Price(decimal amount) => new(amount, _currency);

    private sealed record CategoryHeading(string Name, string Slug, string? Description);
}
