namespace Shop.Web.Account;

public sealed class RecoveryCodeSignInForm
{
    public string RecoveryCode { get; set; } = "";
    public string? ReturnUrl { get; set; }
}
