namespace Shop.Web.Account;

/// <summary>The "set up your authenticator app" page: QR code, the key to type in by hand, and the code to prove it works.</summary>
public sealed class AuthenticatorSetup
{
    public string SharedKey { get; set; } = "";
    public string QrCodeImage { get; set; } = "";
    public string Code { get; set; } = "";
    public string CurrentPassword { get; set; } = "";
}
