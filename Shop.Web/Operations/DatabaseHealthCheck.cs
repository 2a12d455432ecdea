using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Shop.Web.Data;

namespace Shop.Web.Operations;

/// <summary>
/// Ready means the database answers; a node that cannot reach it should take no traffic. Answered within
/// <see cref="AnswerWithin"/>: a load balancer's probe gives up after a few seconds, so one connection is tried, without
/// the retries a request gets (the execution strategy's CanConnect retried for a minute while the server was down).
/// </summary>
public sealed class DatabaseHealthCheck(ShopDbContext db) : IHealthCheck
{
    public static readonly TimeSpan AnswerWithin = TimeSpan.FromSeconds(3);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default)
    {
        using var quick = CancellationTokenSource.CreateLinkedTokenSource(ct);
        quick.CancelAfter(AnswerWithin);
        try
        {
            return await ConnectsAsync(quick.Token)
                ? HealthCheckResult.Healthy("database reachable")
                : HealthCheckResult.Unhealthy("database unreachable");
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return HealthCheckResult.Unhealthy($"database did not answer within {AnswerWithin.TotalSeconds:0} s");
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy("database check failed", e);
        }
    }

    private async Task<bool> ConnectsAsync(CancellationToken ct)
    {
        // SQLite has no retries, and opening a missing file would create it; CanConnect only looks.
        if (db.Database.IsSqlite()) return await db.Database.CanConnectAsync(ct);
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync(ct);
        await connection.CloseAsync();
        return true;
    }
}
