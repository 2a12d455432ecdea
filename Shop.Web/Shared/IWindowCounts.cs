namespace Shop.Web.Shared;

/// <summary>
/// Counts in a time window that every node shares (failed sign-ins of unknown emails, mail a visitor made the shop
/// send): one node counts in its memory (<see cref="LocalWindowCounts"/>), several count in Redis
/// (Operations/RedisWindowCounts), so a limit holds for the shop, not per node.
/// </summary>
public interface IWindowCounts
{
    /// <summary>Adds one to <paramref name="key"/>'s count and returns it. A window starts with its first count and lasts <paramref name="window"/>.</summary>
    Task<long> AddAsync(string key, TimeSpan window, CancellationToken ct = default);

    /// <summary><paramref name="key"/>'s count in its current window, without adding; 0 when it has none.</summary>
    Task<long> CountAsync(string key, CancellationToken ct = default);

    /// <summary><paramref name="key"/>'s count in its current window and the time until that window ends; (0, zero) when it has none.</summary>
    Task<WindowCount> ReadAsync(string key, CancellationToken ct = default);
}

/// <summary>A count, and how long until its window ends and it starts again from nothing.</summary>
public readonly record struct WindowCount(long Count, TimeSpan Left);
