using Shop.Web.Account;

namespace Shop.Web.Operations;

/// <summary>
/// `dotnet Shop.Web.dll admin reset-password`: a new generated password for the administrator of Shop:Admin:Email,
/// printed once to stdout; the account is unlocked and keeps its two-factor setup. An account of that address that is not
/// an administrator is not touched, and the command says so and fails.
/// </summary>
public static class AdminCommand
{
    public static bool IsRequested(string[] args) =>
        args.Length > 1 && args[0].Equals("admin", StringComparison.OrdinalIgnoreCase) && args[1].Equals("reset-password", StringComparison.OrdinalIgnoreCase);

    public static async Task<int> RunAsync(WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var reset = scope.ServiceProvider.GetRequiredService<AdminPasswordReset>();
        switch (await reset.ResetAsync())
        {
            case AdminPasswordReset.Done done:
                var twoFactor = done.TwoFactor ? " Two-factor sign-in stays on: use the authenticator app as before." : "";
                Console.Out.WriteLine($"New password for {done.Email}: {done.Password}  (shown only this once; the account is unlocked).{twoFactor}");
                return 0;
            case AdminPasswordReset.NotAnAdministrator other:
                Console.Error.WriteLine($"'{other.Email}' (Shop:Admin:Email) has an account that is not an administrator, so its password was not reset: set Shop:Admin:Email to an administrator's address, or have an administrator make this account Admin under /admin/customers first.");
                return 3;
            case var none:
                Console.Error.WriteLine($"There is no administrator account '{none.Email}' in this database: check Shop:Admin:Email, or run the shop (or `migrate`) with Shop:Admin:Password set to create it.");
                return 2;
        }
    }
}
