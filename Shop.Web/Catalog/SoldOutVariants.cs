using Microsoft.EntityFrameworkCore;
using Shop.Domain.Catalog;
using Shop.Domain.Ordering;
using Shop.Web.Data;

namespace Shop.Web.Catalog;

/// <summary>
/// What this node knows is sold out, so that in a flash sale a shopper who comes too late is told at once, without a
/// trip to the database. The list is read once per catalog version (<see cref="CatalogCache"/>): a sale down to zero and
/// a restock from zero both move the version on every node, so the next look sees the new state. It only ever says
/// "sold out"; the database stays the judge of every unit actually sold.
/// </summary>
public sealed class SoldOutVariants(CatalogCache cache, IServiceScopeFactory scopes)
{
    private Dictionary<int, string> _lastRead = [];

    /// <summary>The name ("Linen Shirt — XL / Sky") of the first of <paramref name="variantIds"/> that is sold out (or no longer sold), or null.</summary>
    public async Task<string?> FirstAsync(IEnumerable<int> variantIds)
    {
        var soldOut = await cache.GetOrAddAsync("sold-out-variants", LoadAsync);
        _lastRead = soldOut;
        foreach (var id in variantIds)
            if (soldOut.TryGetValue(id, out var name)) return name;
        return null;
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

    private async Task<Dictionary<int, string>> LoadAsync()
    {
        // Its own context: the caller's may be inside a checkout's transaction.
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ShopDbContext>();
        return await db.Variants.AsNoTracking()
            .Where(v => v.StockOnHand <= 0 || !v.IsPublished || !db.Products.Any(p => p.Id == v.ProductId && p.IsPublished))
            .Join(db.Products, v => v.ProductId, p => p.Id, (v, p) => new { v.Id, p.Name, v.Option1, v.Option2, v.Option3 })
            .ToDictionaryAsync(x => x.Id, x => OrderLine.NameWithVariant(x.Name, ProductVariant.TitleOf(x.Option1, x.Option2, x.Option3)));
    }
}
