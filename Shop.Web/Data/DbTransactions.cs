using Microsoft.EntityFrameworkCore;

namespace Shop.Web.Data;

public static class DbTransactions
{
    /// <summary>
    /// Runs <paramref name="work"/> in one transaction through the provider's execution strategy: SQL Server's
    /// retrying strategy refuses a user-started transaction outside it.
    /// </summary>
    public static Task<T> InTransactionAsync<T>(this ShopDbContext db, Func<CancellationToken, Task<T>> work, CancellationToken ct) =>
        db.Database.CreateExecutionStrategy().ExecuteAsync(async token =>
        {
            await using var tx = await db.Database.BeginTransactionAsync(token);
            var result = await work(token);
            await tx.CommitAsync(token);
            return result;
        }, ct);
}
