using Microsoft.Extensions.Caching.Distributed;

namespace Shop.Web.Operations;

/// <summary>The Redis distributed cache (cart stamps, read on a page's path) behind the <see cref="RedisCircuit"/>.</summary>
public sealed class GuardedDistributedCache(IDistributedCache redis, RedisCircuit circuit) : IDistributedCache
{
    public Task<byte[]?> GetAsync(string key, CancellationToken token = default) =>
        circuit.CallAsync(() => redis.GetAsync(key, token), token);

    public Task SetAsync(string key, byte[] value, DistributedCacheEntryOptions options, CancellationToken token = default) =>
        circuit.CallAsync(() => redis.SetAsync(key, value, options, token), token);

    public Task RefreshAsync(string key, CancellationToken token = default) =>
        circuit.CallAsync(() => redis.RefreshAsync(key, token), token);

    public Task RemoveAsync(string key, CancellationToken token = default) =>
        circuit.CallAsync(() => redis.RemoveAsync(key, token), token);

    public byte[]? Get(string key) => GetAsync(key).GetAwaiter().GetResult();

    public void Set(string key, byte[] value, DistributedCacheEntryOptions options) => SetAsync(key, value, options).GetAwaiter().GetResult();

    public void Refresh(string key) => RefreshAsync(key).GetAwaiter().GetResult();

    public void Remove(string key) => RemoveAsync(key).GetAwaiter().GetResult();
}
