using Microsoft.EntityFrameworkCore;
using Shop.Web.Catalog;
using Shop.Web.Content;
using Shop.Web.Data;

namespace Shop.Web.Seo;

/// <summary>
/// The paths search engines should know: the home page, the catalog, each category with a product on sale, each product on sale and the shop's own pages. Kept
/// under the catalog's version (<see cref="CatalogCache"/>), so it is read again only after the catalog changed.
/// </summary>
public sealed class SitemapQuery(ShopDbContext db, CatalogCache cache)
{
    public Task<IReadOnlyList<SitemapEntry>> EntriesAsync(CancellationToken ct) => cache.GetOrAddAsync("sitemap", async () =>
    {
        // A category with nothing on sale is no page to be found by (its page says noindex too).
        var categories = await db.Categories.AsNoTracking()
            .Where(c => db.Products.Any(p => p.CategoryId == c.Id && p.IsPublished && !p.IsArchived))
            .OrderBy(c => c.SortOrder).ThenBy(c => c.Id).Select(c => c.Slug).ToListAsync(ct);
        var products = await db.Products.AsNoTracking().Where(p => p.IsPublished && !p.IsArchived).OrderBy(p => p.Id)
            .Select(p => new { p.Slug, p.UpdatedAt }).ToListAsync(ct);
        IReadOnlyList<SitemapEntry> entries =
        [
            new("/", null), new("/products", null),
            .. categories.Select(slug => new SitemapEntry($"/c/{slug}", null)),
            .. products.Select(p => new SitemapEntry($"/p/{p.Slug}", p.UpdatedAt)),
            .. ContentPages.All.Select(p => new SitemapEntry(ContentPages.PathOf(p.Slug), null)),
        ];
        return entries;
    });
}

/// <summary>One page of the shop in the sitemap: its path and, when known, when it last changed.</summary>
public sealed record SitemapEntry(string Path, DateTimeOffset? LastModified);
