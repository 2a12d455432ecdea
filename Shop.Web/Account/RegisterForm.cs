namespace Shop.Web.Account;

public sealed class RegisterForm
{
    public string FullName { get; set; } = "";
    public string Email { get; set; } = "";
    public string Password { get; set; } = "";
}
