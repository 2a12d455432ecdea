namespace Shop.Web.Shared;

/// <summary>
/// The shop's background services. The host cancels their token when it stops them, and also when it is disposed
/// without having stopped them: after a failed start (a port taken). A cancellation escaping then is logged as a failed
/// service, stack trace and all, below the one sentence that says what to do. Here cancellation ends the work quietly;
/// any other exception still escapes.
/// </summary>
public abstract class BackgroundWork : BackgroundService
{
    protected sealed override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await RunAsync(stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    /// <summary>The work, until <paramref name="stoppingToken"/> is cancelled.</summary>
    protected abstract Task RunAsync(CancellationToken stoppingToken);
}
