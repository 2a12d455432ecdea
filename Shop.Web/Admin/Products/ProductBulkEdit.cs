using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Shop.Domain;
using Shop.Domain.Catalog;
using Shop.Web.Admin.Audit;
using Shop.Web.Data;
using Shop.Web.Languages;

namespace Shop.Web.Admin.Products;

/// <summary>
/// One action on many products, all or nothing and in one save (so the catalog's caches and search follow, as for a
/// single edit). Removing deletes what nothing points at and archives the rest, product by product, as a single removal does.
/// </summary>
public sealed class ProductBulkEdit(ShopDbContext db, ProductAdmin products, AuditTrail audit, TimeProvider clock, IOptions<ShopOptions> options)
{
    /// <summary>A sentence for the staff member, and whether anything changed.</summary>
    public async Task<(bool Done, string Message)> ApplyAsync(ProductBulkForm form, StaffMember by, CancellationToken ct)
    {
        var ids = form.Selected.Distinct().ToList();
        if (form.Action == ProductBulkForm.Remove) return (true, await RemoveAsync(ids, by, ct));

        var chosen = await db.Products.Where(p => ids.Contains(p.Id)).ToListAsync(ct);
        if (chosen.Count == 0) return (false, ShopText.Translate("None of the ticked products exists any more."));
        var now = clock.GetUtcNow();
        foreach (var product in chosen)
        {
            var before = ProductSnapshot.Of(product);
            try
            {
                Change(product, form, options.Value.CurrencyCode);
            }
            catch (DomainException e)
            {
                db.ChangeTracker.Clear();
                return (false, ShopText.Translate("{0}: {1} Nothing was changed.", product.Name, ShopText.Translate(e.Message)));
            }
            product.Touch(now);
            audit.Record(by, ProductAdmin.EntityType, product.Id, Verb(form.Action), before, ProductSnapshot.Of(product));
        }
        if (!await db.TrySaveChangesAsync(ct))
            return (false, ShopText.Translate("Someone else changed one of these products a moment ago. Nothing was changed; try again."));
        var (one, other) = Done(form.Action);
        return (true, ShopText.Plural(chosen.Count, one, other));
    }

    /// <summary>
    /// The ticked products whose price a change of prices at least doubles, for the staff member to confirm; empty
    /// when there are none or it was confirmed.
    /// </summary>
    public async Task<PriceRiseCheck?> CheckRiseAsync(ProductBulkForm form, string? back, CancellationToken ct)
    {
        if (form.Action != ProductBulkForm.Reprice || form.Confirmed) return null;
        PriceChange change;
        try
        {
            change = PriceChangeOf(form, options.Value.CurrencyCode);
        }
        catch (DomainException)
        {
            return null; // a change the domain refuses (zero, −100%) is refused by ApplyAsync, with its sentence
        }
        var ids = form.Selected.Distinct().ToList();
        var chosen = await db.Products.AsNoTracking().Where(p => ids.Contains(p.Id)).OrderBy(p => p.Name).ToListAsync(ct);
        var doubled = chosen.Where(p => p.PriceAtLeastDoubles(change)).ToList();
        return doubled.Count == 0 ? null
            : new PriceRiseCheck(form, back, chosen.Count, doubled.Take(PriceRiseCheck.Shown).Select(p => (p.Name, p.Price, change.Of(p.Price))).ToList(), doubled.Count);
    }

    private static void Change(Product product, ProductBulkForm form, string currency)
    {
        switch (form.Action)
        {
            case ProductBulkForm.Publish: product.Publish(); break;
            case ProductBulkForm.Unpublish: product.Unpublish(); break;
            case ProductBulkForm.Digital: product.MarkDigital(true); break;
            case ProductBulkForm.Shipped: product.MarkDigital(false); break;
            case ProductBulkForm.Move: product.MoveToCategory(form.CategoryId!.Value); break;
            case ProductBulkForm.Sale: product.PutOnSale(PriceChangeOf(form, currency)); break;
            case ProductBulkForm.EndSale: product.EndSale(); break;
            default: product.ChangePrices(PriceChangeOf(form, currency)); break;
        }
    }

    private static PriceChange PriceChangeOf(ProductBulkForm form, string currency) =>
        form.PriceBy == "percent" ? PriceChange.ByPercent(form.Change!.Value, currency) : PriceChange.ByAmount(form.Change!.Value, currency);

    private static string Verb(string? action) => action switch
    {
        ProductBulkForm.Publish => "Published",
        ProductBulkForm.Unpublish => "Unpublished",
        ProductBulkForm.Digital => "Marked digital",
        ProductBulkForm.Shipped => "Marked shipped",
        ProductBulkForm.Move => "Moved",
        ProductBulkForm.Sale => "Put on sale",
        ProductBulkForm.EndSale => "Taken off sale",
        _ => "Repriced",
    };

    /// <summary>What the staff member is told (<see cref="Verb"/> is what the audit log records, in English).</summary>
    private static (string One, string Other) Done(string? action) => action switch
    {
        ProductBulkForm.Publish => ("{0} product published.", "{0} products published."),
        ProductBulkForm.Unpublish => ("{0} product unpublished.", "{0} products unpublished."),
        ProductBulkForm.Digital => ("{0} product marked digital.", "{0} products marked digital."),
        ProductBulkForm.Shipped => ("{0} product marked shipped.", "{0} products marked shipped."),
        ProductBulkForm.Move => ("{0} product moved.", "{0} products moved."),
        ProductBulkForm.Sale => ("{0} product put on sale.", "{0} products put on sale."),
        ProductBulkForm.EndSale => ("{0} product taken off sale.", "{0} products taken off sale."),
        _ => ("{0} product repriced.", "{0} products repriced."),
    };

    private async Task<string> RemoveAsync(List<int> ids, StaffMember by, CancellationToken ct)
    {
        var (deleted, archived) = (0, 0);
        foreach (var id in ids)
        {
            switch (await products.RemoveAsync(id, by, ct))
            {
                case ProductRemoval.Deleted: deleted++; break;
                case ProductRemoval.Archived: archived++; break;
            }
        }
        return ShopText.Plural(deleted, "{0} product deleted, {1} archived (kept for past orders).", "{0} products deleted, {1} archived (kept for past orders).", archived);
    }
}
