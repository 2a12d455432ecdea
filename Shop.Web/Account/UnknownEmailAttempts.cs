using Shop.Web.Shared;

namespace Shop.Web.Account;

/// <summary>
/// Identity locks real accounts after 5 failed sign-ins. Without this, an unknown email would never show the
/// lockout message and so would give away that no account exists; we count failures for unknown emails too, in counts
/// every node shares (as real accounts' failures are, in the database), so it locks at the same attempt on any node.
/// </summary>
public sealed class UnknownEmailAttempts(IWindowCounts counts)
{
    public const int MaxAttempts = 5;
    public static readonly TimeSpan LockoutFor = TimeSpan.FromMinutes(15);

    /// <summary>Counts one failure; true when this email now looks locked out.</summary>
    public async Task<bool> FailAndCheckLockedAsync(string email, CancellationToken ct) =>
        await counts.AddAsync("unknown-email:" + email.Trim().ToUpperInvariant(), LockoutFor, ct) >= MaxAttempts;
}
