using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;

namespace Shop.Web.Admin.Team;

/// <summary>
/// An admin's invitation to join the staff: the address, the role it grants, and a hash of the mailed link's code (the
/// code itself is never stored). Open until accepted, withdrawn or <see cref="Lifetime"/> has passed; a link works once.
/// </summary>
public class StaffInvitation
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(7);

    public Guid Id { get; private set; }
    public string Email { get; private set; } = "";
    public string NormalizedEmail { get; private set; } = "";
    /// <summary>The normalized address while the invitation is neither accepted nor withdrawn: a unique index keeps one such per address.</summary>
    public string? OpenFor { get; private set; }
    public string Role { get; private set; } = "";
    public string TokenHash { get; private set; } = "";
    public string InvitedById { get; private set; } = "";
    public string InvitedByEmail { get; private set; } = "";
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset ExpiresAt { get; private set; }
    public DateTimeOffset? AcceptedAt { get; private set; }
    public string? AcceptedById { get; private set; }
    public DateTimeOffset? WithdrawnAt { get; private set; }

    private StaffInvitation() { }

    public StaffInvitation(string email, string normalizedEmail, string role, string code, StaffMember by, DateTimeOffset now)
    {
        Id = Guid.NewGuid();
        NormalizedEmail = OpenFor = normalizedEmail;
        Renew(email, role, code, by, now);
    }

    /// <summary>Inviting an address again: a new link (the old one stops working), the role chosen now, a full lifetime.</summary>
    public void Renew(string email, string role, string code, StaffMember by, DateTimeOffset now)
    {
        if (!IsPending) throw new InvalidOperationException("Only an open invitation is renewed.");
        (Email, Role, TokenHash) = (email, role, HashOf(code));
        (InvitedById, InvitedByEmail, CreatedAt, ExpiresAt) = (by.UserId, by.Email, now, now + Lifetime);
    }

    public bool IsPending => AcceptedAt is null && WithdrawnAt is null;

    public InvitationState StateAt(DateTimeOffset now) =>
        AcceptedAt is not null ? InvitationState.Accepted
        : WithdrawnAt is not null ? InvitationState.Withdrawn
        : now >= ExpiresAt ? InvitationState.Expired
        : InvitationState.Open;

    public void Withdraw(DateTimeOffset now)
    {
        if (!IsPending) throw new InvalidOperationException("The invitation was already accepted or withdrawn.");
        (WithdrawnAt, OpenFor) = (now, null);
    }

    public void Accept(string accountId, DateTimeOffset now)
    {
        if (StateAt(now) != InvitationState.Open) throw new InvalidOperationException("Only an open invitation is accepted.");
        (AcceptedAt, AcceptedById, OpenFor) = (now, accountId, null);
    }

    /// <summary>A new code for a link: 32 random bytes, base64url.</summary>
    public static string NewCode() => WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));

    /// <summary>What is stored of a code: its SHA-256, so a copy of the database opens no invitation.</summary>
    public static string HashOf(string code) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(code)));
}
