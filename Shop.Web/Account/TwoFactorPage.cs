namespace Shop.Web.Account;

public sealed record TwoFactorPage(bool Enabled, int RecoveryCodesLeft)
{
    /// <summary>The page's two forms, each asking for the password or a code again: their fields and messages (never filled in).</summary>
    public ConfirmIdentityForm Codes { get; } = new();
    public ConfirmIdentityForm Disable { get; } = new();
}
