using Shop.Web.Shared;

namespace Shop.Web.Cart;

/// <summary>Once an hour, deletes anonymous carts nobody has touched for 30 days.</summary>
public sealed class AbandonedCartCleanup(IServiceScopeFactory scopes, ILogger<AbandonedCartCleanup> log) : BackgroundWork
{
    protected override async Task RunAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromHours(1));
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var deleted = await scope.ServiceProvider.GetRequiredService<CartService>().DeleteAbandonedAsync(stoppingToken);
                if (deleted > 0) log.LogInformation("Deleted {Count} abandoned anonymous carts", deleted);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogWarning(e, "Abandoned-cart cleanup failed; will try again in an hour");
            }
        } while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
