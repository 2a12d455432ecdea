namespace Shop.Web.Data;

/// <summary>
/// SQLite lets one writer in at a time, and a writer that finds the lock taken polls for it: Microsoft.Data.Sqlite
/// sleeps 150 ms between tries. In a rush of checkouts the database then sits idle while the writers sleep (in a
/// 1,000-shopper sale, over half of all request-thread time). The checkout's write transactions therefore wait for
/// their turn here, in order and without polling: the next one starts the moment the last one ends. On SQL Server,
/// which locks rows, nobody waits. Only a way to be fast: the database's own lock still decides, so writers in other
/// processes (or on paths that do not take a turn) stay correct.
/// </summary>
public sealed class WriteTurns(bool oneAtATime)
{
    private readonly SemaphoreSlim? _turn = oneAtATime ? new SemaphoreSlim(1, 1) : null;

    public async ValueTask<Turn> TakeAsync(CancellationToken ct)
    {
        if (_turn is null) return default;
        await _turn.WaitAsync(ct);
        return new Turn(_turn);
    }

    /// <summary>Ends the turn when disposed.</summary>
    public readonly struct Turn(SemaphoreSlim? turn) : IDisposable
    {
        public void Dispose() => turn?.Release();
    }
}
