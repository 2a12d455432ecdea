using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace Shop.Web.Account;

/// <summary>
/// Mail that a visitor can make the shop send (account confirmation, "already registered", password reset, email
/// change, back-in-stock confirmation) is limited per account and per mailbox (Shop:Accounts:MailsPerHour), so nobody
/// can flood an inbox through the shop. Counted per node.
/// </summary>
public sealed class MailAllowance(IOptions<AccountOptions> options, TimeProvider clock) : IDisposable
{
    // Its own bounded cache: made-up addresses cannot grow it without limit.
    private readonly MemoryCache _sent = new(new MemoryCacheOptions { SizeLimit = 100_000 });
    private readonly Lock _lock = new();

    /// <summary>True (and counted) while both the account and the address's mailbox are under their hourly allowance.</summary>
    public bool TryTake(string accountId, string address) => TakeAll("account:" + accountId, "mailbox:" + Mailbox(address));

    /// <summary>For mail no account asks for (a guest's back-in-stock confirmation): the mailbox's allowance alone.</summary>
    public bool TryTake(string address) => TakeAll("mailbox:" + Mailbox(address));

    /// <summary>
    /// The mailbox an address reaches: "Ada+1@Example.com" is "ADA@EXAMPLE.COM", so plus-addressed variants share one
    /// allowance (most mail services deliver them all to the same inbox).
    /// </summary>
    public static string Mailbox(string address)
    {
        var upper = address.Trim().ToUpperInvariant();
        var at = upper.LastIndexOf('@');
        var plus = at > 0 ? upper.IndexOf('+', 0, at) : -1;
        return plus > 0 ? upper[..plus] + upper[at..] : upper;
    }

    private bool TakeAll(params string[] keys)
    {
        var limit = options.Value.MailsPerHour;
        var now = clock.GetUtcNow();
        lock (_lock)
        {
            var counts = keys.Select(k => Counter(k, now)).ToList();
            if (counts.Any(c => c.Value >= limit)) return false;
            foreach (var c in counts) c.Value++;
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
