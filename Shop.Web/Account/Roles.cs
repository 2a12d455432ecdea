namespace Shop.Web.Account;

/// <summary>The shop's roles, in one place: use these in [Authorize(Roles = ...)], never a string literal.</summary>
public static class Roles
{
    /// <summary>Everything, including users and settings.</summary>
    public const string Admin = "Admin";

    /// <summary>Runs the catalog and the orders.</summary>
    public const string Staff = "Staff";

    public const string AdminOrStaff = Admin + "," + Staff;

    public static readonly IReadOnlyList<string> All = [Admin, Staff];
}
