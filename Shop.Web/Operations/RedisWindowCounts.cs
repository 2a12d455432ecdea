using System.Security.Cryptography;
using System.Text;
using Shop.Web.Shared;
using StackExchange.Redis;

namespace Shop.Web.Operations;

/// <summary>
/// Several nodes' <see cref="IWindowCounts"/>: INCR, and PEXPIRE on the first count, in one script (a node that dies
/// between them leaves no count without an end). Keys are hashed: no email address is written to Redis. While Redis
/// is away (<see cref="RedisCircuit"/>) each node counts in its own memory, so the limits still hold per node.
/// </summary>
public sealed class RedisWindowCounts(IConnectionMultiplexer redis, RedisCircuit circuit, LocalWindowCounts whileAway) : IWindowCounts
{
    private const string Add = """
        local count = redis.call('INCR', KEYS[1])
        if count == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
        return count
        """;

    private const string Read = """
        local count = redis.call('GET', KEYS[1])
        if not count then return {0, 0} end
        return {tonumber(count), redis.call('PTTL', KEYS[1])}
        """;

    public async Task<long> AddAsync(string key, TimeSpan window, CancellationToken ct = default)
    {
        var hashed = Hashed(key);
        try
        {
            var count = await circuit.CallAsync(() => redis.GetDatabase().ScriptEvaluateAsync(Add, [hashed], [(long)window.TotalMilliseconds]), ct);
            return (long)count;
        }
        catch (RedisUnavailableException)
        {
            return await whileAway.AddAsync(key, window, ct);
        }
    }

    public async Task<long> CountAsync(string key, CancellationToken ct = default)
    {
        try
        {
            var count = await circuit.CallAsync(() => redis.GetDatabase().StringGetAsync(Hashed(key)), ct);
            return count.IsNull ? 0 : (long)count;
        }
        catch (RedisUnavailableException)
        {
            return await whileAway.CountAsync(key, ct);
        }
    }

    public async Task<WindowCount> ReadAsync(string key, CancellationToken ct = default)
    {
        try
        {
            var read = (RedisResult[])(await circuit.CallAsync(() => redis.GetDatabase().ScriptEvaluateAsync(Read, [Hashed(key)]), ct))!;
            return (long)read[0] == 0 ? default : new WindowCount((long)read[0], TimeSpan.FromMilliseconds(Math.Max(0, (long)read[1])));
        }
        catch (RedisUnavailableException)
        {
            return await whileAway.ReadAsync(key, ct);
        }
    }

    private static RedisKey Hashed(string key) => "shop:counts:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
}
