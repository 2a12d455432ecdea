using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Shop.Web.Data;

namespace Shop.Web.Account;

/// <summary>
/// Each sign-in is a session with its own id, a claim in the cookie. Signing out ends it on the server as well: a copy
/// of the cookie taken before (a shared computer, a proxy's log) is refused at its next check, once per
/// <see cref="AccountOptions.SessionCheckInterval"/> beside the security stamp's. The shopper's other sessions go on.
/// </summary>
public sealed class SignedOutSessions(ShopDbContext db, TimeProvider clock, IOptions<AccountOptions> options)
{
    public const string ClaimType = "shop:session";

    public static Claim NewSession() => new(ClaimType, Convert.ToHexString(RandomNumberGenerator.GetBytes(16)));

    /// <summary>Remembered until no cookie of it can be valid any more; ended sessions past that are forgotten.</summary>
    public async Task EndAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        if (IdOf(user) is not { } id) return;
        var now = clock.GetUtcNow();
        await db.Set<SignedOutSession>().Where(s => s.Until < now).ExecuteDeleteAsync(ct);
        if (!await db.Set<SignedOutSession>().AnyAsync(s => s.Id == id, ct))
        {
            db.Add(new SignedOutSession(id, now + options.Value.RememberMeFor));
            await db.SaveChangesAsync(ct);
        }
    }

    public async Task<bool> HasEndedAsync(ClaimsPrincipal user, CancellationToken ct) =>
        IdOf(user) is { } id && await db.Set<SignedOutSession>().AnyAsync(s => s.Id == id, ct);

    /// <summary>Which of <paramref name="ids"/> are signed out: one query for all of a node's live connections.</summary>
    public async Task<IReadOnlySet<string>> EndedAsync(IReadOnlyCollection<string> ids, CancellationToken ct) =>
        ids.Count == 0 ? new HashSet<string>()
            : (await db.Set<SignedOutSession>().Where(s => ids.Contains(s.Id)).Select(s => s.Id).ToListAsync(ct)).ToHashSet();

    /// <summary>Identity renews the cookie's principal once per check: the session keeps its id.</summary>
    public static Task KeepSession(SecurityStampRefreshingPrincipalContext context)
    {
        if (context.CurrentPrincipal?.FindFirst(ClaimType) is { } session && context.NewPrincipal?.Identity is ClaimsIdentity renewed)
        {
            foreach (var made in renewed.FindAll(ClaimType).ToList()) renewed.RemoveClaim(made);
            renewed.AddClaim(new Claim(ClaimType, session.Value));
        }
        return Task.CompletedTask;
    }

    public static string? IdOf(ClaimsPrincipal user) => user.FindFirst(ClaimType)?.Value;
}
