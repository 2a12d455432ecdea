using Shop.Web.Account;

namespace Shop.Web.Operations;

/// <summary>
/// `dotnet Shop.Web.dll admin reset-password`: a new generated password for the administrator of Shop:Admin:Email,
/// printed once to stdout; the account is unlocked and keeps its two-factor setup.
/// </summary>
public static class AdminCommand
{
    public static bool IsRequested(string[] args) =>
        args.Length > 1 && args[0].Equals("admin", StringComparison.OrdinalIgnoreCase) && args[1].Equals("reset-password", StringComparison.OrdinalIgnoreCase);

    public static async Task<int> RunAsync(WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var reset = scope.ServiceProvider.GetRequiredService<AdminPasswordReset>();
        var done = await reset.ResetAsync();
        if (done is null)
        {
            Console.Error.WriteLine($"There is no administrator account '{reset.Email}' in this database: check Shop:Admin:Email, or run the shop (or `migrate`) with Shop:Admin:Password set to create it.");
            return 2;
        }
        var twoFactor = done.TwoFactor ? " Two-factor sign-in stays on: use the authenticator app as before." : "";
        Console.Out.WriteLine($"New password for {done.Email}: {done.Password}  (shown only this once; the account is unlocked).{twoFactor}");
        return 0;
    }
}
