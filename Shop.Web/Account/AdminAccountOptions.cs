namespace Shop.Web.Account;

/// <summary>"Shop:Admin": the administrator account seeded on first run. The password comes from secrets, never the file.</summary>
public sealed class AdminAccountOptions
{
    public const string Section = "Shop:Admin";

    public string Email { get; set; } = "";
    public string Password { get; set; } = "";
}
