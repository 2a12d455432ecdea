namespace Shop.Web.Data;

/// <summary>
/// SQLite lets one writer in at a time, and a writer that finds the lock taken polls for it: Microsoft.Data.Sqlite
/// sleeps 150 ms between tries. In a rush of checkouts the database then sits idle while the writers sleep (in a
/// 1,000-shopper sale, over half of all request-thread time). The checkout's write transactions therefore wait for
/// their turn here, in order and without polling. On SQL Server, which locks rows, nobody waits. Only a way to be
/// fast: the database's own lock still decides, so writers in other processes (or on paths that do not take a turn)
/// stay correct.
/// </summary>
/// <remarks>
/// The turn passes straight on: the writer who ends a turn runs the next writer's work on its own thread, at once. Had
/// the next writer been queued for a free thread instead, it would wait behind every other request's work while the
/// database sat idle (in a sale, a third of the time the turns took end to end). The runtime queues the handover
/// rather than run it when the thread's stack runs short. So the transaction must end inside the turn, never after
/// it (the next writer runs before the code that follows the turn, and would wait for a lock this thread still holds):
/// the only way in is <see cref="RunAsync{T}"/>, which commits before it lets go.
/// </remarks>
public sealed class WriteTurns(bool oneAtATime)
{
    private readonly Lock _lock = new();
    private readonly Queue<TaskCompletionSource>? _waiting = oneAtATime ? new() : null;
    private bool _taken;

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
