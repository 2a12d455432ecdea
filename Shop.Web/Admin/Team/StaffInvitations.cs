using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Shop.Web.Account;
using Shop.Web.Admin.Audit;
using Shop.Web.Data;

namespace Shop.Web.Admin.Team;

/// <summary>
/// The team page's side of invitations (admins only; the controller checks): the team and the open invitations, inviting
/// (again: the open invitation is renewed with a new link) and withdrawing. Each change is audited with it.
/// </summary>
public sealed class StaffInvitations(ShopDbContext db, UserManager<ShopUser> users, AuditTrail audit, InvitationMail mail,
    MailAllowance allowance, TimeProvider clock)
{
    public const string EntityType = "StaffInvitation";

    public async Task<TeamPage> PageAsync(InviteForm form, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var held = await (from ur in db.UserRoles
                          join r in db.Roles on ur.RoleId equals r.Id
                          join u in db.Users on ur.UserId equals u.Id
                          where r.Name == Roles.Admin || r.Name == Roles.Staff
                          select new { u.Id, u.Email, u.FullName, u.TwoFactorEnabled, u.LockoutEnd, Role = r.Name }).ToListAsync(ct);
        var members = held.GroupBy(m => m.Id)
            .Select(g =>
            {
                var m = g.First();
                return new TeamMemberRow(m.Id, m.Email ?? "", m.FullName, g.Any(x => x.Role == Roles.Admin), m.TwoFactorEnabled, m.LockoutEnd > now);
            })
            .OrderBy(m => m.Email, StringComparer.OrdinalIgnoreCase).ToList();
        var invitations = (await db.StaffInvitations.AsNoTracking().Where(i => i.OpenFor != null).ToListAsync(ct))
            .OrderByDescending(i => i.CreatedAt)
            .Select(i => new InvitationRow(i.Id, i.Email, i.Role, i.InvitedByEmail, i.ExpiresAt, i.StateAt(now) == InvitationState.Expired)).ToList();
        return new TeamPage(members, invitations, form);
    }

    /// <summary>Sends an invitation (renewing the address's open one); a refusal for the form's email field, or null when sent.</summary>
    public async Task<string?> InviteAsync(InviteForm form, StaffMember by, CancellationToken ct)
    {
        var email = form.Email.Trim();
        var normalized = users.NormalizeEmail(email);
        var account = await users.FindByEmailAsync(email);
        if (account is not null && await users.IsInRoleAsync(account, form.Role))
            return form.Role == Roles.Admin ? "This account is an admin already." : "This account has the Staff role already.";
        // One inbox gets a few mails an hour from the shop at most, invitations among them.
        if (!await allowance.TryTakeAsync(email, ct)) return "This address has had several mails from the shop this hour; try again later.";

        var code = StaffInvitation.NewCode();
        var now = clock.GetUtcNow();
        var open = await db.StaffInvitations.FirstOrDefaultAsync(i => i.OpenFor == normalized, ct);
        if (open is null)
        {
            open = new StaffInvitation(email, normalized, form.Role, code, by, now);
            db.StaffInvitations.Add(open);
            audit.Record(by, EntityType, open.Id, "Invited", null, Snapshot(open));
        }
        else
        {
            var before = Snapshot(open);
            open.Renew(email, form.Role, code, by, now);
            audit.Record(by, EntityType, open.Id, "InvitedAgain", before, Snapshot(open));
        }
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (e is DbUpdateConcurrencyException || e.IsUniqueViolation())
        {
            return "Someone invited this address at the same moment; see the invitations below.";
        }
        var inviter = await users.FindByIdAsync(by.UserId);
        mail.Send(open, code, string.IsNullOrWhiteSpace(inviter?.FullName) ? by.Email : $"{inviter.FullName} ({by.Email})", account is not null);
        return null;
    }

    /// <summary>The link stops working at once; a refusal, or null when withdrawn.</summary>
    public async Task<string?> WithdrawAsync(Guid id, StaffMember by, CancellationToken ct)
    {
        var invitation = await db.StaffInvitations.FirstOrDefaultAsync(i => i.Id == id, ct);
        if (invitation is null || !invitation.IsPending) return "That invitation was accepted or withdrawn already.";
        invitation.Withdraw(clock.GetUtcNow());
        audit.Record(by, EntityType, invitation.Id, "Withdrawn", null, Snapshot(invitation));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return "That invitation was accepted or withdrawn already.";
        }
        return null;
    }

    internal static object Snapshot(StaffInvitation i) => new { i.Email, i.Role, i.ExpiresAt };
}
