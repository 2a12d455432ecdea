using Microsoft.EntityFrameworkCore;
using Shop.Web.Data;

namespace Shop.Web.Catalog;

/// <summary>
/// The one way stock moves: sales, returns, cancellations and staff adjustments. Each move is one conditional UPDATE
/// ("add n where the result stays at or above zero"), so two shoppers racing for the last unit cannot both win, and
/// an adjustment racing a sale can neither go below zero nor overwrite it, whatever the number of nodes. Each move is
/// told to <see cref="CatalogChanges"/>, which announces it once committed.
/// </summary>
public sealed class StockLevels(ShopDbContext db, CatalogChanges changes)
{
    /// <summary>Takes every line or stops at the first short one (call inside a transaction); returns that product.</summary>
    public async Task<int?> TryTakeAsync(IEnumerable<(int ProductId, int Quantity)> lines, CancellationToken ct)
    {
        foreach (var (productId, quantity) in lines)
            if (await MoveAsync(productId, -quantity, onlyPublished: true, ct) is null) return productId;
        return null;
    }

    /// <summary>Puts units back on the shelf (payment failed, order cancelled, goods returned).</summary>
    public async Task ReturnAsync(IEnumerable<(int ProductId, int Quantity)> lines, CancellationToken ct)
    {
        foreach (var (productId, quantity) in lines) await MoveAsync(productId, quantity, onlyPublished: false, ct);
    }

    /// <summary>Moves a product's stock by <paramref name="delta"/>; the new stock, or null when it would go below zero.</summary>
    public Task<int?> TryAdjustAsync(int productId, int delta, CancellationToken ct) => MoveAsync(productId, delta, onlyPublished: false, ct);

    private async Task<int?> MoveAsync(int productId, int delta, bool onlyPublished, CancellationToken ct)
    {
        var moved = await db.Products.Where(p => p.Id == productId && (p.IsPublished || !onlyPublished) && p.StockOnHand + delta >= 0)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.StockOnHand, p => p.StockOnHand + delta), ct);
        if (moved == 0) return null;
        // Read in the same transaction, so before and after are exact however many sales run at once.
        var after = await StockOf(db, productId, ct);
        await changes.StockMovedAsync(db, productId, after - delta, after);
        return after;
    }

    private static readonly Func<ShopDbContext, int, CancellationToken, Task<int>> StockOf =
        EF.CompileAsyncQuery((ShopDbContext db, int productId, CancellationToken _) =>
            db.Products.Where(p => p.Id == productId).Select(p => p.StockOnHand).First());
}
