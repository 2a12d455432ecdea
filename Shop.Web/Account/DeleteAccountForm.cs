namespace Shop.Web.Account;

public sealed class DeleteAccountForm
{
    public string Password { get; set; } = "";
}
