namespace Shop.Web.Account;

/// <summary>The second step of signing in: the 6-digit code from the authenticator app.</summary>
public sealed class TwoFactorSignInForm
{
    public string Code { get; set; } = "";
    public bool RememberMe { get; set; }
    /// <summary>Skip the code on this browser for a while (Identity's "remember this machine" cookie).</summary>
    public bool RememberBrowser { get; set; }
    public string? ReturnUrl { get; set; }
}
