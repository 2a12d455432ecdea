using Shop.Web.Account;
using Shop.Web.Data;

namespace Shop.Web.Operations;

/// <summary>
/// `dotnet Shop.Web.dll migrate`: applies the migrations, seeds roles and the first admin (and the demo catalog if enabled) and exits. Run it once per
/// deploy, before starting nodes with Database:MigrateOnStartup=false, so several nodes never race to migrate.
/// </summary>
public static class MigrateCommand
{
    public static bool IsRequested(string[] args) => args.Length > 0 && args[0].Equals("migrate", StringComparison.OrdinalIgnoreCase);

    public static async Task<int> RunAsync(WebApplication app)
    {
        var log = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(MigrateCommand));
        try
        {
            await app.PrepareDatabaseAsync();
            await app.SeedAccountsAsync();
            var generated = app.Services.GetRequiredService<SeededAdministrator>().GeneratedPassword;
            if (generated is null) log.LogInformation("Database is migrated and ready");
            else log.LogInformation("Database is migrated and ready; the administrator was created with the generated password {Password} (shown only this once)", generated);
            return 0;
        }
        catch (Exception e) when (StartupFailures.Explain(e) is null)
        {
            log.LogCritical(e, "Migration failed");
            return 1;
        }
    }
}
