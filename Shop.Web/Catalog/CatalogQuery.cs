using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Shop.Domain;
using Shop.Domain.Catalog;
using Shop.Web.Data;
using Shop.Web.Shared;

namespace Shop.Web.Catalog;

/// <summary>Everything a shopper reads from the catalog: read-only, projected straight into view models.</summary>
public sealed class CatalogQuery(ShopDbContext db, IOptions<ShopOptions> options, CatalogCache cache)
{
    private readonly string _currency = options.Value.Currency;

    private IQueryable<Product> Published => db.Products.AsNoTracking().Where(p => p.IsPublished);

    /// <summary>A product is in stock when any variant on sale is.</summary>
    private static readonly Expression<Func<Product, bool>> InStock = p => p.Variants.Any(v => v.IsPublished && v.StockOnHand > 0);

    /// <summary>What the cheapest variant on sale costs: what "from" shows and price sorts by.</summary>
    private static readonly Expression<Func<Product, decimal>> LowestPrice = p => p.Variants.Where(v => v.IsPublished).Min(v => v.Price ?? p.Price);

    public Task<IReadOnlyList<CategoryLink>> CategoriesAsync(CancellationToken ct) =>
        cache.GetOrAddAsync<IReadOnlyList<CategoryLink>>("catalog:categories", async () => await db.Categories.AsNoTracking()
            .OrderBy(c => c.SortOrder).ThenBy(c => c.Name)
            .Select(c => new CategoryLink(c.Name, c.Slug, db.Products.Count(p => p.CategoryId == c.Id && p.IsPublished)))
            .ToListAsync(ct));

    public async Task<HomePage> HomeAsync(CancellationToken ct)
    {
        var newest = await Cards(Published.Where(InStock).OrderByDescending(p => p.CreatedAt).Take(8), ct);
        var onSale = await Cards(Published.Where(p => p.CompareAtPrice != null).Where(InStock)
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

    /// <summary>A published product by slug, with its variants on sale, or null. Cached until the catalog changes.</summary>
    public Task<ProductPage?> ProductAsync(string slug, CancellationToken ct) =>
        cache.GetOrAddAsync($"catalog:product:{slug}", () => LoadProductAsync(slug, ct));

    private async Task<ProductPage?> LoadProductAsync(string slug, CancellationToken ct)
    {
        var p = await Published.Where(x => x.Slug == slug)
            .Select(x => new
            {
                x.Id, x.Name, x.Slug, x.Description, x.Price, x.CompareAtPrice, x.CategoryId,
                CategoryName = x.Category!.Name, CategorySlug = x.Category.Slug,
                Options = x.Options.OrderBy(o => o.Position).Select(o => new { o.Name, o.Values }).ToList(),
                Variants = x.Variants.Where(v => v.IsPublished).OrderBy(v => v.Position)
                    .Select(v => new { v.Id, v.Sku, v.Option1, v.Option2, v.Option3, v.Price, v.CompareAtPrice, v.StockOnHand, v.ImagePath }).ToList(),
                Images = x.Images.OrderBy(i => i.Position).Select(i => new GalleryImage(i.Path, i.AltText)).ToList(),
            })
            .AsSplitQuery()
            .FirstOrDefaultAsync(ct);
        if (p is null || p.Variants.Count == 0) return null;

        var variants = p.Variants.Select(v =>
        {
            var price = v.Price ?? p.Price;
            var was = ProductVariant.WasPrice(v.Price, v.CompareAtPrice, p.CompareAtPrice);
            return new VariantView(v.Id, v.Sku, ProductVariant.ValuesOf(v.Option1, v.Option2, v.Option3),
                ProductVariant.TitleOf(v.Option1, v.Option2, v.Option3), Price(price), WasPrice(price, was), StockState.Of(v.StockOnHand), v.ImagePath);
        }).ToList();
        var images = p.Images.Select(i => i with { AltText = i.AltText.Length > 0 ? i.AltText : p.Name }).ToList();
        var related = await Cards(Published.Where(x => x.CategoryId == p.CategoryId && x.Slug != p.Slug)
            .OrderByDescending(InStock).ThenBy(x => x.Name).Take(4), ct);
        return new ProductPage(p.Id, p.Name, p.Slug, p.Description, p.Options.Select(o => new OptionView(o.Name, o.Values)).ToList(),
            variants, images, new CategoryLink(p.CategoryName, p.CategorySlug, 0), related);
    }

    private async Task<ProductListPage> ListAsync(string title, string? categorySlug, string? description,
        IQueryable<Product> products, ProductFilter requested, CancellationToken ct)
    {
        var filter = requested.Normalized();
        foreach (var term in filter.Terms())
        {
            var pattern = Like.ContainingAnyCase(term);
            products = products.Where(p => EF.Functions.Like(p.Name.ToLower(), pattern, Like.Escape)
                                           || EF.Functions.Like(p.Sku.ToLower(), pattern, Like.Escape)
                                           || EF.Functions.Like(p.Description.ToLower(), pattern, Like.Escape)
                                           || p.Variants.Any(v => v.IsPublished && EF.Functions.Like(v.Sku.ToLower(), pattern, Like.Escape)));
        }
        if (filter.MinPrice is { } min) products = products.Where(p => p.Variants.Any(v => v.IsPublished && (v.Price ?? p.Price) >= min));
        if (filter.MaxPrice is { } max) products = products.Where(p => p.Variants.Any(v => v.IsPublished && (v.Price ?? p.Price) <= max));
        if (filter.InStock) products = products.Where(InStock);

        var total = await products.CountAsync(ct);
        var pageCount = Math.Max(1, (total + ProductFilter.PageSize - 1) / ProductFilter.PageSize);
        if (filter.Page > pageCount) filter.Page = pageCount;

        IOrderedQueryable<Product> ordered = filter.SortOrder switch
        {
            ProductSort.PriceLow => products.OrderBy(LowestPrice),
            ProductSort.PriceHigh => products.OrderByDescending(LowestPrice),
            ProductSort.Newest => products.OrderByDescending(p => p.CreatedAt),
            _ => products.OrderBy(p => p.Name),
        };
        var page = ordered.ThenBy(p => p.Id).Skip((filter.Page - 1) * ProductFilter.PageSize).Take(ProductFilter.PageSize);
        return new ProductListPage(title, categorySlug, description, filter, await Cards(page, ct), total);
    }

    private async Task<List<ProductCard>> Cards(IQueryable<Product> products, CancellationToken ct)
    {
        var rows = await products
            .Select(p => new
            {
                p.Name, p.Slug, p.Price, p.CompareAtPrice, p.ImagePath, CategoryName = p.Category!.Name,
                Low = p.Variants.Where(v => v.IsPublished).Min(v => (decimal?)(v.Price ?? p.Price)),
                High = p.Variants.Where(v => v.IsPublished).Max(v => (decimal?)(v.Price ?? p.Price)),
                OnHand = p.Variants.Where(v => v.IsPublished).Sum(v => v.StockOnHand),
            })
            .ToListAsync(ct);
        return rows.Select(r =>
        {
            var low = r.Low ?? r.Price;
            return new ProductCard(r.Name, r.Slug, Price(low), low == r.Price ? WasPrice(r.Price, r.CompareAtPrice) : null,
                StockState.Of(r.OnHand), r.ImagePath, r.CategoryName, PriceVaries: r.High is { } high && high != low);
        }).ToList();
    }

    private Money Price(decimal amount) => new(amount, _currency);

    private Money? WasPrice(decimal price, decimal? was) => was is { } w && w > price ? new Money(w, _currency) : null;

    /// <summary>Makes %, _ and \ in a shopper's words match themselves instead of acting as LIKE wildcards.</summary>
}
