namespace Shop.Web.Account;

public static class Roles
{
    public const string Admin = "Admin";
    public const string Staff = "Staff";
}
