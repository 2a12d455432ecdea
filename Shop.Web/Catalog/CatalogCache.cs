using System.Collections.Concurrent;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;
using Shop.Domain.Catalog;
using Shop.Domain.Markets;
using Shop.Web.Markets;
using Shop.Web.Operations;

namespace Shop.Web.Catalog;

/// <summary>
/// What shoppers read from the catalog, kept in memory (output cache, tag "catalog"; product data in the memory
/// cache) under the catalog's version, a count every node reads from the same place (Redis with several nodes): a
/// change on one node is seen by the next request on any node. Only <see cref="CatalogChanges"/> tells it of a change.
/// </summary>
public sealed class CatalogCache : IKeepsMarket
{
    public const string Tag = "catalog";
    private const string ChangedSignal = "catalog-changed";
    private const string EditedSignal = "catalog-edited";
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);
    private readonly IOutputCacheStore _outputCache;
    private readonly IMemoryCache _memory;
    private readonly IClusterSignal _signal;
    private CancellationTokenSource _generation = new();
    private readonly ConcurrentDictionary<string, Task> _loading = new();

    private readonly IOptions<ShopOptions> _shop;

    public CatalogCache(IOutputCacheStore outputCache, IMemoryCache memory, IClusterSignal signal, IOptions<ShopOptions> shop)
    {
        _shop = shop;
        _outputCache = outputCache;
        _memory = memory;
        _signal = signal;
        // Another node changed the catalog: entries of older versions will never be read again; free them now.
        signal.Subscribe(ChangedSignal, ForgetLocalData);
    }

    /// <summary>The catalog's version, the same on every node; null when it cannot be known (then nothing is cached).</summary>
    public ValueTask<long?> VersionAsync() => _signal.CountAsync(ChangedSignal);

    /// <summary>
    /// How many of the versions were edits (anything but stock moving across what pages show), the same on every node; null
    /// when it cannot be known. Read before loading data: while it stays the same, only stock changed since.
    /// </summary>
    public ValueTask<long?> EditsAsync() => _signal.CountAsync(EditedSignal);

    /// <summary>
    /// The value kept under <paramref name="key"/> for the catalog's version, loading it when there is none. Requests
    /// that miss the same key at once (a burst right after a change, say on a product in a flash sale) wait for one
    /// load instead of each reading the database; a waiter whose loader gave up (its request was cancelled) loads itself.
    /// </summary>
    public async Task<T> GetOrAddAsync<T>(string key, Func<Task<T>> load)
    {
        if (await VersionAsync() is not { } version) return await load();
        // Taken before loading: data loaded while the catalog changed is stored under the old version (never read
        // again) and dies with the old generation.
        var generation = _generation.Token;
        // Under the saved settings too: a node that has not read another's save yet (the delivery promise) keeps its data apart.
        var versionedKey = $"{key}@{version}/{_shop.Value.SavedSettingsStamp}";
        if (_memory.TryGetValue(versionedKey, out T? cached)) return cached!;

        var mine = new TaskCompletionSource<T>(TaskCreationOptions.RunContinuationsAsynchronously);
        if (_loading.GetOrAdd(versionedKey, mine.Task) is Task<T> theirs && theirs != mine.Task)
        {
            try { return await theirs; }
            catch (OperationCanceledException) { return await load(); }
        }
        try
        {
            var value = await load();
            if (value is not null) // misses are not remembered: random URLs must not fill the memory
            {
                using var entry = _memory.CreateEntry(versionedKey);
                entry.Value = value;
                entry.AbsoluteExpirationRelativeToNow = Lifetime;
                entry.AddExpirationToken(new CancellationChangeToken(generation));
            }
            mine.SetResult(value);
            return value;
        }
        catch (Exception e)
        {
            mine.SetException(e);
            _ = mine.Task.Exception; // seen here whether or not anyone waited
            throw;
        }
        finally
        {
            _loading.TryRemove(new KeyValuePair<string, Task>(versionedKey, mine.Task));
        }
    }

    /// <summary>The market's tax and shipping zones: catalog changes (<see cref="CatalogChanges"/>), shown on catalog pages.</summary>
    Task<Market> IKeepsMarket.GetOrAddAsync(Func<Task<Market>> load) => GetOrAddAsync("markets", load);

    /// <summary>
    /// A committed change (told by <see cref="CatalogChanges"/> only): every cached catalog page and product goes, unless
    /// the change only moved stock within what pages show ("in stock", "only N left", "sold out"): a flash sale from 100
    /// units down evicts six times, not a hundred.
    /// </summary>
    internal async Task ChangedAsync(CatalogChange change)
    {
        if (!change.Edited && change.Stock.TrueForAll(m => StockState.Of(m.Before).Label == StockState.Of(m.After).Label)) return;
        // The new version first: from here on no node reads anything cached before it. Then free the space. An edit
        // is counted before the version moves, so whoever sees the new version sees the edit's count too.
        if (change.Edited) await _signal.PublishAsync(EditedSignal);
        await _signal.PublishAsync(ChangedSignal);
        ForgetLocalData();
        await _outputCache.EvictByTagAsync(Tag, CancellationToken.None);
    }

    private void ForgetLocalData()
    {
        // Not disposed: a request may be reading the old source's token right now; the GC collects it.
        Interlocked.Exchange(ref _generation, new CancellationTokenSource()).Cancel();
    }
}
