using Microsoft.EntityFrameworkCore;

namespace Shop.Web.Data;

public static class ConcurrencyRetry
{
    /// <summary>
    /// Runs a unit of work (reads, changes, save) and, when a <see cref="DbUpdateConcurrencyException"/> says someone
    /// else saved first, forgets everything tracked and runs it again from a fresh read: <paramref name="attempts"/>
    /// runs in all, then the conflict is thrown. <c>work</c> is told which attempt it is (1 first).
    /// </summary>
    public static async Task<T> RetryOnConflictAsync<T>(this ShopDbContext db, Func<int, Task<T>> work, int attempts = 3)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await work(attempt);
            }
            catch (DbUpdateConcurrencyException) when (attempt < attempts)
            {
                db.ChangeTracker.Clear();
            }
        }
    }

    public static Task RetryOnConflictAsync(this ShopDbContext db, Func<int, Task> work, int attempts = 3) =>
        db.RetryOnConflictAsync(async attempt => { await work(attempt); return true; }, attempts);
}
