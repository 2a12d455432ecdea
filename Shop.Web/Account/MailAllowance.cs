using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace Shop.Web.Account;

/// <summary>
/// Account mail that a visitor can make the shop send (confirmation, "already registered", password reset, email
/// change) is limited per account and per address (Shop:Accounts:MailsPerHour), so nobody can flood an inbox
/// through the shop. Counted per node.
/// </summary>
public sealed class MailAllowance(IOptions<AccountOptions> options, TimeProvider clock) : IDisposable
{
    // Its own bounded cache: made-up addresses cannot grow it without limit.
    private readonly MemoryCache _sent = new(new MemoryCacheOptions { SizeLimit = 100_000 });
    private readonly Lock _lock = new();

    /// <summary>True (and counted) while both the account and the address are under their hourly allowance.</summary>
    public bool TryTake(string accountId, string address)
    {
        var limit = options.Value.MailsPerHour;
        var now = clock.GetUtcNow();
        lock (_lock)
        {
            var byAccount = Counter("account:" + accountId, now);
            var byAddress = Counter("address:" + address.Trim().ToUpperInvariant(), now);
            if (byAccount.Value >= limit || byAddress.Value >= limit) return false;
            byAccount.Value++;
            byAddress.Value++;
            return true;
        }
    }

    /// <summary>The count of the current hour, which starts with the first mail.</summary>
    private Count Counter(string key, DateTimeOffset now)
    {
        var count = _sent.GetOrCreate(key, e =>
        {
            e.SlidingExpiration = TimeSpan.FromHours(1);
            e.Size = 1;
            return new Count { Since = now };
        })!;
        if (now - count.Since >= TimeSpan.FromHours(1)) (count.Value, count.Since) = (0, now);
        return count;
    }

    public void Dispose() => _sent.Dispose();

    private sealed class Count
    {
        public int Value;
        public DateTimeOffset Since;
    }
}
