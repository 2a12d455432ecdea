using Microsoft.Extensions.Caching.Memory;

namespace Shop.Web.Shared;

/// <summary>One node's <see cref="IWindowCounts"/>, in a bounded cache: made-up keys cannot grow it without limit.</summary>
public sealed class LocalWindowCounts(TimeProvider clock) : IWindowCounts, IDisposable
{
    private readonly MemoryCache _counts = new(new MemoryCacheOptions { SizeLimit = 100_000 });
    private readonly Lock _lock = new();

    public Task<long> AddAsync(string key, TimeSpan window, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        lock (_lock)
        {
            var count = _counts.GetOrCreate(key, e =>
            {
                e.AbsoluteExpirationRelativeToNow = window;
                e.Size = 1;
                return new Count { Ends = now + window };
            })!;
            if (now >= count.Ends) (count.Value, count.Ends) = (0, now + window);
            return Task.FromResult(++count.Value);
        }
    }

    public Task<long> CountAsync(string key, CancellationToken ct = default)
    {
        lock (_lock)
            return Task.FromResult(_counts.TryGetValue(key, out Count? count) && clock.GetUtcNow() < count!.Ends ? count.Value : 0);
    }

    public Task<WindowCount> ReadAsync(string key, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        lock (_lock)
            return Task.FromResult(_counts.TryGetValue(key, out Count? count) && now < count!.Ends ? new WindowCount(count.Value, count.Ends - now) : default);
    }

    public void Dispose() => _counts.Dispose();

    private sealed class Count
    {
        public long Value;
        public DateTimeOffset Ends;
    }
}
