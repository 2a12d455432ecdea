namespace Shop.Web.Account;

public sealed class ProfileForm
{
    public string FullName { get; set; } = "";
}
