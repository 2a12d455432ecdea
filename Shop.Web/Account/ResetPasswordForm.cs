namespace Shop.Web.Account;

/// <summary>UserId and Code come from the link in the mail and travel in hidden fields.</summary>
public sealed class ResetPasswordForm
{
    public string UserId { get; set; } = "";
    public string Code { get; set; } = "";
    public string Password { get; set; } = "";
}
