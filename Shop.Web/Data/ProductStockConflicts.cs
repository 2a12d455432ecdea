using Microsoft.EntityFrameworkCore;
using Shop.Domain.Catalog;

namespace Shop.Web.Data;

/// <summary>
/// A product's row version moves with every change of its row, and sales and stock counts change the row many times
/// a second in a flash sale (conditional UPDATEs of the stock). A staff save that meets such a move is not in
/// conflict with anybody: nobody else edited the product (its edit <see cref="Product.Version"/> is unchanged) and
/// the save does not write the stock. Anything else is a real conflict and stays one.
/// </summary>
public static class ProductStockConflicts
{
    /// <summary>True, with the rows' new versions taken as the originals, when every conflicting row is such a product.</summary>
    public static async Task<bool> OnlyStockMovedAsync(DbUpdateConcurrencyException conflict, CancellationToken ct)
    {
        var retakes = new List<(Microsoft.EntityFrameworkCore.ChangeTracking.EntityEntry Entry, object? RowVersion)>();
        foreach (var entry in conflict.Entries)
        {
            if (entry.Entity is not Product || entry.State != EntityState.Modified) return false;
            var database = await entry.GetDatabaseValuesAsync(ct);
            if (database is null) return false; // deleted meanwhile
            if (!Equals(database[nameof(Product.Version)], entry.OriginalValues[nameof(Product.Version)])) return false; // edited meanwhile
            var stock = entry.Property(nameof(Product.StockOnHand));
            if (stock.IsModified && !Equals(database[nameof(Product.StockOnHand)], stock.OriginalValue)) return false; // our count is stale
            retakes.Add((entry, database[ShopDbContext.RowVersion]));
        }
        foreach (var (entry, rowVersion) in retakes) entry.Property(ShopDbContext.RowVersion).OriginalValue = rowVersion;
        return retakes.Count > 0;
    }
}
