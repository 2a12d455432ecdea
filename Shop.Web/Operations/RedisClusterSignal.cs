using StackExchange.Redis;

namespace Shop.Web.Operations;

/// <summary>Several nodes: the count is a Redis counter, the message goes out by Redis pub/sub.</summary>
public sealed class RedisClusterSignal(IConnectionMultiplexer redis, RedisCircuit circuit, ILogger<RedisClusterSignal> logger) : IClusterSignal
{
    private static RedisChannel Channel(string signal) => RedisChannel.Literal($"shop:signal:{signal}");

    private static RedisKey Count(string signal) => $"shop:signal:{signal}:count";

    public async Task PublishAsync(string signal)
    {
        // Count first: a node that reads the count after this returns sees the change even if the message is late.
        await redis.GetDatabase().StringIncrementAsync(Count(signal));
        await redis.GetSubscriber().PublishAsync(Channel(signal), "1");
    }

    /// <summary>
    /// Never waits for Redis, so a node starts while Redis is away: StackExchange.Redis keeps the subscription and
    /// sends it again whenever it connects.
    /// </summary>
    public void Subscribe(string signal, Action handler) =>
        _ = redis.GetSubscriber().SubscribeAsync(Channel(signal), (_, _) => handler()).ContinueWith(
            failed => logger.LogWarning(failed.Exception, "Redis did not take the subscription to {Signal} yet; it is sent again when Redis connects", signal),
            TaskContinuationOptions.OnlyOnFaulted);

    public async ValueTask<long?> CountAsync(string signal)
    {
        try
        {
            var value = await circuit.CallAsync(() => redis.GetDatabase().StringGetAsync(Count(signal)));
            return value.IsNull ? 0 : (long)value;
        }
        catch (RedisUnavailableException)
        {
            return null;
        }
    }
}
