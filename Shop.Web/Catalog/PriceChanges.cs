using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Shop.Domain.Catalog;

namespace Shop.Web.Catalog;

/// <summary>
/// Remembers every change of a variant's price (its own, or its product's when it has none), whoever makes it: the
/// product form, the variant grid, bulk price edits, the CSV import, the demo seed. Each change is saved as a
/// <see cref="VariantPrice"/>, the variant notes its prior price (<see cref="ProductVariant.PriceChanged"/>) so the
/// storefront reads it without another query, and prices no reduction can be measured against any more go.
/// </summary>
public sealed class PriceChanges(TimeProvider clock) : SaveChangesInterceptor
{
    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData e, InterceptionResult<int> result, CancellationToken ct = default)
    {
        if (e.Context is { } db) await NoteAsync(db, true, ct);
        return result;
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData e, InterceptionResult<int> result)
    {
        if (e.Context is { } db) NoteAsync(db, false, CancellationToken.None).GetAwaiter().GetResult();
        return result;
    }

    private async Task NoteAsync(DbContext db, bool async, CancellationToken ct)
    {
        if (db.ChangeTracker.AutoDetectChangesEnabled) db.ChangeTracker.DetectChanges();
        // A save tried again (a conflict with a sale) has noted its prices already.
        if (db.ChangeTracker.Entries<VariantPrice>().Any(p => p.State == EntityState.Added)) return;

        var products = db.ChangeTracker.Entries<Product>().Where(p => p.State is not (EntityState.Deleted or EntityState.Detached)).ToList();
        var repricedProducts = products.Where(p => p.State == EntityState.Modified && Changed(p.Property(x => x.Price))).Select(p => p.Entity.Id).ToList();
        if (repricedProducts.Count > 0)
        {
            // Variants selling at the product's price change with it, loaded or not.
            var load = db.Set<ProductVariant>().Where(v => repricedProducts.Contains(v.ProductId));
            if (async) await load.LoadAsync(ct); else load.Load();
        }

        // By the key the variants hold (a new product's is a temporary one): a bulk edit tracks thousands of both.
        var productOf = products.ToDictionary(p => p.Property(x => x.Id).CurrentValue);
        var now = clock.GetUtcNow();
        var repriced = new List<(EntityEntry<ProductVariant> Entry, decimal Price)>();
        foreach (var entry in db.ChangeTracker.Entries<ProductVariant>().ToList())
        {
            if (entry.State is EntityState.Deleted or EntityState.Detached) continue;
            var product = productOf.GetValueOrDefault(entry.Property(x => x.ProductId).CurrentValue);
            var own = entry.Property(x => x.Price);
            if (product is null && !own.IsModified && entry.State != EntityState.Added) continue;
            var productPrice = product?.Entity.Price ?? await ProductPriceAsync(db, entry.Entity.ProductId, async, ct);
            var price = entry.Entity.Price ?? productPrice;
            var before = entry.State == EntityState.Added ? (decimal?)null
                : (decimal?)own.OriginalValue ?? (product is null ? productPrice : (decimal)product.Property(x => x.Price).OriginalValue!);
            if (before != price) repriced.Add((entry, price));
        }
        if (repriced.Count == 0) return;

        var ids = repriced.Where(r => r.Entry.State != EntityState.Added).Select(r => r.Entry.Entity.Id).ToList();
        var query = db.Set<VariantPrice>().Where(h => ids.Contains(h.VariantId));
        var loaded = ids.Count == 0 ? new List<VariantPrice>() : async ? await query.ToListAsync(ct) : query.ToList();
        var history = loaded.ToLookup(h => h.VariantId);
        foreach (var (entry, price) in repriced)
        {
            var variant = entry.Entity;
            var earlier = entry.State == EntityState.Added ? new List<VariantPrice>() : history[variant.Id].ToList();
            variant.PriceChanged(now, earlier);
            entry.DetectChanges();
            var current = new VariantPrice(variant, price, now);
            db.RemoveRange(PriceHistory.Outdated([.. earlier, current], now));
            db.Add(current);
        }
    }

    private static bool Changed(PropertyEntry<Product, decimal> price) => price.IsModified && price.OriginalValue != price.CurrentValue;

    private static async Task<decimal> ProductPriceAsync(DbContext db, int productId, bool async, CancellationToken ct)
    {
        var query = db.Set<Product>().Where(p => p.Id == productId).Select(p => p.Price);
        return async ? await query.FirstAsync(ct) : query.First();
    }
}
