namespace Shop.Web.Data;

/// <summary>
/// SQLite lets one writer in at a time and a blocked writer polls (sleeping 150 ms between tries), so in a rush the
/// database idles while writers sleep. Write transactions therefore queue here, in order, without polling; the turn
/// passes straight to the next writer on the releasing thread. The database's own lock still decides; on server
/// databases nobody waits. Figures: bench/README.md.
/// </summary>
/// <remarks>
/// Because the next writer runs before the code after the turn, a transaction must end inside its turn: the only way
/// in is <see cref="RunAsync{T}"/>, which commits before it lets go.
/// </remarks>
public sealed class WriteTurns(bool oneAtATime)
{
    private readonly Lock _lock = new();
    private readonly Queue<TaskCompletionSource>? _waiting = oneAtATime ? new() : null;
    private bool _taken;

    /// <summary>Whether writers take turns (SQLite); on a server database everyone goes through at once.</summary>
    public bool OneAtATime => _waiting is not null;

    /// <summary>Takes the turn, runs <paramref name="work"/> in a transaction, commits it and only then passes the turn on.</summary>
    public async Task<T> RunAsync<T>(ShopDbContext db, Func<CancellationToken, Task<T>> work, CancellationToken ct)
    {
        using var turn = await TakeAsync(ct);
        return await db.InTransactionAsync(work, ct);
    }

    /// <summary>For <see cref="RunAsync{T}"/> (and tests) only; a test checks that nothing else takes a turn.</summary>
    internal ValueTask<Turn> TakeAsync(CancellationToken ct)
    {
        if (_waiting is null) return new(default(Turn));
        ct.ThrowIfCancellationRequested();
        TaskCompletionSource next;
        lock (_lock)
        {
            if (!_taken)
            {
                _taken = true;
                return new(new Turn(this));
            }
            // Not RunContinuationsAsynchronously: completing it runs the waiting writer on the releasing thread.
            next = new TaskCompletionSource();
            _waiting.Enqueue(next);
        }
        return WaitForTurnAsync(next, ct);
    }

    private async ValueTask<Turn> WaitForTurnAsync(TaskCompletionSource next, CancellationToken ct)
    {
        // A writer that gives up stays in the queue, cancelled; the turn skips it.
        using (ct.Register(() => next.TrySetCanceled(ct))) await next.Task.ConfigureAwait(false);
        return new Turn(this);
    }

    private void Release()
    {
        while (true)
        {
            TaskCompletionSource? next;
            lock (_lock)
            {
                if (!_waiting!.TryDequeue(out next))
                {
                    _taken = false;
                    return;
                }
            }
            if (next.TrySetResult()) return;
        }
    }

    /// <summary>Ends the turn when disposed.</summary>
    internal readonly struct Turn(WriteTurns? turns) : IDisposable
    {
        public void Dispose() => turns?.Release();
    }
}
