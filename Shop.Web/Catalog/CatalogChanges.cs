using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Shop.Domain.Catalog;
using Shop.Domain.Markets;
using Shop.Domain.Reviews;
using Shop.Web.Data;

namespace Shop.Web.Catalog;

/// <summary>
/// The one source of catalog change. Every save that touches a product or category, and every stock move of
/// <see cref="StockLevels"/>, is noted per database context and, once committed, told to the catalog's cache and
/// every <see cref="ICatalogListener"/> (the live stock feed). No feature evicts a cache or announces stock itself;
/// a rolled-back change is never told.
/// </summary>
public sealed class CatalogChanges(CatalogCache cache, IEnumerable<ICatalogListener> listeners, ILogger<CatalogChanges> log)
    : BeforeSaveInterceptor, IDbTransactionInterceptor
{
    private readonly ConditionalWeakTable<DbContext, CatalogChange> _pending = new();

    /// <summary>Called by <see cref="StockLevels"/> right after it moved a variant's stock.</summary>
    internal Task StockMovedAsync(ShopDbContext db, StockMove move)
    {
        Pending(db).Stock.Add(move);
        return db.Database.CurrentTransaction is null ? PublishAsync(db) : Task.CompletedTask;
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData e, int result, CancellationToken ct = default)
    {
        if (e.Context is { } db && db.Database.CurrentTransaction is null) await PublishAsync(db);
        return result;
    }

    public override int SavedChanges(SaveChangesCompletedEventData e, int result)
    {
        if (e.Context is { } db && db.Database.CurrentTransaction is null) PublishAsync(db).GetAwaiter().GetResult();
        return result;
    }

    public override void SaveChangesFailed(DbContextErrorEventData e)
    {
        if (e.Context is { } db && db.Database.CurrentTransaction is null) _pending.Remove(db);
    }

    public override Task SaveChangesFailedAsync(DbContextErrorEventData e, CancellationToken ct = default)
    {
        SaveChangesFailed(e);
        return Task.CompletedTask;
    }

    void IDbTransactionInterceptor.TransactionCommitted(System.Data.Common.DbTransaction transaction, TransactionEndEventData e)
    {
        if (e.Context is { } db) PublishAsync(db, e.TransactionId).GetAwaiter().GetResult();
    }

    Task IDbTransactionInterceptor.TransactionCommittedAsync(System.Data.Common.DbTransaction transaction, TransactionEndEventData e, CancellationToken ct) =>
        e.Context is { } db ? PublishAsync(db, e.TransactionId) : Task.CompletedTask;

    void IDbTransactionInterceptor.TransactionRolledBack(System.Data.Common.DbTransaction transaction, TransactionEndEventData e) => Forget(e.Context);

    Task IDbTransactionInterceptor.TransactionRolledBackAsync(System.Data.Common.DbTransaction transaction, TransactionEndEventData e, CancellationToken ct)
    {
        Forget(e.Context);
        return Task.CompletedTask;
    }

    /// <summary>What this save changes in the catalog: an edit (anything but stock), and stock set on tracked variants.</summary>
    protected override void BeforeSave(DbContext db)
    {
        foreach (var entry in db.ChangeTracker.Entries())
        {
            if (entry.State is EntityState.Unchanged or EntityState.Detached) continue;
            // Tax and shipping zones too: prices with tax and the delivery promise show on catalog pages.
            if (entry.Entity is Category or CategoryTranslation or Product or ProductOption or ProductImage or ProductTranslation or OptionWordTranslation or TaxZone or ShippingZone or ZoneMethod)
                Pending(db).Edited = true;
            if (entry.Entity is IShownOnCatalogPages) Pending(db).Edited = true;
            if (entry.Entity is ProductReview && ChangesShownReviews(entry)) Pending(db).Edited = true;
            if (entry.Entity is not ProductVariant variant) continue;
            var stock = entry.Property(nameof(ProductVariant.StockOnHand));
            if (entry.State == EntityState.Modified && stock.IsModified && (int)stock.OriginalValue! != variant.StockOnHand)
                Pending(db).Stock.Add(new StockMove(variant.ProductId, variant.Id, (int)stock.OriginalValue!, variant.StockOnHand));
            if (entry.State != EntityState.Modified || entry.Properties.Any(p => p.IsModified && p.Metadata.Name is not (nameof(ProductVariant.StockOnHand) or ShopDbContext.RowVersion)))
                Pending(db).Edited = true;
        }
    }

    /// <summary>A review that is or was approved: the product's rating and reviews on the catalog pages change.</summary>
    private static bool ChangesShownReviews(Microsoft.EntityFrameworkCore.ChangeTracking.EntityEntry entry)
    {
        var status = entry.Property(nameof(ProductReview.Status));
        return (ReviewStatus)status.CurrentValue! == ReviewStatus.Approved
               || (entry.State != EntityState.Added && (ReviewStatus)status.OriginalValue! == ReviewStatus.Approved);
    }

    /// <summary>
    /// The notes of the context's current transaction (or of a save outside one). Notes of an earlier transaction that
    /// was disposed uncommitted (a pooled context's last user failed) are dropped here, never told.
    /// </summary>
    private CatalogChange Pending(DbContext db)
    {
        var transaction = db.Database.CurrentTransaction?.TransactionId;
        if (_pending.TryGetValue(db, out var change) && change.Transaction == transaction) return change;
        change = new CatalogChange { Transaction = transaction };
        _pending.AddOrUpdate(db, change);
        return change;
    }

    private void Forget(DbContext? db)
    {
        if (db is not null) _pending.Remove(db);
    }

    /// <summary>Tells the notes of the transaction just committed (or of a save outside any transaction).</summary>
    private async Task PublishAsync(DbContext db, Guid? committed = null)
    {
        if (!_pending.TryGetValue(db, out var change)) return;
        _pending.Remove(db);
        if (change.Transaction is { } noted && noted != committed) return;
        try
        {
            // The cache first: a listener's message may make a page ask again, and it must then find the new state.
            await cache.ChangedAsync(change);
            foreach (var listener in listeners) listener.CatalogChanged(change);
        }
        catch (Exception e)
        {
            // The change is committed (an order may be paid): never turn it into an error. Cached pages expire on their own.
            log.LogError(e, "A committed catalog change could not be told; cached catalog pages may be stale for up to {Minutes} min",
                CatalogCache.Lifetime.TotalMinutes);
        }
    }
}
