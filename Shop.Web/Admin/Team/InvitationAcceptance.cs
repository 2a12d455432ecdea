using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Shop.Web.Account;
using Shop.Web.Admin.Audit;
using Shop.Web.Admin.Customers;
using Shop.Web.Data;

namespace Shop.Web.Admin.Team;

/// <summary>
/// The invitee's side: what a link opens, and accepting it, as a new account (email confirmed by the link, a password
/// of their own) or as the signed-in account the address already has. The invitation is claimed first, in the same
/// transaction as the account and the role: of two posts of one link, the second finds it accepted and changes nothing.
/// The link proves the mailbox and the invitee the password, so the address's guest orders join the account (<see cref="GuestAccounts"/>).
/// </summary>
public sealed class InvitationAcceptance(ShopDbContext db, UserManager<ShopUser> users, RoleManager<IdentityRole> roles, AuditTrail audit,
    GuestAccounts guests, WriteTurns turns, TimeProvider clock)
{
    public async Task<InvitationLink> ReadAsync(string? code, CancellationToken ct)
    {
        if (await FindAsync(code, ct) is not { } invitation) return InvitationLink.Unknown;
        var state = invitation.StateAt(clock.GetUtcNow());
        if (state != InvitationState.Open) return new InvitationLink(state, invitation.Email);
        var account = await users.FindByEmailAsync(invitation.Email);
        return new InvitationLink(state, invitation.Email, invitation.Role, invitation.InvitedByEmail, account?.Id);
    }

    /// <summary>Checks a password as the new account would (Identity's validators, the common-password list), before anything is saved.</summary>
    public async Task<IdentityResult> CheckPasswordAsync(string email, string password)
    {
        var errors = new List<IdentityError>();
        var user = new ShopUser { UserName = email, Email = email };
        foreach (var validator in users.PasswordValidators)
            errors.AddRange((await validator.ValidateAsync(users, user, password)).Errors);
        return errors.Count == 0 ? IdentityResult.Success : IdentityResult.Failed([.. errors]);
    }

    /// <summary>A new account for the invited address, its email confirmed by the link, with the invitation's role.</summary>
    public async Task<JoinResult> JoinAsNewAccountAsync(string? code, string fullName, string password, CancellationToken ct)
    {
        if (await OpenAsync(code, ct) is not { } invitation) return await ClosedAsync(code, ct);
        if (await users.FindByEmailAsync(invitation.Email) is not null) return JoinResult.HasAccount;
        var now = clock.GetUtcNow();
        var user = new ShopUser { UserName = invitation.Email, Email = invitation.Email, EmailConfirmed = true, FullName = fullName.Trim(), CreatedAt = now };
        return await ClaimAsync(code, invitation, user.Id, async token =>
        {
            var created = await users.CreateUnlessTakenAsync(user, password);
            if (created is null) return JoinResult.HasAccount;
            if (!created.Succeeded) return JoinResult.NotCreated(created);
            await GrantAsync(user, invitation, token);
            return JoinResult.Done(user);
        }, ct);
    }

    /// <summary>The signed-in account takes the invitation, when it was sent to its address.</summary>
    public async Task<JoinResult> JoinAsAccountAsync(string? code, ShopUser account, CancellationToken ct)
    {
        if (await OpenAsync(code, ct) is not { } invitation) return await ClosedAsync(code, ct);
        if (users.NormalizeEmail(account.Email) != invitation.NormalizedEmail) return JoinResult.NotForThisAccount;
        return await ClaimAsync(code, invitation, account.Id, async token =>
        {
            await GrantAsync(account, invitation, token);
            return JoinResult.Done(account);
        }, ct);
    }

    /// <summary>When and by which account the link's invitation was accepted (a double submit's second post asks).</summary>
    public async Task<(DateTimeOffset? At, string? By)> AcceptanceAsync(string? code, CancellationToken ct) =>
        await FindAsync(code, ct, tracked: false) is { } i ? (i.AcceptedAt, i.AcceptedById) : (null, null);

    private async Task<JoinResult> ClaimAsync(string? code, StaffInvitation invitation, string accountId, Func<CancellationToken, Task<JoinResult>> join, CancellationToken ct)
    {
        try
        {
            return await turns.RunAsync(db, async token =>
            {
                invitation.Accept(accountId, clock.GetUtcNow());
                await db.SaveChangesAsync(token); // a second post of the link (or a withdrawal, a renewal) stops here
                var result = await join(token);
                if (!result.Joined)
                {
                    await db.Database.RollbackTransactionAsync(token);
                    db.ChangeTracker.Clear();
                }
                return result;
            }, ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return await ClosedAsync(code, ct);
        }
    }

    /// <summary>The role, unless the account has it; audited as a grant by the admin who invited, and as this invitation's acceptance.</summary>
    private async Task GrantAsync(ShopUser account, StaffInvitation invitation, CancellationToken ct)
    {
        var invitee = new StaffMember(account.Id, account.Email ?? "");
        audit.Record(invitee, StaffInvitations.EntityType, invitation.Id, "Accepted", null, new { invitation.Email, invitation.Role, AccountId = account.Id });
        await guests.ClaimOrdersAsync(account, ct);
        if (await users.IsInRoleAsync(account, invitation.Role))
        {
            await db.SaveChangesAsync(ct);
            return;
        }
        if (!await roles.RoleExistsAsync(invitation.Role)) await roles.CreateAsync(new IdentityRole(invitation.Role));
        audit.Record(new StaffMember(invitation.InvitedById, invitation.InvitedByEmail), CustomerAdmin.EntityType, account.Id, "RoleGranted", null,
            new { account.Email, invitation.Role, Invitation = invitation.Id });
        var granted = await users.AddToRoleAsync(account, invitation.Role);
        if (!granted.Succeeded) throw new InvalidOperationException(string.Join(" ", granted.Errors.Select(e => e.Description)));
    }

    private async Task<StaffInvitation?> OpenAsync(string? code, CancellationToken ct) =>
        await FindAsync(code, ct) is { } invitation && invitation.StateAt(clock.GetUtcNow()) == InvitationState.Open ? invitation : null;

    private async Task<JoinResult> ClosedAsync(string? code, CancellationToken ct) =>
        JoinResult.Closed((await ReadAsync(code, ct)).State);

    private async Task<StaffInvitation?> FindAsync(string? code, CancellationToken ct, bool tracked = true)
    {
        if (string.IsNullOrWhiteSpace(code) || code.Length > 100) return null;
        var hash = StaffInvitation.HashOf(code);
        var query = tracked ? db.StaffInvitations : db.StaffInvitations.AsNoTracking();
        return await query.FirstOrDefaultAsync(i => i.TokenHash == hash, ct);
    }
}
