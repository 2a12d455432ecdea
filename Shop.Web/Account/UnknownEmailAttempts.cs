using Microsoft.Extensions.Caching.Memory;

namespace Shop.Web.Account;

/// <summary>
/// Identity locks real accounts after 5 failed sign-ins. Without this, an unknown email would never show the
/// lockout message and so would give away that no account exists; we count failures for unknown emails too.
/// </summary>
public sealed class UnknownEmailAttempts : IDisposable
{
    // Its own bounded cache: someone trying millions of made-up emails cannot grow it without limit.
    private readonly MemoryCache cache = new(new MemoryCacheOptions { SizeLimit = 100_000 });

    public const int MaxAttempts = 5;
    public static readonly TimeSpan LockoutFor = TimeSpan.FromMinutes(15);

    /// <summary>Counts one failure; true when this email now looks locked out.</summary>
    public bool FailAndCheckLocked(string email)
    {
        var key = "unknown-email:" + email.Trim().ToUpperInvariant();
        var count = cache.GetOrCreate(key, e =>
        {
            e.AbsoluteExpirationRelativeToNow = LockoutFor;
            e.Size = 1;
            return new Counter();
        })!;
        return Interlocked.Increment(ref count.Value) >= MaxAttempts;
    }

    public void Dispose() => cache.Dispose();

    private sealed class Counter
    {
        public int Value;
    }
}
