namespace Shop.Web.Account;

/// <summary>What <see cref="AdminSeeder"/> did on this start: the password it generated (first Development run only), for the start-up summary.</summary>
public sealed class SeededAdministrator
{
    public string? GeneratedPassword { get; set; }
}
