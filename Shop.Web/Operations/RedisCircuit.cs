namespace Shop.Web.Operations;

/// <summary>
/// Guards the Redis calls on a page's path. A call that fails, or takes longer than <see cref="CallTimeout"/>, opens the
/// circuit: for <see cref="OpenFor"/> no call goes to Redis and the node serves pages without it (uncached), instead of
/// every call waiting out Redis's own timeout while Redis is down or hanging. The next call after that tries again.
/// </summary>
public sealed class RedisCircuit(TimeProvider clock, ILogger<RedisCircuit> log)
{
    public static readonly TimeSpan CallTimeout = TimeSpan.FromSeconds(1);
    public static readonly TimeSpan OpenFor = TimeSpan.FromSeconds(15);

    private long _openUntilTicks;

    public bool IsOpen => clock.GetUtcNow().UtcTicks < Interlocked.Read(ref _openUntilTicks);

    /// <summary>The call's answer; <see cref="RedisUnavailableException"/> when it failed, took too long, or Redis failed a moment ago.</summary>
    public async Task<T> CallAsync<T>(Func<Task<T>> call, CancellationToken ct = default)
    {
        if (IsOpen) throw new RedisUnavailableException(null);
        Task<T>? task = null;
        try
        {
            task = call();
            return await task.WaitAsync(CallTimeout, clock, ct);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception e)
        {
            // StackExchange.Redis throws more than RedisException (an InvalidOperationException while a connection is
            // torn down), so any failure counts. A call given up on is still watched, so its late failure is seen.
            _ = task?.ContinueWith(t => t.Exception, TaskContinuationOptions.OnlyOnFaulted | TaskContinuationOptions.ExecuteSynchronously);
            Open(e);
            throw new RedisUnavailableException(e);
        }
    }

    public async Task CallAsync(Func<Task> call, CancellationToken ct = default) =>
        await CallAsync(async () => { await call(); return true; }, ct);

    private void Open(Exception cause)
    {
        var now = clock.GetUtcNow();
        var before = Interlocked.Exchange(ref _openUntilTicks, (now + OpenFor).UtcTicks);
        if (before <= now.UtcTicks)
            log.LogWarning(cause, "Redis failed or did not answer within {Timeout}; pages are served without it (uncached) for {OpenFor}", CallTimeout, OpenFor);
    }
}
