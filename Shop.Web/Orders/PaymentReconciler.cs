using Microsoft.Extensions.Options;
using Shop.Web.Shared;

namespace Shop.Web.Orders;

/// <summary>Runs <see cref="PaymentReconciliation"/> on a timer; stops cleanly with the app.</summary>
public sealed class PaymentReconciler(IServiceScopeFactory scopes, IOptions<PaymentReconciliationOptions> options,
    ILogger<PaymentReconciler> log) : BackgroundWork
{
    protected override async Task RunAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.Every);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<PaymentReconciliation>().ReconcileAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogError(e, "Payment reconciliation round failed; trying again next round");
            }
        }
    }
}
