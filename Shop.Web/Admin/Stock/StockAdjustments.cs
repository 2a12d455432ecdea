using Microsoft.EntityFrameworkCore;
using Shop.Domain;
using Shop.Domain.Catalog;
using Shop.Domain.Ordering;
using Shop.Web.Admin.Audit;
using Shop.Web.Admin.Products;
using Shop.Web.Catalog;
using Shop.Web.Data;
using Shop.Web.Shared;

namespace Shop.Web.Admin.Stock;

/// <summary>
/// Hand stock adjustments with their history: the move goes through <see cref="StockLevels"/> like a sale's, and the
/// history line and the audit entry commit in the same transaction.
/// </summary>
public sealed class StockAdjustments(ShopDbContext db, AuditTrail audit, StockLevels stock, TimeProvider clock)
{
    /// <summary>The low-stock list shows variants at or below this many units.</summary>
    public const int LowStockThreshold = StockState.LowThreshold;

    /// <returns>null when the product has no such variant (or, with no variant named, has several).</returns>
    public async Task<StockAdjustmentResult?> AdjustAsync(int productId, int? variantId, int delta, StockMovementReason reason, string? note,
        StaffMember by, CancellationToken ct) =>
        await db.InTransactionAsync<StockAdjustmentResult?>(async token =>
        {
            var variants = await db.Variants.Where(v => v.ProductId == productId && (variantId == null || v.Id == variantId))
                .OrderBy(v => v.Id).Select(v => new { v.Id, v.StockOnHand, v.Option1, v.Option2, v.Option3 }).Take(2).ToListAsync(token);
            if (variants.Count != 1) return null;
            var variant = variants[0];
            if (Refusal(variant.StockOnHand, delta, reason) is { } refused) return new StockAdjustmentResult(variant.StockOnHand, refused);

            if (await stock.TryAdjustAsync(variant.Id, delta, token) is not { } onHand)
            {
                // A sale took the units between the read and the update: nothing changed, say what is left now.
                var left = await db.Variants.Where(v => v.Id == variant.Id).Select(v => v.StockOnHand).FirstAsync(token);
                return new StockAdjustmentResult(left, Refusal(left, delta, reason) ?? "Stock changed meanwhile; please try again.");
            }
            var before = onHand - delta;
            db.StockMovements.Add(new StockMovement(productId, variant.Id, before, delta, reason, note, by.UserId, by.Email, clock.GetUtcNow()));
            audit.Record(by, ProductAdmin.EntityType, productId, "StockAdjusted",
                new { StockOnHand = before },
                new { StockOnHand = onHand, Delta = delta, Reason = reason.ToString(), Note = note, Variant = ProductVariant.TitleOf(variant.Option1, variant.Option2, variant.Option3) });
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
            .Select(p => new { p.Id, p.Name, p.Sku }).FirstOrDefaultAsync(ct);
        if (product is null) return null;
        var variants = (await db.Variants.AsNoTracking().Where(v => v.ProductId == productId).OrderBy(v => v.Position)
                .Select(v => new { v.Id, v.Sku, v.Option1, v.Option2, v.Option3, v.StockOnHand, v.IsPublished }).ToListAsync(ct))
            .Select(v => new VariantStockRow(v.Id, v.Sku, ProductVariant.TitleOf(v.Option1, v.Option2, v.Option3), v.StockOnHand, v.IsPublished))
            .ToList();
        var titles = variants.ToDictionary(v => v.Id, v => v.Title.Length > 0 ? v.Title : v.Sku);
        var history = db.StockMovements.AsNoTracking().Where(m => m.ProductId == productId);
        var total = await history.CountAsync(ct);
        var current = Paging.Clamp(Paging.Page(page), total);
        var rows = (await history.OrderByDescending(m => m.Id).Skip(Paging.Skip(current, total)).Take(Paging.PageSize)
                .Select(m => new { m.At, m.UserEmail, m.Delta, m.Reason, m.Note, m.OnHandAfter, m.VariantId }).ToListAsync(ct))
            .Select(m => new StockMovementRow(m.At, m.UserEmail, m.Delta, m.Reason, m.Note, m.OnHandAfter,
                titles.GetValueOrDefault(m.VariantId, Languages.ShopText.Translate("(a variant since removed)"))))
            .ToList();
        return new ProductStockPage(product.Id, product.Name, product.Sku, variants,
            new PageOf<StockMovementRow>(rows, current, Paging.PageSize, total), form ?? new StockAdjustmentForm());
    }

    /// <summary>A page of the variants running low, or with <see cref="LowStockPage.Out"/> sold out, fewest first; both counted.</summary>
    public async Task<LowStockPage> LowStockAsync(string? show, int? page, CancellationToken ct, int pageSize = Paging.PageSize)
    {
        show = show == LowStockPage.Out ? LowStockPage.Out : LowStockPage.Low;
        var runningLow = await LowStock(LowStockPage.Low).CountAsync(ct);
        var soldOut = await LowStock(LowStockPage.Out).CountAsync(ct);
        var total = show == LowStockPage.Out ? soldOut : runningLow;
        var current = Paging.Clamp(Paging.Page(page), total, pageSize);
        var rows = (await LowStock(show)
                .Join(db.Products, v => v.ProductId, p => p.Id, (v, p) => new
                {
                    p.Id, p.Name, v.Sku, v.Option1, v.Option2, v.Option3, v.StockOnHand, IsPublished = p.IsPublished && v.IsPublished,
                })
                .OrderBy(x => x.StockOnHand).ThenBy(x => x.Name).ThenBy(x => x.Sku)
                .Skip(Paging.Skip(current, total, pageSize)).Take(pageSize).ToListAsync(ct))
            .Select(x => new LowStockRow(x.Id, OrderLine.NameWithVariant(x.Name, ProductVariant.TitleOf(x.Option1, x.Option2, x.Option3)), x.Sku, x.StockOnHand, x.IsPublished))
            .ToList();
        return new LowStockPage(show, new PageOf<LowStockRow>(rows, current, pageSize, total), runningLow, soldOut);
    }

    /// <summary>Variants of products still on the books: at 0 for <see cref="LowStockPage.Out"/>, else 1 to the threshold.</summary>
    private IQueryable<ProductVariant> LowStock(string show)
    {
        var variants = db.Variants.AsNoTracking().Where(v => db.Products.Any(p => p.Id == v.ProductId && !p.IsArchived));
        return show == LowStockPage.Out
            ? variants.Where(v => v.StockOnHand <= 0)
            : variants.Where(v => v.StockOnHand > 0 && v.StockOnHand <= LowStockThreshold);
    }
}
