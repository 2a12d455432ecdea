using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Shop.Domain;
using Shop.Domain.Catalog;
using Shop.Web.Data;

namespace Shop.Web.Catalog;

/// <summary>Everything a shopper reads from the catalog: read-only, projected straight into view models.</summary>
public sealed class CatalogQuery(ShopDbContext db, IOptions<ShopOptions> options, CatalogCache cache)
{
    private readonly string _currency = options.Value.Currency;

    private IQueryable<Product> Published => db.Products.AsNoTracking().Where(p => p.IsPublished);

    public Task<IReadOnlyList<CategoryLink>> CategoriesAsync(CancellationToken ct) =>
        cache.GetOrAddAsync<IReadOnlyList<CategoryLink>>("catalog:categories", async () => await db.Categories.AsNoTracking()
            .OrderBy(c => c.SortOrder).ThenBy(c => c.Name)
            .Select(c => new CategoryLink(c.Name, c.Slug, db.Products.Count(p => p.CategoryId == c.Id && p.IsPublished)))
            .ToListAsync(ct));

    public async Task<HomePage> HomeAsync(CancellationToken ct)
    {
        var newest = await Cards(Published.Where(p => p.StockOnHand > 0).OrderByDescending(p => p.CreatedAt).Take(8), ct);
        var onSale = await Cards(Published.Where(p => p.CompareAtPrice != null && p.StockOnHand > 0)
            .OrderByDescending(p => p.CreatedAt).Take(4), ct);
        return new HomePage(newest, onSale, await CategoriesAsync(ct));
    }

    /// <summary>
    /// A category's products, or null when no such category exists. Plain browsing (sort, page, in-stock; no price
    /// range) is cached for everyone until the catalog changes: a bounded set of pages that signed-in shoppers and
    /// shoppers with a cart, who cannot use the output cache, read most.
    /// </summary>
    public Task<ProductListPage?> CategoryAsync(string slug, ProductFilter filter, CancellationToken ct)
    {
        var f = filter.Normalized();
        if (f.MinPrice is not null || f.MaxPrice is not null || f.Q is not null || !Slug.IsValid(slug) || f.Page > 20)
            return LoadCategoryAsync(slug, filter, ct);
        return cache.GetOrAddAsync($"catalog:list:{slug}:{f.Sort}:{f.Page}:{f.InStock}", () => LoadCategoryAsync(slug, filter, ct));
    }

    private async Task<ProductListPage?> LoadCategoryAsync(string slug, ProductFilter filter, CancellationToken ct)
    {
        var category = await db.Categories.AsNoTracking()
            .Where(c => c.Slug == slug)
            .Select(c => new { c.Id, c.Name, c.Slug, c.Description })
            .FirstOrDefaultAsync(ct);
        if (category is null) return null;
        return await ListAsync(category.Name, category.Slug, category.Description,
            Published.Where(p => p.CategoryId == category.Id), filter, ct);
    }

    public Task<ProductListPage> SearchAsync(ProductFilter filter, CancellationToken ct)
    {
        var title = filter.Q is null ? "All products" : $"Results for “{filter.Q}”";
        return ListAsync(title, null, null, Published, filter, ct);
    }

    /// <summary>A published product by slug, or null. Cached until the catalog changes.</summary>
    public Task<ProductPage?> ProductAsync(string slug, CancellationToken ct) =>
        cache.GetOrAddAsync($"catalog:product:{slug}", () => LoadProductAsync(slug, ct));

    private async Task<ProductPage?> LoadProductAsync(string slug, CancellationToken ct)
    {
        var p = await Published.Where(x => x.Slug == slug)
            .Select(x => new
            {
                x.Id, x.Name, x.Slug, x.Sku, x.Description, x.Price, x.CompareAtPrice, x.StockOnHand, x.ImagePath, x.CategoryId,
                CategoryName = x.Category!.Name, CategorySlug = x.Category.Slug,
            })
            .FirstOrDefaultAsync(ct);
        if (p is null) return null;

        var related = await Cards(Published.Where(x => x.CategoryId == p.CategoryId && x.Slug != p.Slug)
            .OrderByDescending(x => x.StockOnHand > 0).ThenBy(x => x.Name).Take(4), ct);
        return new ProductPage(p.Id, p.Name, p.Slug, p.Sku, p.Description, Price(p.Price), WasPrice(p.Price, p.CompareAtPrice),
            StockState.Of(p.StockOnHand), p.ImagePath, new CategoryLink(p.CategoryName, p.CategorySlug, 0), related);
    }

    private async Task<ProductListPage> ListAsync(string title, string? categorySlug, string? description,
        IQueryable<Product> products, ProductFilter requested, CancellationToken ct)
    {
        var filter = requested.Normalized();
        foreach (var term in filter.Terms())
        {
            var pattern = $"%{EscapeLike(term)}%";
            products = products.Where(p => EF.Functions.Like(p.Name, pattern, @"\")
                                           || EF.Functions.Like(p.Sku, pattern, @"\")
                                           || EF.Functions.Like(p.Description, pattern, @"\"));
        }
        if (filter.MinPrice is { } min) products = products.Where(p => p.Price >= min);
        if (filter.MaxPrice is { } max) products = products.Where(p => p.Price <= max);
        if (filter.InStock) products = products.Where(p => p.StockOnHand > 0);

        var total = await products.CountAsync(ct);
        var pageCount = Math.Max(1, (total + ProductFilter.PageSize - 1) / ProductFilter.PageSize);
        if (filter.Page > pageCount) filter.Page = pageCount;

        IOrderedQueryable<Product> ordered = filter.SortOrder switch
        {
            ProductSort.PriceLow => products.OrderBy(p => p.Price),
            ProductSort.PriceHigh => products.OrderByDescending(p => p.Price),
            ProductSort.Newest => products.OrderByDescending(p => p.CreatedAt),
            _ => products.OrderBy(p => p.Name),
        };
        var page = ordered.ThenBy(p => p.Id).Skip((filter.Page - 1) * ProductFilter.PageSize).Take(ProductFilter.PageSize);
        return new ProductListPage(title, categorySlug, description, filter, await Cards(page, ct), total);
    }

    private async Task<List<ProductCard>> Cards(IQueryable<Product> products, CancellationToken ct)
    {
        var rows = await products
            .Select(p => new { p.Name, p.Slug, p.Price, p.CompareAtPrice, p.StockOnHand, p.ImagePath, CategoryName = p.Category!.Name })
            .ToListAsync(ct);
        return rows.Select(r => new ProductCard(r.Name, r.Slug, Price(r.Price), WasPrice(r.Price, r.CompareAtPrice),
            StockState.Of(r.StockOnHand), r.ImagePath, r.CategoryName)).ToList();
    }

    private Money Price(decimal amount) => new(amount, _currency);

    private Money? WasPrice(decimal price, decimal? was) => was is { } w && w > price ? new Money(w, _currency) : null;

    /// <summary>Makes %, _ and \ in a shopper's words match themselves instead of acting as LIKE wildcards.</summary>
    private static string EscapeLike(string term) => term.Replace(@"\", @"\\").Replace("%", @"\%").Replace("_", @"\_");
}
