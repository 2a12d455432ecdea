using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Caching.Distributed;

namespace Shop.Web.Account;

/// <summary>
/// Reset links used in the last two minutes, by a hash of the link (in the distributed cache, so every node knows): a
/// double click's second post of the reset form meets the link its first post has just used, and is answered as it was.
/// </summary>
public sealed class UsedResetLinks(IDistributedCache cache, ILogger<UsedResetLinks> log)
{
    private static readonly DistributedCacheEntryOptions Keep = new() { AbsoluteExpirationRelativeToNow = TimeSpan.FromMinutes(2) };
    private static readonly TimeSpan Pause = TimeSpan.FromMilliseconds(250);
    private const int Looks = 5;

    public async Task MarkAsync(string userId, string code)
    {
        try { await cache.SetStringAsync(Key(userId, code), "1", Keep); }
        catch (Exception e) { log.LogWarning(e, "Could not note a used reset link; a double click's second post will read it as used"); }
    }

    /// <summary>Whether the link was used just now; looks for a second (250 ms apart) while the first post may still be finishing.</summary>
    public async Task<bool> JustUsedAsync(string userId, string code, CancellationToken ct)
    {
        for (var look = 1; ; look++)
        {
            try
            {
                if (await cache.GetStringAsync(Key(userId, code), ct) is not null) return true;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogWarning(e, "Could not read used reset links");
                return false;
            }
            if (look == Looks) return false;
            await Task.Delay(Pause, ct);
        }
    }

    private static string Key(string userId, string code) =>
        "reset-used:" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(userId + "\n" + code)));
}
