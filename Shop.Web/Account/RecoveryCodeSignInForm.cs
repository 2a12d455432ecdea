namespace Shop.Web.Account;

public sealed class RecoveryCodeSignInForm
{
    public string RecoveryCode { get; set; } = "";
    /// <summary>"Remember me" from the sign-in page, carried through the two-factor pages.</summary>
    public bool RememberMe { get; set; }
    public string? ReturnUrl { get; set; }
}
