namespace Shop.Web.Operations;

/// <summary>
/// Tells every node of the shop that something happened (for example "the catalog changed, drop your local
/// caches"), and counts how often it happened. One node: in-process. Several nodes: Redis.
/// </summary>
public interface IClusterSignal
{
    /// <summary>Counts the signal (every node sees the new count at once), then tells every node's subscribers.</summary>
    Task PublishAsync(string signal);

    /// <summary>Runs <paramref name="handler"/> when the signal arrives; from another node that is shortly after it was published.</summary>
    void Subscribe(string signal, Action handler);

    /// <summary>
    /// How many times the signal was published, as every node sees it now; null when that cannot be known (Redis
    /// unreachable). Reading the count, unlike waiting for the message, never lags behind another node's change.
    /// </summary>
    ValueTask<long?> CountAsync(string signal);
}
