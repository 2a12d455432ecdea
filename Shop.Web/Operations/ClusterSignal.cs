using StackExchange.Redis;

namespace Shop.Web.Operations;

/// <summary>
/// Tells every node of the shop that something happened (for example "the catalog changed, drop your local
/// caches"). One node: handlers run in-process. Several nodes: Redis pub/sub carries the message to all of them.
/// </summary>
public interface IClusterSignal
{
    Task PublishAsync(string signal);
    void Subscribe(string signal, Action handler);
}

public sealed class LocalClusterSignal : IClusterSignal
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, List<Action>> _handlers = [];

    public Task PublishAsync(string signal)
    {
        Action[] handlers;
        lock (_gate) handlers = _handlers.TryGetValue(signal, out var list) ? [.. list] : [];
        foreach (var h in handlers) h();
        return Task.CompletedTask;
    }

    public void Subscribe(string signal, Action handler)
    {
        lock (_gate)
        {
            if (!_handlers.TryGetValue(signal, out var list)) _handlers[signal] = list = [];
            list.Add(handler);
        }
    }
}

public sealed class RedisClusterSignal(IConnectionMultiplexer redis) : IClusterSignal
{
    private static RedisChannel Channel(string signal) => RedisChannel.Literal($"shop:signal:{signal}");

    public async Task PublishAsync(string signal) => await redis.GetSubscriber().PublishAsync(Channel(signal), "1");

    public void Subscribe(string signal, Action handler) => redis.GetSubscriber().Subscribe(Channel(signal), (_, _) => handler());
}
