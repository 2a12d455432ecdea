using System.Threading.RateLimiting;

namespace Shop.Web.Shared;

/// <summary>
/// Per-client-address limits an endpoint takes itself, so that it answers on its own page (429, Retry-After and a
/// message) instead of the shop's 429 page. Configured as the policies of <see cref="RateLimits"/> are.
/// </summary>
public sealed class ClientLimits(IReadOnlyDictionary<string, PartitionedRateLimiter<HttpContext>> limiters)
{
    /// <summary>Null while the client is within limit <paramref name="name"/> (this request counts); otherwise how long to wait.</summary>
    public TimeSpan? Refusal(string name, HttpContext http)
    {
        using var lease = limiters[name].AttemptAcquire(http);
        if (lease.IsAcquired) return null;
        return lease.TryGetMetadata(MetadataName.RetryAfter, out var retry) ? retry : TimeSpan.FromMinutes(1);
    }
}
