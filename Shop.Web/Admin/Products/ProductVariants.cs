using Microsoft.EntityFrameworkCore;
using Shop.Domain;
using Shop.Domain.Catalog;
using Shop.Web.Admin.Audit;
using Shop.Web.Admin.Stock;
using Shop.Web.Data;
using Shop.Web.Languages;

namespace Shop.Web.Admin.Products;

/// <summary>
/// Staff work on a product's options and variants: generate the variants, save the grid, change many at once. Every
/// change carries the product's version (optimistic, like the product form) and is all or nothing; stock moves only
/// as adjustments (<see cref="StockAdjustments"/>), so the history and the audit log see each one.
/// </summary>
public sealed class ProductVariants(ShopDbContext db, AuditTrail audit, StockAdjustments stock, TimeProvider clock)
{
    /// <summary>
    /// Sets the options and makes a variant per combination (<see cref="Product.DefineOptions"/>). Variants that go
    /// while holding stock are only removed once staff confirmed it; their stock is written off as a correction first.
    /// </summary>
    public async Task<VariantEditResult> DefineOptionsAsync(int productId, ProductOptionsForm form, StaffMember by, CancellationToken ct)
    {
        var options = form.Defined();
        // A trial run on a copy says which variants would go and which SKUs the new ones would get.
        var trial = await db.Products.AsNoTracking().FirstOrDefaultAsync(p => p.Id == productId, ct);
        if (trial is null) return VariantEditResult.NotFound;
        if (trial.Version != form.Version) return VariantEditResult.ChangedBySomeoneElse;
        var had = trial.Variants.Select(v => new VariantAtRisk(v.Id, TitleOf(trial, v), v.Sku, v.StockOnHand)).ToList();
        try
        {
            trial.DefineOptions(options);
        }
        catch (DomainException e)
        {
            return VariantEditResult.Refused(ShopText.Translate(e.Message));
        }
        var kept = trial.Variants.Select(v => v.Id).ToHashSet();
        var going = had.Where(v => !kept.Contains(v.Id)).ToList();
        if (going.Any(v => v.OnHand > 0) && !form.ConfirmRemoval)
            return new VariantEditResult(VariantEditOutcome.ConfirmRemoval, AtRisk: going.Where(v => v.OnHand > 0).ToList());
        var newSkus = trial.Variants.Where(v => v.Id == 0).Select(v => v.Sku).ToList();
        if ((await TakenAsync(productId, newSkus, ct)).FirstOrDefault() is { } taken)
            return VariantEditResult.Refused(ShopText.Translate("A new variant would get the SKU {0}, which another product already has. Nothing was saved: " +
                                             "change this product's SKU (new variants' SKUs start with it), then generate again.", taken));

        return await SavingAsync(async token =>
        {
            foreach (var variant in going)
            {
                var onHand = await db.Variants.Where(v => v.Id == variant.Id).Select(v => v.StockOnHand).FirstOrDefaultAsync(token);
                if (onHand == 0) continue;
                var written = await stock.AdjustAsync(productId, variant.Id, -onHand, StockMovementReason.Correction,
                    StockNotes.Write(StockNotes.WrittenOff, variant.Title, variant.Sku), by, token);
                if (written is not { Done: true }) return await RefuseAsync(ShopText.Translate("{0}: the stock changed meanwhile. Nothing was saved: please try again.", variant.Title), token);
            }
            var product = await db.Products.FirstOrDefaultAsync(p => p.Id == productId, token);
            if (product is null) return VariantEditResult.NotFound;
            db.Entry(product).Property(p => p.Version).OriginalValue = form.Version;
            var before = ProductSnapshot.Of(product);
            product.DefineOptions(options);
            product.Touch(clock.GetUtcNow());
            audit.Record(by, ProductAdmin.EntityType, productId, "OptionsDefined", before, ProductSnapshot.Of(product));
            await db.SaveChangesAsync(token);
            return VariantEditResult.Saved;
        }, ct);
    }

    /// <summary>Saves the whole grid: the variants' own fields, then each changed stock as a correction by the difference.</summary>
    public Task<VariantEditResult> SaveGridAsync(int productId, VariantGridForm form, StaffMember by, CancellationToken ct) =>
        SavingAsync(async token =>
        {
            var product = await db.Products.FirstOrDefaultAsync(p => p.Id == productId, token);
            if (product is null) return VariantEditResult.NotFound;
            var ids = product.Variants.Select(v => v.Id).ToHashSet();
            if (product.Version != form.Version || !form.Variants.All(r => ids.Contains(r.Id))
                || form.Variants.DistinctBy(r => r.Id).Count() != form.Variants.Count) return VariantEditResult.ChangedBySomeoneElse;
            db.Entry(product).Property(p => p.Version).OriginalValue = form.Version;

            var before = Rows(product);
            try
            {
                product.ChangeVariants(form.Changes());
            }
            catch (DomainException e)
            {
                db.ChangeTracker.Clear();
                return VariantEditResult.Refused(ShopText.Translate("{0} Nothing was saved.", ShopText.Translate(e.Message)));
            }
            if (db.ChangeTracker.HasChanges())
            {
                var after = Rows(product);
                product.Touch(clock.GetUtcNow());
                audit.Record(by, ProductAdmin.EntityType, productId, "VariantsEdited",
                    before.Except(after).ToList(), after.Except(before).ToList());
                await db.SaveChangesAsync(token);
            }
            foreach (var row in form.Variants.Where(r => r.StockDelta != 0))
            {
                var moved = await stock.AdjustAsync(productId, row.Id, row.StockDelta, StockMovementReason.Correction,
                    StockNotes.Write(StockNotes.SetInGrid, row.NewStock, row.ShownStock), by, token);
                if (moved is not { Done: true })
                    return await RefuseAsync(ShopText.Translate("{0}: {1} Nothing was saved.", TitleOf(product, product.Variant(row.Id)), ShopText.Translate(moved?.Refusal ?? "that variant is gone.")), token);
            }
            return VariantEditResult.Saved;
        }, ct);

    /// <summary>One price for all or the selected variants, or the same units added to each one's stock.</summary>
    public Task<VariantEditResult> ChangeManyAsync(int productId, VariantBulkForm form, StaffMember by, CancellationToken ct) =>
        SavingAsync(async token =>
        {
            var product = await db.Products.FirstOrDefaultAsync(p => p.Id == productId, token);
            if (product is null) return VariantEditResult.NotFound;
            var all = product.Variants.OrderBy(v => v.Position).Select(v => v.Id).ToList();
            if (product.Version != form.Version || !form.Selected.All(all.Contains)) return VariantEditResult.ChangedBySomeoneElse;
            var chosen = form.ToAll ? all : all.Where(form.Selected.Contains).ToList();

            if (form.Change == VariantBulkForm.SetPrice)
            {
                db.Entry(product).Property(p => p.Version).OriginalValue = form.Version;
                var before = Rows(product);
                try
                {
                    product.RepriceVariants(chosen, form.NewPrice!.Value);
                }
                catch (DomainException e)
                {
                    db.ChangeTracker.Clear();
                    return VariantEditResult.Refused(ShopText.Translate("{0} Nothing was saved.", ShopText.Translate(e.Message)));
                }
                var after = Rows(product);
                product.Touch(clock.GetUtcNow());
                audit.Record(by, ProductAdmin.EntityType, productId, "VariantsRepriced", before.Except(after).ToList(), after.Except(before).ToList());
                await db.SaveChangesAsync(token);
                return VariantEditResult.Saved;
            }

            var note = chosen.Count == all.Count ? StockNotes.AddedToEvery : StockNotes.Write(StockNotes.AddedToSelected, chosen.Count);
            foreach (var id in chosen)
            {
                var moved = await stock.AdjustAsync(productId, id, form.Units!.Value, form.Reason!.Value, note, by, token);
                if (moved is not { Done: true })
                    return await RefuseAsync(ShopText.Translate("{0}: {1} Nothing was saved.", TitleOf(product, product.Variant(id)), ShopText.Translate(moved?.Refusal ?? "that variant is gone.")), token);
            }
            return VariantEditResult.Saved;
        }, ct);

    /// <summary>Runs the change in one transaction; a save that lost the race (version, or a SKU taken meanwhile) is refused, not thrown.</summary>
    private async Task<VariantEditResult> SavingAsync(Func<CancellationToken, Task<VariantEditResult>> work, CancellationToken ct)
    {
        try
        {
            return await db.InTransactionAsync(work, ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return VariantEditResult.ChangedBySomeoneElse;
        }
        catch (DbUpdateException e) when (e.IsUniqueViolation())
        {
            db.ChangeTracker.Clear();
            return VariantEditResult.Refused(ShopText.Translate("Another product took one of these SKUs a moment ago. Nothing was saved: choose another SKU."));
        }
    }

    /// <summary>Undoes everything written so far in this change (stock moves included) and says why.</summary>
    private async Task<VariantEditResult> RefuseAsync(string message, CancellationToken ct)
    {
        await db.Database.RollbackTransactionAsync(ct);
        db.ChangeTracker.Clear();
        return VariantEditResult.Refused(message);
    }

    private async Task<List<string>> TakenAsync(int productId, List<string> skus, CancellationToken ct) =>
        skus.Count == 0 ? [] :
        (await db.Variants.Where(v => v.ProductId != productId && skus.Contains(v.Sku)).Select(v => v.Sku).ToListAsync(ct))
        .Concat(await db.Products.Where(p => p.Id != productId && skus.Contains(p.Sku)).Select(p => p.Sku).ToListAsync(ct))
        .Distinct().ToList();

    private static string TitleOf(Product p, ProductVariant v) => v.Title.Length > 0 ? v.Title : p.Name;

    /// <summary>The variants as the audit log records an edit of them.</summary>
    private static List<VariantSnapshot> Rows(Product p) =>
        p.Variants.OrderBy(v => v.Position)
            .Select(v => new VariantSnapshot(v.Id, v.Title, v.Sku, v.Price, v.CompareAtPrice, v.WeightGrams, v.ImagePath, v.IsPublished, v.Content?.ToString(), v.Gtin)).ToList();

    private sealed record VariantSnapshot(int Id, string Title, string Sku, decimal? Price, decimal? CompareAtPrice, int? WeightGrams,
        string? ImagePath, bool IsPublished, string? Content, string? Gtin);
}
