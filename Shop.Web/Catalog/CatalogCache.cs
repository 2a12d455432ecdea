using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Primitives;
using Shop.Domain.Catalog;
using Shop.Web.Operations;

namespace Shop.Web.Catalog;

/// <summary>
/// Keeps what shoppers read from the catalog in memory, and forgets it the moment staff or a sale changes it:
/// cached list pages (output cache, tag "catalog") and cached product data (memory cache, same lifetime).
/// </summary>
public sealed class CatalogCache
{
    public const string Tag = "catalog";
    private const string ChangedSignal = "catalog-changed";
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);
    private readonly IOutputCacheStore _outputCache;
    private readonly IMemoryCache _memory;
    private readonly IClusterSignal _signal;
    private CancellationTokenSource _generation = new();

    public CatalogCache(IOutputCacheStore outputCache, IMemoryCache memory, IClusterSignal signal)
    {
        _outputCache = outputCache;
        _memory = memory;
        _signal = signal;
        // Another node changed the catalog: its output-cache eviction reached the shared store, our memory needs this.
        signal.Subscribe(ChangedSignal, ForgetLocalData);
    }

    public async Task<T> GetOrAddAsync<T>(string key, Func<Task<T>> load)
    {
        if (_memory.TryGetValue(key, out T? cached)) return cached!;
        var value = await load();
        if (value is null) return value!; // misses are not remembered: random URLs must not fill the memory
        using var entry = _memory.CreateEntry(key);
        entry.Value = value;
        entry.AbsoluteExpirationRelativeToNow = Lifetime;
        entry.AddExpirationToken(new CancellationChangeToken(_generation.Token));
        return value;
    }

    /// <summary>Staff changed a product, a price or a category: every cached catalog page and product goes.</summary>
    public async Task EvictAllAsync(CancellationToken ct = default)
    {
        ForgetLocalData();
        await _outputCache.EvictByTagAsync(Tag, ct);
        await _signal.PublishAsync(ChangedSignal);
    }

    private void ForgetLocalData()
    {
        // Not disposed: a request may be reading the old source's token right now; the GC collects it.
        Interlocked.Exchange(ref _generation, new CancellationTokenSource()).Cancel();
    }

    /// <summary>
    /// Stock moved. Pages only show "in stock", "only N left" or "sold out", so the cache is only dropped when that
    /// label changes; a flash sale from 100 units down evicts six times, not a hundred.
    /// </summary>
    public Task StockChangedAsync(int before, int after, CancellationToken ct = default) =>
        StockState.Of(before).Label == StockState.Of(after).Label ? Task.CompletedTask : EvictAllAsync(ct);
}
