using Microsoft.EntityFrameworkCore;
using Shop.Domain;
using Shop.Domain.Catalog;
using Shop.Web.Admin.Audit;
using Shop.Web.Admin.Products;
using Shop.Web.Catalog;
using Shop.Web.Data;

namespace Shop.Web.Admin.Stock;

/// <summary>
/// Hand stock adjustments with their history: the move goes through <see cref="StockLevels"/> like a sale's, and the
/// history line and the audit entry commit in the same transaction.
/// </summary>
public sealed class StockAdjustments(ShopDbContext db, AuditTrail audit, StockLevels stock, TimeProvider clock)
{
    /// <summary>The low-stock list shows products at or below this many units.</summary>
    public const int LowStockThreshold = StockState.LowThreshold;

    /// <returns>null when the product does not exist.</returns>
    public async Task<StockAdjustmentResult?> AdjustAsync(int productId, int delta, StockMovementReason reason, string? note,
        StaffMember by, CancellationToken ct) =>
        await db.InTransactionAsync<StockAdjustmentResult?>(async token =>
        {
            var current = await db.Products.Where(p => p.Id == productId).Select(p => (int?)p.StockOnHand).FirstOrDefaultAsync(token);
            if (current is null) return null;
            if (Refusal(current.Value, delta, reason) is { } refused) return new StockAdjustmentResult(current.Value, refused);

            if (await stock.TryAdjustAsync(productId, delta, token) is not { } onHand)
            {
                // A sale took the units between the read and the update: nothing changed, say what is left now.
                var left = await db.Products.Where(p => p.Id == productId).Select(p => p.StockOnHand).FirstAsync(token);
                return new StockAdjustmentResult(left, Refusal(left, delta, reason) ?? "Stock changed meanwhile; please try again.");
            }
            var before = onHand - delta;
            db.StockMovements.Add(new StockMovement(productId, before, delta, reason, note, by.UserId, by.Email, clock.GetUtcNow()));
            audit.Record(by, ProductAdmin.EntityType, productId, "StockAdjusted",
                new { StockOnHand = before }, new { StockOnHand = onHand, Delta = delta, Reason = reason.ToString(), Note = note });
            await db.SaveChangesAsync(token);
            return new StockAdjustmentResult(onHand, null);
        }, ct);

    private static string? Refusal(int onHand, int delta, StockMovementReason reason)
    {
        try
        {
            StockMovement.Check(onHand, delta, reason);
            return null;
        }
        catch (DomainException e)
        {
            return e.Message;
        }
    }

    public async Task<ProductStockPage?> PageAsync(int productId, int? page, StockAdjustmentForm? form, CancellationToken ct)
    {
        var product = await db.Products.AsNoTracking().Where(p => p.Id == productId)
            .Select(p => new { p.Id, p.Name, p.Sku, p.StockOnHand }).FirstOrDefaultAsync(ct);
        if (product is null) return null;
        var history = db.StockMovements.AsNoTracking().Where(m => m.ProductId == productId);
        var total = await history.CountAsync(ct);
        var current = Paging.Clamp(Paging.Page(page), total);
        var rows = await history.OrderByDescending(m => m.Id).Skip(Paging.Skip(current, total)).Take(Paging.PageSize)
            .Select(m => new StockMovementRow(m.At, m.UserEmail, m.Delta, m.Reason, m.Note, m.OnHandAfter)).ToListAsync(ct);
        return new ProductStockPage(product.Id, product.Name, product.Sku, product.StockOnHand,
            new PageOf<StockMovementRow>(rows, current, Paging.PageSize, total), form ?? new StockAdjustmentForm());
    }

    public Task<List<LowStockRow>> LowStockAsync(int take, CancellationToken ct) =>
        db.Products.AsNoTracking().Where(p => !p.IsArchived && p.StockOnHand <= LowStockThreshold)
            .OrderBy(p => p.StockOnHand).ThenBy(p => p.Name).Take(take)
            .Select(p => new LowStockRow(p.Id, p.Name, p.Sku, p.StockOnHand, p.IsPublished)).ToListAsync(ct);
}
