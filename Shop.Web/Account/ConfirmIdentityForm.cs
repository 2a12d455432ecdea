namespace Shop.Web.Account;

/// <summary>The password, or an authenticator code, that a sensitive two-factor change asks for again.</summary>
public sealed class ConfirmIdentityForm
{
    public string Secret { get; set; } = "";
}
