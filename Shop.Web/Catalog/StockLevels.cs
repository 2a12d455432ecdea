using Microsoft.EntityFrameworkCore;
using Shop.Domain.Catalog;
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
    /// <summary>Takes every line or none (call inside a transaction); null when taken, else the first short variant.</summary>
    public async Task<int?> TryTakeAsync(IReadOnlyList<(int VariantId, int Quantity)> lines, CancellationToken ct) =>
        (await TryTakeForEachAsync([lines], ct))[0];

    /// <summary>
    /// Takes the lines of several orders (call inside a transaction): each order gets every line or none; for each, null
    /// when taken, else its first short variant. Variants go in id order; a variant's units for all its orders are taken
    /// with one UPDATE when there are enough, else order by order in the order given.
    /// </summary>
    public async Task<int?[]> TryTakeForEachAsync(IReadOnlyList<IReadOnlyList<(int VariantId, int Quantity)>> orders, CancellationToken ct)
    {
        var shortOf = new int?[orders.Count];
        var taken = new List<(int Order, int VariantId, int Quantity)>();
        var wanted = orders.SelectMany((lines, order) => lines.Select(l => (Order: order, l.VariantId, l.Quantity)));
        foreach (var variant in wanted.GroupBy(w => w.VariantId).OrderBy(g => g.Key))
        {
            var wanting = variant.Where(w => shortOf[w.Order] is null).ToList();
            if (wanting.Count > 1 && await MoveAsync(variant.Key, -wanting.Sum(w => w.Quantity), onlyPublished: true, ct) is not null)
            {
                taken.AddRange(wanting);
                continue;
            }
            foreach (var want in wanting)
            {
                if (await MoveAsync(want.VariantId, -want.Quantity, onlyPublished: true, ct) is not null)
                {
                    taken.Add(want);
                    continue;
                }
                shortOf[want.Order] = want.VariantId;
                // What this order took of earlier variants goes back (their rows are this transaction's already).
                foreach (var back in taken.Where(t => t.Order == want.Order).ToList())
                {
                    await MoveAsync(back.VariantId, back.Quantity, onlyPublished: false, ct);
                    taken.Remove(back);
                }
            }
        }
        return shortOf;
    }

    /// <summary>
    /// Puts units back on the shelf (payment failed, order cancelled). Returns how many units found no shelf: their
    /// variant was removed since.
    /// </summary>
    public async Task<int> ReturnAsync(IEnumerable<(int VariantId, int Quantity)> lines, CancellationToken ct)
    {
        var gone = 0;
        foreach (var (variantId, quantity) in lines.OrderBy(l => l.VariantId))
            if (await MoveAsync(variantId, quantity, onlyPublished: false, ct) is null) gone += quantity;
        return gone;
    }

    /// <summary>
    /// Moves a variant's stock by <paramref name="delta"/> by hand; the new stock, or null when it would go below zero
    /// or above <see cref="ProductVariant.MaxStock"/> (checked in the same UPDATE, so two adjustments at once cannot pass it).
    /// </summary>
    public Task<int?> TryAdjustAsync(int variantId, int delta, CancellationToken ct) =>
        MoveAsync(variantId, delta, onlyPublished: false, ct, ProductVariant.MaxStock);

    private async Task<int?> MoveAsync(int variantId, int delta, bool onlyPublished, CancellationToken ct, int? ceiling = null)
    {
        var rows = db.Variants
            .Where(v => v.Id == variantId && v.StockOnHand + delta >= 0
                        && (!onlyPublished || (v.IsPublished && db.Products.Any(p => p.Id == v.ProductId && p.IsPublished))));
        if (ceiling is { } most && delta > 0) rows = rows.Where(v => v.StockOnHand <= most - delta);
        var moved = await rows
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
