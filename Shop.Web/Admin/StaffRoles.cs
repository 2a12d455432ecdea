using Shop.Web.Account;

namespace Shop.Web.Admin;

/// <summary>Who may open the staff pages: for <c>[Authorize(Roles = StaffRoles.Any)]</c>.</summary>
public static class StaffRoles
{
    /// <summary>Staff run the shop and its settings; admins do that too (see <see cref="Roles"/>).</summary>
    public const string Any = Roles.Admin + "," + Roles.Staff;

    /// <summary>Only admins: granting and revoking roles, inviting staff (the team page), the business settings, the audit log.</summary>
    public const string AdminOnly = Roles.Admin;
}
