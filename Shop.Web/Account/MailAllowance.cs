using Microsoft.Extensions.Options;
using Shop.Web.Shared;

namespace Shop.Web.Account;

/// <summary>
/// Mail that a visitor can make the shop send (account confirmation, "already registered", password reset, email
/// change, back-in-stock confirmation) is limited per account and per mailbox (Shop:Accounts:MailsPerHour), so nobody
/// can flood an inbox through the shop. Counted for the whole shop (<see cref="IWindowCounts"/>), whichever node sends.
/// </summary>
public sealed class MailAllowance(IOptions<AccountOptions> options, IWindowCounts counts)
{
    private static readonly TimeSpan Hour = TimeSpan.FromHours(1);

    /// <summary>True while both the account and the address's mailbox are under their hourly allowance. Every ask counts.</summary>
    public Task<bool> TryTakeAsync(string accountId, string address, CancellationToken ct = default) =>
        TakeAllAsync(ct, "account:" + accountId, "mailbox:" + Mailbox(address));

    /// <summary>For mail no account asks for (a guest's back-in-stock confirmation): the mailbox's allowance alone.</summary>
    public Task<bool> TryTakeAsync(string address, CancellationToken ct = default) => TakeAllAsync(ct, "mailbox:" + Mailbox(address));

    /// <summary>The mailbox an address reaches (<see cref="Domain.Mailbox"/>): plus-addressed variants share one allowance.</summary>
    public static string Mailbox(string address) => Domain.Mailbox.Of(address);

    /// <summary>Each count's hour starts with its first mail; a refused ask counts too (it cannot be taken back on another node).</summary>
    private async Task<bool> TakeAllAsync(CancellationToken ct, params string[] keys)
    {
        var limit = options.Value.MailsPerHour;
        var allowed = true;
        foreach (var key in keys) allowed &= await counts.AddAsync("mail-allowance:" + key, Hour, ct) <= limit;
        return allowed;
    }
}
