using Microsoft.EntityFrameworkCore;
using Shop.Domain.Catalog;

namespace Shop.Web.Data;

/// <summary>
/// A variant's row version moves with every change of its row, and sales and stock counts change the row many times
/// a second in a flash sale (conditional UPDATEs of the stock). A staff save that meets such a move is not in
/// conflict with anybody: nobody else edited the product (its edit <see cref="Product.Version"/> is checked on the
/// product's row) and the save does not write the stock. Anything else is a real conflict and stays one.
/// </summary>
public static class ProductStockConflicts
{
    /// <summary>True, with the rows' new versions taken as the originals, when every conflicting row is such a variant.</summary>
    public static async Task<bool> OnlyStockMovedAsync(DbUpdateConcurrencyException conflict, CancellationToken ct)
    {
        var retakes = new List<(Microsoft.EntityFrameworkCore.ChangeTracking.EntityEntry Entry, object? RowVersion)>();
        foreach (var entry in conflict.Entries)
        {
            if (entry.Entity is not ProductVariant || entry.State != EntityState.Modified) return false;
            var database = await entry.GetDatabaseValuesAsync(ct);
            if (database is null) return false; // deleted meanwhile
            var stock = entry.Property(nameof(ProductVariant.StockOnHand));
            if (stock.IsModified && !Equals(database[nameof(ProductVariant.StockOnHand)], stock.OriginalValue)) return false; // our count is stale
            retakes.Add((entry, database[ShopDbContext.RowVersion]));
        }
        foreach (var (entry, rowVersion) in retakes) entry.Property(ShopDbContext.RowVersion).OriginalValue = rowVersion;
        return retakes.Count > 0;
    }
}
