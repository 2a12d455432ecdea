using Shop.Web.Account;

namespace Shop.Web.Admin;

/// <summary>Who may open the staff pages: for <c>[Authorize(Roles = StaffRoles.Any)]</c>.</summary>
public static class StaffRoles
{
    /// <summary>Staff run the catalog and the orders; admins do that and everything else.</summary>
    public const string Any = Roles.Admin + "," + Roles.Staff;

    /// <summary>Only admins: granting roles.</summary>
    public const string AdminOnly = Roles.Admin;
}
