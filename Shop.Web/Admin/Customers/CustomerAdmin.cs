using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Shop.Web.Account;
using Shop.Web.Admin.Audit;
using Shop.Web.Data;
using Shop.Web.Shared;

namespace Shop.Web.Admin.Customers;

/// <summary>
/// Accounts as staff see them: find, lock and unlock; admins also grant and revoke staff roles. Every change is
/// audited: the entry joins the unit of work before UserManager saves, so both commit in its one SaveChanges.
/// </summary>
public sealed class CustomerAdmin(ShopDbContext db, UserManager<ShopUser> users, RoleManager<IdentityRole> roles, AuditTrail audit,
    PersonalDataCopy dataCopy)
{
    public const string EntityType = "User";

    public async Task<CustomerList> ListAsync(string? q, int? page, CancellationToken ct)
    {
        var query = db.Users.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(q))
        {
            var pattern = Like.ContainingAnyCase(q[..Math.Min(q.Length, 100)]);
            query = query.Where(u => EF.Functions.Like(u.Email!.ToLower(), pattern, Like.Escape) || EF.Functions.Like(u.FullName.ToLower(), pattern, Like.Escape));
        }
        var total = await query.CountAsync(ct);
        var current = Paging.Clamp(Paging.Page(page), total);
        var rows = await query.OrderBy(u => u.Email).Skip(Paging.Skip(current, total)).Take(Paging.PageSize)
            .Select(u => new { u.Id, u.Email, u.FullName, u.CreatedAt, u.LockoutEnd }).ToListAsync(ct);
        var now = DateTimeOffset.UtcNow;
        return new CustomerList(new PageOf<CustomerRow>(
            rows.Select(u => new CustomerRow(u.Id, u.Email ?? "", u.FullName, u.CreatedAt, u.LockoutEnd > now)).ToList(),
            current, Paging.PageSize, total), q);
    }

    public async Task<CustomerDetail?> DetailAsync(string id, CancellationToken ct)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null) return null;
        var held = await users.GetRolesAsync(user);
        return new CustomerDetail(user.Id, user.Email ?? "", user.FullName, user.CreatedAt, user.EmailConfirmed, user.LockoutEnd,
            held.Order(StringComparer.Ordinal).ToList());
    }

    /// <summary>
    /// The copy of the account's data its holder can download (<see cref="PersonalDataCopy"/>), for a request that reached
    /// the shop by mail or letter; audited. Null for an unknown account; an empty file when the cards cannot be listed now.
    /// </summary>
    public async Task<byte[]?> DataCopyAsync(string id, StaffMember by, CancellationToken ct)
    {
        if (await users.FindByIdAsync(id) is not { } user) return null;
        if (await dataCopy.MakeAsync(user, ct) is not { } file) return [];
        audit.Record(by, EntityType, user.Id, "DataCopied", null, new { user.Email });
        await db.SaveChangesAsync(ct);
        return file;
    }

    /// <summary>Locks an account until unlocked and signs it out everywhere. Returns a refusal, or null when done.</summary>
    public async Task<string?> LockAsync(string id, StaffMember by, bool byAdmin, CancellationToken ct)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null) return "That account no longer exists.";
        if (user.Id == by.UserId) return "You cannot lock your own account.";
        var targetRoles = await users.GetRolesAsync(user);
        if (!byAdmin && targetRoles.Count > 0) return "Only an admin can lock a staff account.";
        if (AdminRoster.WouldLeaveNoAdmin(targetRoles.Contains(Roles.Admin), await ActiveAdminsAsync(ct))) return AdminRoster.LastAdmin;

        var wasLockedUntil = user.LockoutEnd;
        audit.Record(by, EntityType, user.Id, "Locked", new { user.Email, user.LockoutEnd }, new { user.Email, LockoutEnd = ShopUser.StaffLockEnd });
        await users.SetLockoutEnabledAsync(user, true);
        var result = await users.SetLockoutEndDateAsync(user, ShopUser.StaffLockEnd);
        if (!result.Succeeded) return Failed(result);
        if (targetRoles.Contains(Roles.Admin) && await ActiveAdminsAsync(ct) == 0)
        {
            // Another admin was locked or demoted at the same instant: put this one back.
            audit.Record(by, EntityType, user.Id, "LockUndone", null, new { user.Email, Reason = "last admin" });
            await users.SetLockoutEndDateAsync(user, wasLockedUntil);
            return AdminRoster.LastAdmin;
        }
        // A new security stamp ends the cookies the account already holds at their next validation.
        await users.UpdateSecurityStampAsync(user);
        return null;
    }

    public async Task<string?> UnlockAsync(string id, StaffMember by, bool byAdmin, CancellationToken ct)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null) return "That account no longer exists.";
        if (!byAdmin && (await users.GetRolesAsync(user)).Count > 0) return "Only an admin can unlock a staff account.";
        audit.Record(by, EntityType, user.Id, "Unlocked", new { user.Email, user.LockoutEnd }, new { user.Email, LockoutEnd = (DateTimeOffset?)null });
        var result = await users.SetLockoutEndDateAsync(user, null);
        if (!result.Succeeded) return Failed(result);
        await users.ResetAccessFailedCountAsync(user);
        return null;
    }

    /// <summary>Admins only (the controller checks): gives or takes the Staff or Admin role; never removes the last admin.</summary>
    public async Task<string?> SetRoleAsync(string id, string role, bool grant, StaffMember by, CancellationToken ct)
    {
        if (!AdminRoster.GrantableRoles.Contains(role)) return "Choose Staff or Admin.";
        var user = await users.FindByIdAsync(id);
        if (user is null) return "That account no longer exists.";
        var has = await users.IsInRoleAsync(user, role);
        if (has == grant) return null;
        if (!grant && role == Roles.Admin && AdminRoster.WouldLeaveNoAdmin(true, await ActiveAdminsAsync(ct))) return AdminRoster.LastAdmin;
        if (grant && !await roles.RoleExistsAsync(role))
        {
            var created = await roles.CreateAsync(new IdentityRole(role));
            if (!created.Succeeded) return Failed(created);
        }

        audit.Record(by, EntityType, user.Id, grant ? "RoleGranted" : "RoleRevoked", null, new { user.Email, Role = role });
        var result = grant ? await users.AddToRoleAsync(user, role) : await users.RemoveFromRoleAsync(user, role);
        if (!result.Succeeded) return Failed(result);
        if (!grant && role == Roles.Admin && await ActiveAdminsAsync(ct) == 0)
        {
            // Two admins revoked each other at the same instant and both passed the check above: undo this one.
            audit.Record(by, EntityType, user.Id, "RoleRevokeUndone", null, new { user.Email, Role = role, Reason = "last admin" });
            await users.AddToRoleAsync(user, role);
            return AdminRoster.LastAdmin;
        }
        // Role claims live in the cookie: a new stamp makes the next request re-read them.
        await users.UpdateSecurityStampAsync(user);
        return null;
    }

    private async Task<int> ActiveAdminsAsync(CancellationToken ct)
    {
        var count = await AdminRoster.ActiveAdminsAsync(users, DateTimeOffset.UtcNow);
        ct.ThrowIfCancellationRequested();
        return count;
    }

    /// <summary>Identity's refusal, already in the page's language (several sentences join into one, which no key would match).</summary>
    private string Failed(IdentityResult result)
    {
        // The audit entry must not outlive a change that did not happen.
        foreach (var entry in db.ChangeTracker.Entries<AuditEntry>().Where(e => e.State == EntityState.Added).ToList())
            entry.State = EntityState.Detached;
        return IdentityMessages.Translate(result);
    }
}
