using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;

namespace Shop.Web.Data;

/// <summary>
/// Records staff edit through a form (discount codes, tax and shipping zones, categories, shop pages) carry an edit
/// version, a column of their own: a form keeps the one it was opened at, and a save from an older one is refused, so a
/// form opened earlier never silently reverts a colleague's change. Products keep theirs in the domain (Product.Version).
/// </summary>
public static class EditVersions
{
    public const string Column = "EditVersion";

    public const string Stale = "Someone else saved this since you opened it. Nothing was saved: what you typed is still in the form; " +
                                "open it in another tab to see their change. Saving this form again replaces theirs with yours.";

    /// <summary>What became of a save from a form.</summary>
    public enum Outcome { Saved, NotFound, Stale }

    /// <summary>Gives the entity its edit version column (each entity's mapping calls it).</summary>
    public static void HasEditVersion<T>(this Microsoft.EntityFrameworkCore.Metadata.Builders.EntityTypeBuilder<T> entity) where T : class =>
        entity.Property<int>(Column).IsConcurrencyToken();

    /// <summary>The edit version of a tracked record.</summary>
    public static int Of(DbContext db, object record) => (int)db.Entry(record).Property(Column).CurrentValue!;

    /// <summary>The edit version of the record <paramref name="which"/> finds, for its form (0 when there is none).</summary>
    public static Task<int> VersionAsync<T>(this IQueryable<T> records, Expression<Func<T, bool>> which, CancellationToken ct) where T : class =>
        records.Where(which).Select(r => EF.Property<int>(r, Column)).FirstOrDefaultAsync(ct);

    /// <summary>
    /// Saves the changes made to the tracked <paramref name="record"/> (and anything else pending, its audit entry) as made
    /// from version <paramref name="seen"/>: false, and nothing saved, when it was saved since. The UPDATE matches the
    /// version seen and moves it on.
    /// </summary>
    public static async Task<bool> SaveEditAsync(this ShopDbContext db, object record, int seen, CancellationToken ct)
    {
        var version = db.Entry(record).Property(Column);
        if ((int)version.CurrentValue! != seen) return false;
        version.OriginalValue = seen;
        version.CurrentValue = seen + 1;
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            return false;
        }
    }
}
