using Microsoft.EntityFrameworkCore;
using Shop.Domain.Catalog;
using Shop.Web.Admin.Audit;
using Shop.Web.Data;

namespace Shop.Web.Admin.Categories;

/// <summary>Staff work on the shop's shelves: create, rename, reorder, and delete the empty ones.</summary>
public sealed class CategoryAdmin(ShopDbContext db, AuditTrail audit)
{
    public const string EntityType = "Category";

    public Task<List<CategoryRow>> ListAsync(CancellationToken ct) =>
        db.Categories.AsNoTracking().OrderBy(c => c.SortOrder).ThenBy(c => c.Name)
            .Select(c => new CategoryRow(c.Id, c.Name, c.Slug, c.SortOrder,
                db.Products.Count(p => p.CategoryId == c.Id && !p.IsArchived), db.Products.Count(p => p.CategoryId == c.Id && p.IsArchived)))
            .ToListAsync(ct);

    public async Task<CategoryForm?> FormAsync(int id, CancellationToken ct) =>
        await db.Categories.AsNoTracking().Where(c => c.Id == id)
            .Select(c => new CategoryForm { Id = c.Id, Name = c.Name, Slug = c.Slug, Description = c.Description, Version = EF.Property<int>(c, EditVersions.Column) })
            .FirstOrDefaultAsync(ct);

    public async Task<int> CreateAsync(CategoryForm form, StaffMember by, CancellationToken ct)
    {
        var last = await db.Categories.MaxAsync(c => (int?)c.SortOrder, ct) ?? 0;
        var category = new Category(form.Name!, form.Slug!, form.Description ?? "", last + 1);
        var id = await db.InTransactionAsync(async token =>
        {
            db.Categories.Add(category);
            await db.SaveChangesAsync(token);
            audit.Record(by, EntityType, category.Id, "Created", after: new { category.Name, category.Slug });
            await db.SaveChangesAsync(token);
            return category.Id;
        }, ct);
        return id;
    }

    /// <summary>Saves the form unless the category was saved since it was opened (then the form holds the version saved).</summary>
    public async Task<EditVersions.Outcome> UpdateAsync(CategoryForm form, StaffMember by, CancellationToken ct)
    {
        var category = await db.Categories.FirstOrDefaultAsync(c => c.Id == form.Id, ct);
        if (category is null) return EditVersions.Outcome.NotFound;
        var before = new { category.Name, category.Slug, category.Description };
        category.Rename(form.Name!, form.Slug!);
        category.Describe(form.Description ?? "");
        audit.Record(by, EntityType, category.Id, "Edited", before, new { category.Name, category.Slug, category.Description });
        if (await db.SaveEditAsync(category, form.Version, ct)) return EditVersions.Outcome.Saved;
        form.Version = await db.Categories.VersionAsync(c => c.Id == category.Id, ct);
        return EditVersions.Outcome.Stale;
    }

    /// <summary>Swaps the category with its neighbour above (up) or below; at either end nothing moves.</summary>
    public async Task<bool> MoveAsync(int id, bool up, StaffMember by, CancellationToken ct)
    {
        var ordered = await db.Categories.OrderBy(c => c.SortOrder).ThenBy(c => c.Name).ToListAsync(ct);
        var index = ordered.FindIndex(c => c.Id == id);
        if (index < 0) return false;
        var other = up ? index - 1 : index + 1;
        if (other < 0 || other >= ordered.Count) return true;

        // Renumber 1..n first so categories that share a sort order (older data) still move one step.
        for (var i = 0; i < ordered.Count; i++) ordered[i].MoveTo(i + 1);
        ordered[index].MoveTo(other + 1);
        ordered[other].MoveTo(index + 1);
        audit.Record(by, EntityType, id, up ? "MovedUp" : "MovedDown", new { Position = index + 1 }, new { Position = other + 1 });
        await db.SaveChangesAsync(ct);
        return true;
    }

    /// <summary>
    /// Only an empty category no discount code names may go: its products would otherwise have no shelf, and a code
    /// for it alone would be left for nothing (and, saved again, for the whole cart). Archived products count too: each
    /// keeps its category for the orders that name it.
    /// </summary>
    public async Task<CategoryRemovalResult> RemoveAsync(int id, StaffMember by, CancellationToken ct)
    {
        var category = await db.Categories.FirstOrDefaultAsync(c => c.Id == id, ct);
        if (category is null) return new(CategoryRemoval.NotFound);
        var held = await db.Products.Where(p => p.CategoryId == id).GroupBy(p => p.IsArchived).Select(g => new { Archived = g.Key, Count = g.Count() }).ToListAsync(ct);
        if (held.Count > 0)
            return new(CategoryRemoval.NotEmpty, held.Where(h => !h.Archived).Sum(h => h.Count), Archived: held.Where(h => h.Archived).Sum(h => h.Count));
        var codes = (await db.DiscountCodes.AsNoTracking().Select(d => new { d.Code, d.CategoryIds }).ToListAsync(ct))
            .Where(d => d.CategoryIds.Contains(id)).Select(d => d.Code).Order().ToList();
        if (codes.Count > 0) return new(CategoryRemoval.NamedByDiscounts, Codes: codes);
        db.Categories.Remove(category);
        audit.Record(by, EntityType, id, "Deleted", new { category.Name, category.Slug });
        await db.SaveChangesAsync(ct);
        return new(CategoryRemoval.Deleted);
    }
}
