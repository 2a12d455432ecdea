namespace Shop.Web.Account;

public sealed class ForgotPasswordForm
{
    public string Email { get; set; } = "";
}
