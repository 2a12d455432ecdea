using Microsoft.EntityFrameworkCore;
using Shop.Domain.Catalog;
using Shop.Domain.Ordering;
using Shop.Web.Data;
using Shop.Web.Languages;

namespace Shop.Web.Catalog;

/// <summary>
/// What this node knows is sold out, so that in a flash sale a shopper who comes too late is told at once, without a
/// trip to the database. The list is read once per catalog version (<see cref="CatalogCache"/>): a sale down to zero and
/// a restock from zero both move the version on every node, so the next look sees the new state. It only ever says
/// "sold out"; the database stays the judge of every unit actually sold.
/// </summary>
public sealed class SoldOutVariants(CatalogCache cache, IServiceScopeFactory scopes)
{
    private Dictionary<int, SoldOut> _lastRead = [];

    private sealed record SoldOut(int ProductId, string Name, string? Option1, string? Option2, string? Option3);

    /// <summary>
    /// The name ("Linen Shirt — XL / Sky") of the first of <paramref name="variantIds"/> that is sold out (or no longer
    /// sold), in <paramref name="language"/> (null: the default); null when none is.
    /// </summary>
    public async Task<string?> FirstAsync(IEnumerable<int> variantIds, ShopLanguage? language)
    {
        var soldOut = await cache.GetOrAddAsync("sold-out-variants", LoadAsync);
        _lastRead = soldOut;
        foreach (var id in variantIds)
            if (soldOut.TryGetValue(id, out var gone)) return await NameAsync(gone, language);
        return null;
    }

    /// <summary>As the cart names it: the default language asks nothing; another reads its cached translations and option words.</summary>
    private async Task<string> NameAsync(SoldOut gone, ShopLanguage? language)
    {
        if (language is null or { IsDefault: true }) return OrderLine.NameWithVariant(gone.Name, ProductVariant.TitleOf(gone.Option1, gone.Option2, gone.Option3));
        await using var scope = scopes.CreateAsyncScope();
        var (texts, words) = (scope.ServiceProvider.GetRequiredService<ProductTexts>(), scope.ServiceProvider.GetRequiredService<IOptionWords>());
        return OrderLine.NameWithVariant(await texts.NameAsync(language, gone.ProductId, gone.Name),
            (await words.ForAsync(language)).TitleOf(gone.Option1, gone.Option2, gone.Option3));
    }

    /// <summary>
    /// Whether one of <paramref name="variantIds"/> was sold out at the last look, without asking whether the catalog has
    /// changed since: only for deciding that a request need not queue (<see cref="FirstAsync"/> then answers it).
    /// </summary>
    public bool WasSoldOut(IEnumerable<int> variantIds)
    {
        var soldOut = _lastRead;
        return variantIds.Any(soldOut.ContainsKey);
    }

    private async Task<Dictionary<int, SoldOut>> LoadAsync()
    {
        // Its own context: the caller's may be inside a checkout's transaction.
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ShopDbContext>();
        return await db.Variants.AsNoTracking()
            .Where(v => v.StockOnHand <= 0 || !v.IsPublished || !db.Products.Any(p => p.Id == v.ProductId && p.IsPublished))
            .Join(db.Products, v => v.ProductId, p => p.Id, (v, p) => new { v.Id, Gone = new SoldOut(p.Id, p.Name, v.Option1, v.Option2, v.Option3) })
            .ToDictionaryAsync(x => x.Id, x => x.Gone);
    }
}
