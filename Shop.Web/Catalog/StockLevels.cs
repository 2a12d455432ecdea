using Microsoft.EntityFrameworkCore;
using Shop.Web.Data;

namespace Shop.Web.Catalog;

/// <summary>
/// The one way stock moves: sales, returns, cancellations and staff adjustments, always of one product's variant.
/// Each move is one conditional UPDATE ("add n where the result stays at or above zero"), so two shoppers racing for
/// the last unit cannot both win, and an adjustment racing a sale can neither go below zero nor overwrite it, whatever
/// the number of nodes. Lines are taken in variant order, so two carts never wait on each other's rows in turn.
/// Each move is told to <see cref="CatalogChanges"/>, which announces it once committed.
/// </summary>
public sealed class StockLevels(ShopDbContext db, CatalogChanges changes)
{
    /// <summary>Takes every line or stops at the first short one (call inside a transaction); returns that variant.</summary>
    public async Task<int?> TryTakeAsync(IEnumerable<(int VariantId, int Quantity)> lines, CancellationToken ct)
    {
        foreach (var (variantId, quantity) in lines.OrderBy(l => l.VariantId))
            if (await MoveAsync(variantId, -quantity, onlyPublished: true, ct) is null) return variantId;
        return null;
    }

    /// <summary>Puts units back on the shelf (payment failed, order cancelled, goods returned).</summary>
    public async Task ReturnAsync(IEnumerable<(int VariantId, int Quantity)> lines, CancellationToken ct)
    {
        foreach (var (variantId, quantity) in lines.OrderBy(l => l.VariantId)) await MoveAsync(variantId, quantity, onlyPublished: false, ct);
    }

    /// <summary>Moves a variant's stock by <paramref name="delta"/>; the new stock, or null when it would go below zero.</summary>
    public Task<int?> TryAdjustAsync(int variantId, int delta, CancellationToken ct) => MoveAsync(variantId, delta, onlyPublished: false, ct);

    private async Task<int?> MoveAsync(int variantId, int delta, bool onlyPublished, CancellationToken ct)
    {
        var moved = await db.Variants
            .Where(v => v.Id == variantId && v.StockOnHand + delta >= 0
                        && (!onlyPublished || (v.IsPublished && db.Products.Any(p => p.Id == v.ProductId && p.IsPublished))))
            .ExecuteUpdateAsync(s => s.SetProperty(v => v.StockOnHand, v => v.StockOnHand + delta), ct);
        if (moved == 0) return null;
        // Read in the same transaction, so before and after are exact however many sales run at once.
        var after = await StockOf(db, variantId, ct);
        await changes.StockMovedAsync(db, new StockMove(after.ProductId, variantId, after.StockOnHand - delta, after.StockOnHand));
        return after.StockOnHand;
    }

    private static readonly Func<ShopDbContext, int, CancellationToken, Task<VariantStock>> StockOf =
        EF.CompileAsyncQuery((ShopDbContext db, int variantId, CancellationToken _) =>
            db.Variants.Where(v => v.Id == variantId).Select(v => new VariantStock(v.ProductId, v.StockOnHand)).First());

    // Not a tuple: PostgreSQL would send a tuple as one record column.
    private sealed record VariantStock(int ProductId, int StockOnHand);
}
