namespace Shop.Web.Account;

/// <summary>The shop's roles, in one place: use these in [Authorize(Roles = ...)], never a string literal.</summary>
public static class Roles
{
    /// <summary>What staff do, and besides: granting and revoking roles, inviting staff, locking staff accounts, the business settings, a customer's data, the audit log.</summary>
    public const string Admin = "Admin";

    /// <summary>
    /// Runs the shop from the staff pages: catalog, stock, orders, returns, reviews, and its settings (discount codes, tax
    /// and shipping zones, categories, shop pages); locks and unlocks shoppers' accounts.
    /// </summary>
    public const string Staff = "Staff";

    public static readonly IReadOnlyList<string> All = [Admin, Staff];
}
