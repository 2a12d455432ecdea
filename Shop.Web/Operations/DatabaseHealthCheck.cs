using Microsoft.Extensions.Diagnostics.HealthChecks;
using Shop.Web.Data;

namespace Shop.Web.Operations;

/// <summary>Ready means the database answers; a node that cannot reach it should take no traffic.</summary>
public sealed class DatabaseHealthCheck(ShopDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default)
    {
        try
        {
            return await db.Database.CanConnectAsync(ct)
                ? HealthCheckResult.Healthy("database reachable")
                : HealthCheckResult.Unhealthy("database unreachable");
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy("database check failed", e);
        }
    }
}
