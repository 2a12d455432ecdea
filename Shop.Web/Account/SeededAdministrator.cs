namespace Shop.Web.Account;

/// <summary>
/// What <see cref="AdminSeeder"/> found and did on this start, for the start-up summary: what the account of
/// Shop:Admin:Email is, and the password it generated (first Development run only).
/// </summary>
public sealed class SeededAdministrator
{
    /// <summary>What the configured address is in this shop's database.</summary>
    public enum Account
    {
        /// <summary>Not looked at on this start (Database:MigrateOnStartup is off).</summary>
        NotChecked,
        /// <summary>Shop:Admin:Email is empty.</summary>
        NoAddress,
        /// <summary>No account has the address (the shop's administrators use others, or none was created: no password).</summary>
        NoAccount,
        /// <summary>An account without the Admin role: a shopper's, or a demoted admin's.</summary>
        NotAnAdministrator,
        Administrator,
    }

    public Account Found { get; set; } = Account.NotChecked;

    public string? GeneratedPassword { get; set; }
}
