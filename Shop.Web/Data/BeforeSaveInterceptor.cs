using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Shop.Web.Data;

/// <summary>An interceptor that looks at a context's changes just before each save, async or not, through one method.</summary>
public abstract class BeforeSaveInterceptor : SaveChangesInterceptor
{
    /// <summary>Called once per save attempt, before EF writes; may add entities to the same save.</summary>
    protected abstract void BeforeSave(DbContext db);

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData e, InterceptionResult<int> result, CancellationToken ct = default)
    {
        if (e.Context is { } db) BeforeSave(db);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData e, InterceptionResult<int> result)
    {
        if (e.Context is { } db) BeforeSave(db);
        return result;
    }
}
