using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Shop.Web.Catalog;
using Shop.Web.Data;
using Shop.Web.Languages;
using Shop.Web.Shared;

namespace Shop.Web.Seo;

/// <summary>
/// The product feed in one language (<see cref="ProductFeed"/>): every product on sale as its page shows it (the catalog's
/// cached page, translated), written once per language and catalog version.
/// </summary>
public sealed class ProductFeedQuery(ShopDbContext db, CatalogQuery catalog, ProductTexts texts, CatalogCache cache, PublicAddress address,
    IOptions<ShopOptions> options)
{
    public Task<string> FeedAsync(ShopLanguage language, CancellationToken ct) => cache.GetOrAddAsync($"feed:{language.Code}", async () =>
    {
        var slugs = await db.Products.AsNoTracking().Where(p => p.IsPublished && !p.IsArchived).OrderBy(p => p.Id).Select(p => p.Slug).ToListAsync(ct);
        var pages = new List<ProductPage>(slugs.Count);
        foreach (var slug in slugs)
            if (await texts.InAsync(language, await catalog.ProductAsync(slug, ct)) is { } page) pages.Add(page);
        var shop = options.Value;
        return ProductFeed.Write(pages, shop.Name, address.Root, address.Root + language.Prefix, shop.Feed.Brand ?? shop.Name);
    });
}
