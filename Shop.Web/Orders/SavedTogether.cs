using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using Shop.Domain.Ordering;
using Shop.Web.Catalog;
using Shop.Web.Data;

namespace Shop.Web.Orders;

/// <summary>
/// Saves the checkout's writes of many shoppers together, a batch per transaction: the saves that arrive while one
/// batch is written go in the next, with one commit. A new order takes its stock in the same transaction; each
/// variant's units for all the batch's orders are taken with one UPDATE when there are enough. In a sale every order
/// wants the same variant, whose row one transaction at a time may change (on SQLite one writer at a time at all): a
/// commit per save made the whole sale wait on commits. Figures: bench/README.md.
/// </summary>
/// <remarks>
/// Each request's changes are handed over to the batch's context (<see cref="HandedOverChanges"/>) and taken back
/// saved. A save that cannot be handed over or belongs to a transaction of its own, a double click's twin, and every
/// save of a batch that failed as a whole (a database error) is made alone by its request, as before.
/// </remarks>
public sealed class SavedTogether(IServiceScopeFactory scopes, WriteTurns turns, ILogger<SavedTogether> log) : IDisposable
{
    private const int MostPerBatch = 64;
    private readonly Lane _placing = new(), _settling = new();

    /// <summary>
    /// Saves what <paramref name="changes"/> tracks, with <paramref name="stock"/> taken (all or nothing), unless the
    /// stock is short (then nothing is saved) or the save must be made alone (then nothing is saved either).
    /// </summary>
    public async Task<Outcome> SaveAsync(ShopDbContext changes, IReadOnlyList<(int VariantId, int Quantity)> stock, CancellationToken ct)
    {
        // A context in a transaction of its own saves in it (the checkout's warm-up, which rolls back).
        if (changes.Database.CurrentTransaction is not null) return new Outcome(SaveAlone: true, null);
        // Its changes are detected once, here: nothing changes its entities while the request waits, and each look at
        // its entries (the twins, the hand-over, taking them back) would otherwise compare them all again.
        var detects = changes.ChangeTracker.AutoDetectChangesEnabled;
        changes.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            if (!HandedOverChanges.CanHandOver(changes)) return new Outcome(SaveAlone: true, null);
            var waiting = new Waiting(changes, NewAttempts(changes), stock, ct);
            // Placing an order (stock, a new attempt) and settling one (paid, the cart emptied) change different rows: on
            // a server database their batches are written side by side, so a paid order's save never waits behind the
            // variant's row lock that placing batches queue for. SQLite writes one transaction at a time anyway, and one
            // lane there makes fewer, bigger batches.
            var settles = waiting.Stock.Count == 0 && waiting.NewAttempts.Count == 0;
            var lane = settles && !turns.OneAtATime ? _settling : _placing;
            if (Interlocked.CompareExchange(ref lane.Writing, 1, 0) == 0)
                using (ExecutionContext.SuppressFlow()) _ = Task.Run(() => WriteBatchesAsync(lane.Waiting.Reader)); // not this request's context: it outlives it
            if (!lane.Waiting.Writer.TryWrite(waiting)) return new Outcome(SaveAlone: true, null);
            // Not cancelled once in a batch: its changes may be saved, and must then be seen saved.
            var result = await waiting.Done.Task;
            result.Saved?.TakeBack();
            return result.Outcome;
        }
        finally
        {
            changes.ChangeTracker.AutoDetectChangesEnabled = detects;
        }
    }

    private static List<Guid> NewAttempts(ShopDbContext changes) =>
        changes.ChangeTracker.Entries<Order>().Where(e => e.State == EntityState.Added).Select(e => e.Entity.IdempotencyKey).ToList();

    /// <summary>Saved, unless it is to be saved alone (nothing saved yet) or short of a variant (nothing saved).</summary>
    public sealed record Outcome(bool SaveAlone, int? ShortOf);

    private async Task WriteBatchesAsync(ChannelReader<Waiting> reader)
    {
        while (await reader.WaitToReadAsync())
        {
            var batch = new List<Waiting>();
            while (batch.Count < MostPerBatch && reader.TryRead(out var next))
            {
                if (next.Ct.IsCancellationRequested) next.Done.TrySetCanceled(next.Ct);
                else batch.Add(next);
            }
            if (batch.Count == 0) continue;
            try
            {
                await WriteAsync(batch);
            }
            catch (Exception e)
            {
                log.LogWarning(e, "{Count} checkout saves could not be made together; each is made alone", batch.Count);
                foreach (var one in batch) one.Done.TrySetResult(new Result(new Outcome(SaveAlone: true, null), null));
            }
        }
    }

    private async Task WriteAsync(List<Waiting> batch)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ShopDbContext>();
        // What changed comes with each hand-over (states, original values, modified flags from the request's own
        // detection): comparing every entity again here would find nothing more.
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        // A batch that fails is made again save by save, so its save needs no savepoint to roll back to: one statement
        // (a round trip on a server database, with the variant's row locked) less per batch.
        db.Database.AutoSavepointsEnabled = false;
        var stock = scope.ServiceProvider.GetRequiredService<StockLevels>();
        var handed = new HandedOverChanges?[batch.Count];
        var alone = new bool[batch.Count];
        var shortOf = await turns.RunAsync(db, async token =>
        {
            await FindTwinsAsync(db, batch, alone, token);
            var shortOf = await stock.TryTakeForEachAsync(batch.Select((w, i) => alone[i] ? [] : w.Stock).ToList(), token);
            for (var i = 0; i < batch.Count; i++)
                if (!alone[i] && shortOf[i] is null) handed[i] = HandedOverChanges.HandOver(batch[i].Changes, db);
            await db.SaveChangesAsync(token);
            return shortOf;
        }, CancellationToken.None);

        var results = batch.Select((_, i) => new Result(new Outcome(alone[i], shortOf[i]), handed[i]?.ReadSaved())).ToList();
        db.ChangeTracker.Clear(); // each request goes on with its own context
        for (var i = 0; i < batch.Count; i++) batch[i].Done.TrySetResult(results[i]);
    }

    /// <summary>
    /// New orders whose attempt is already saved, or twice in this batch (a double click): placed alone, where the
    /// checkout finds the twin; in the batch their unique attempt key would fail everyone's save.
    /// </summary>
    private static async Task FindTwinsAsync(ShopDbContext db, List<Waiting> batch, bool[] alone, CancellationToken ct)
    {
        var all = batch.SelectMany(w => w.NewAttempts).ToArray();
        if (all.Length == 0) return;
        var seen = new HashSet<Guid>();
        await foreach (var key in SavedAttempts(db, all).WithCancellation(ct)) seen.Add(key);
        for (var i = 0; i < batch.Count; i++)
            alone[i] = batch[i].NewAttempts.Any(key => !seen.Add(key));
    }

    private static readonly Func<ShopDbContext, Guid[], IAsyncEnumerable<Guid>> SavedAttempts =
        EF.CompileAsyncQuery((ShopDbContext db, Guid[] keys) => db.Orders.Where(o => keys.Contains(o.IdempotencyKey)).Select(o => o.IdempotencyKey));

    public void Dispose()
    {
        _placing.Waiting.Writer.TryComplete();
        _settling.Waiting.Writer.TryComplete();
    }

    /// <summary>Saves waiting for a batch, and whether a writer is running for them.</summary>
    private sealed class Lane
    {
        public readonly Channel<Waiting> Waiting = Channel.CreateUnbounded<Waiting>(new UnboundedChannelOptions { SingleReader = true });
        public int Writing;
    }

    private sealed record Waiting(ShopDbContext Changes, List<Guid> NewAttempts, IReadOnlyList<(int VariantId, int Quantity)> Stock,
        CancellationToken Ct)
    {
        public TaskCompletionSource<Result> Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    private sealed record Result(Outcome Outcome, HandedOverChanges.Saved? Saved);
}
