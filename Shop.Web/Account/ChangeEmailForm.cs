namespace Shop.Web.Account;

public sealed class ChangeEmailForm
{
    public string? CurrentEmail { get; set; }
    public string NewEmail { get; set; } = "";
    public string CurrentPassword { get; set; } = "";
}
