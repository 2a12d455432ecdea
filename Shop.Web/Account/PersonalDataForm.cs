namespace Shop.Web.Account;

/// <summary>"Download your data": the password (or an authenticator code) again, as for every sensitive step.</summary>
public sealed class PersonalDataForm
{
    public string Password { get; set; } = "";
}
