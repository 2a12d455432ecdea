using Microsoft.EntityFrameworkCore;
using Shop.Domain.Catalog;
using Shop.Web.Data;
using Shop.Web.Languages;

namespace Shop.Web.Catalog;

/// <summary>
/// Puts staff's translations of product names and descriptions into what a shopper reads, falling back to the
/// product's own text. One dictionary per language and catalog version (<see cref="CatalogCache"/>); the default
/// language costs nothing.
/// </summary>
public sealed class ProductTexts(ShopDbContext db, CatalogCache cache)
{
    private static readonly IReadOnlyDictionary<int, ProductTranslation> None = new Dictionary<int, ProductTranslation>();

    public async Task<HomePage> InAsync(ShopLanguage language, HomePage page)
    {
        var texts = await ForAsync(language);
        return texts.Count == 0 ? page : page with { Featured = Cards(page.Featured, texts), OnSale = Cards(page.OnSale, texts) };
    }

    public async Task<ProductListPage?> InAsync(ShopLanguage language, ProductListPage? page)
    {
        var texts = await ForAsync(language);
        return texts.Count == 0 || page is null ? page : page with { Products = Cards(page.Products, texts) };
    }

    public async Task<ProductPage?> InAsync(ShopLanguage language, ProductPage? page)
    {
        var texts = await ForAsync(language);
        if (texts.Count == 0 || page is null) return page;
        page = page with { Related = Cards(page.Related, texts) };
        return texts.TryGetValue(page.Id, out var t)
            ? page with { Name = t.Name, Description = t.Description.Length > 0 ? t.Description : page.Description }
            : page;
    }

    /// <summary>The language's translations by product; empty for the default language.</summary>
    public async Task<IReadOnlyDictionary<int, ProductTranslation>> ForAsync(ShopLanguage language) =>
        language.IsDefault
            ? None
            : await cache.GetOrAddAsync<IReadOnlyDictionary<int, ProductTranslation>>($"catalog:translations:{language.Code}", async () =>
                await db.Set<ProductTranslation>().AsNoTracking().Where(t => t.Language == language.Code).ToDictionaryAsync(t => t.ProductId));

    private static IReadOnlyList<ProductCard> Cards(IReadOnlyList<ProductCard> cards, IReadOnlyDictionary<int, ProductTranslation> texts) =>
        cards.Select(c => texts.TryGetValue(c.ProductId, out var t) ? c with { Name = t.Name } : c).ToList();
}
