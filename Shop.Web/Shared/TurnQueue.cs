using Shop.Web.Data;

namespace Shop.Web.Shared;

/// <summary>
/// How many requests for [ServedInTurn] endpoints (the Pay button) this node has open, and whether shoppers are waiting
/// in their queue: more open than served at once (RateLimits:inturn:AtOnce). Work that can wait (mail) waits while
/// they do, so a sale's processor time goes to the shoppers.
/// </summary>
public sealed class TurnQueue(IConfiguration configuration)
{
    private readonly int _atOnce = AtOnce(configuration);
    private int _open;

    /// <summary>
    /// How many in-turn requests are served side by side; the rest wait in arrival order. On SQLite (one writer, in the
    /// shop's own process) 16 keep the processors busy; a server database answers over the network, so more wait on it
    /// at once and its batches grow (10,000-shopper sale on PostgreSQL: bench/README.md).
    /// </summary>
    public static int AtOnce(IConfiguration configuration) =>
        configuration.GetValue<int?>("RateLimits:inturn:AtOnce") ?? (DataSetup.HasOneWriter(configuration) ? 16 : 48);

    public bool ShoppersWaiting => Volatile.Read(ref _open) > _atOnce;

    /// <summary>Counts a request as open until the returned value is disposed.</summary>
    public Open Enter()
    {
        Interlocked.Increment(ref _open);
        return new Open(this);
    }

    /// <summary>Completes when no shopper waits, or after <paramref name="atMost"/>.</summary>
    public async Task WhenNoneWaitAsync(TimeSpan atMost, CancellationToken ct)
    {
        var until = DateTime.UtcNow + atMost;
        while (ShoppersWaiting && DateTime.UtcNow < until) await Task.Delay(Poll, ct);
    }

    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(50);

    public readonly struct Open(TurnQueue queue) : IDisposable
    {
        public void Dispose() => Interlocked.Decrement(ref queue._open);
    }
}
