using Microsoft.AspNetCore.Identity;
using Shop.Web.Data;

namespace Shop.Web.Account;

/// <summary>The rules about who may take away access: the shop always keeps at least one admin who can sign in.</summary>
public static class AdminRoster
{
    public const string LastAdmin = "This is the last admin: make someone else an admin first, so the shop is never left without one.";

    public static readonly IReadOnlyList<string> GrantableRoles = [Roles.Staff, Roles.Admin];

    /// <summary>Whether removing admin rights (or locking out) one of <paramref name="activeAdmins"/> admins leaves none.</summary>
    public static bool WouldLeaveNoAdmin(bool targetIsAdmin, int activeAdmins) => targetIsAdmin && activeAdmins <= 1;

    /// <summary>Admins who can still sign in: a locked-out admin does not keep the shop run.</summary>
    public static async Task<int> ActiveAdminsAsync(UserManager<ShopUser> users, DateTimeOffset now) =>
        (await users.GetUsersInRoleAsync(Roles.Admin)).Count(a => a.LockoutEnd is null || a.LockoutEnd <= now);
}
