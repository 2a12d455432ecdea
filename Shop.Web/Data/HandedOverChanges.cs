using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Shop.Web.Data;

/// <summary>
/// The unsaved changes of one context, saved by another (several requests' changes in one transaction): each added,
/// modified or deleted entity is tracked there in the same state, with its original values (row versions included)
/// and which properties changed. After that context's save, <see cref="Saved.TakeBack"/> makes the first context see them
/// saved, with what the database generated (keys, row versions). Changes to complex properties (money, addresses)
/// are not handed over (<see cref="CanHandOver"/>): the context saves those itself.
/// </summary>
public sealed class HandedOverChanges
{
    private readonly List<(EntityEntry Mine, EntityEntry Theirs)> _entries;

    private HandedOverChanges(List<(EntityEntry, EntityEntry)> entries) => _entries = entries;

    /// <summary>Whether <paramref name="from"/>'s changes can be handed over (none changes a complex property of a saved entity).</summary>
    public static bool CanHandOver(DbContext from)
    {
        from.ChangeTracker.DetectChanges();
        return !Changed(from).Any(e => e.State != EntityState.Added && e.ComplexProperties.Any(c => c.IsModified));
    }

    /// <summary>Tracks <paramref name="from"/>'s changes (checked with <see cref="CanHandOver"/>) in <paramref name="to"/>.</summary>
    public static HandedOverChanges HandOver(DbContext from, DbContext to)
    {
        var changed = Changed(from).ToList();
        var entries = new List<(EntityEntry, EntityEntry)>();
        foreach (var mine in changed)
        {
            var theirs = to.Entry(mine.Entity);
            if (mine.State == EntityState.Added)
            {
                theirs.State = EntityState.Added;
                foreach (var property in Shadow(mine).Where(p => !mine.Property(p).IsTemporary))
                    theirs.Property(property).CurrentValue = mine.Property(property).CurrentValue;
            }
            else
            {
                // Setting the originals marks each value that differs as changed; the flags come too (a property may be
                // marked changed with its value unchanged). Their save need not detect changes again.
                theirs.State = EntityState.Unchanged;
                theirs.OriginalValues.SetValues(mine.OriginalValues);
                foreach (var property in Shadow(mine)) theirs.Property(property).CurrentValue = mine.Property(property).CurrentValue;
                foreach (var property in mine.Properties.Where(p => p.IsModified)) theirs.Property(property.Metadata).IsModified = true;
                if (mine.State == EntityState.Deleted) theirs.State = EntityState.Deleted;
            }
            entries.Add((mine, theirs));
        }
        return new HandedOverChanges(entries);
    }

    /// <summary>What the other context saved, as it saved it: read it before that context forgets its entities.</summary>
    public Saved ReadSaved() => new(_entries.Select(e => (e.Mine, e.Mine.State == EntityState.Deleted
        ? null
        : Shadow(e.Theirs).Select(p => (p, e.Theirs.Property(p).CurrentValue)).ToList())).ToList());

    /// <summary>The changes as saved: each entity unchanged in its first context, with the database's values.</summary>
    public sealed class Saved(List<(EntityEntry Mine, List<(IProperty Property, object? Value)>? Shadow)> entries)
    {
        public void TakeBack()
        {
            foreach (var (mine, shadow) in entries)
            {
                if (shadow is null)
                {
                    mine.State = EntityState.Detached;
                    continue;
                }
                var entry = mine;
                if (mine.State == EntityState.Added)
                {
                    // Tracked again by the key the database gave it (a temporary key cannot become a saved one).
                    mine.State = EntityState.Detached;
                    entry = mine.Context.Entry(mine.Entity);
                }
                foreach (var (property, value) in shadow) entry.Property(property).CurrentValue = value;
                // Originals first: a modified entry set back to Unchanged takes its original values again.
                entry.OriginalValues.SetValues(entry.CurrentValues);
                entry.State = EntityState.Unchanged;
            }
        }
    }

    private static IEnumerable<IProperty> Shadow(EntityEntry entry) => entry.Metadata.GetProperties().Where(p => p.IsShadowProperty());

    private static IEnumerable<EntityEntry> Changed(DbContext context) =>
        context.ChangeTracker.Entries().Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted);
}
