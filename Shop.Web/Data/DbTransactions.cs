using Microsoft.EntityFrameworkCore;

namespace Shop.Web.Data;

public static class DbTransactions
{
    /// <summary>
    /// Runs <paramref name="work"/> in one transaction through the provider's execution strategy (SQL Server's
    /// retrying strategy refuses a user-started transaction outside it) and commits it, unless the work rolled it back.
    /// Inside a transaction already open (the checkout warm-up's), the work joins it and the owner decides.
    /// </summary>
    public static Task<T> InTransactionAsync<T>(this ShopDbContext db, Func<CancellationToken, Task<T>> work, CancellationToken ct)
    {
        if (db.Database.CurrentTransaction is not null) return work(ct);
        return db.Database.CreateExecutionStrategy().ExecuteAsync(async token =>
        {
            await using var tx = await db.Database.BeginTransactionAsync(token);
            var result = await work(token);
            if (db.Database.CurrentTransaction == tx) await tx.CommitAsync(token);
            return result;
        }, ct);
    }
}
