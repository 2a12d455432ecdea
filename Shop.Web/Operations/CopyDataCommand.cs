using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;
using Shop.Web.Data;

namespace Shop.Web.Operations;

/// <summary>
/// `dotnet Shop.Web.dll copy-data --to "Host=...;Database=...;Username=...;Password=..."`: moves the configured SQLite shop
/// into an empty PostgreSQL database (see <see cref="DataCopy"/>) and prints the rows per table. Run it with the shop
/// stopped. Exit code 0 when copied, 2 when refused (nothing written), 1 when it failed (nothing written either).
/// </summary>
public static class CopyDataCommand
{
    public static bool IsRequested(string[] args) => args.Length > 0 && args[0].Equals("copy-data", StringComparison.OrdinalIgnoreCase);

    public static async Task<int> RunAsync(WebApplication app, string[] args)
    {
        if (TargetIn(args) is not { } to)
        {
            await Console.Error.WriteLineAsync("Usage: dotnet Shop.Web.dll copy-data --to \"<PostgreSQL connection string>\"");
            return 2;
        }

        var log = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(CopyDataCommand));
        await using var scope = app.Services.CreateAsyncScope();
        var source = scope.ServiceProvider.GetRequiredService<ShopDbContext>();
        var into = new NpgsqlConnectionStringBuilder(to);
        var where = $"PostgreSQL {into.Host}:{into.Port}/{into.Database}"; // the connection string may hold a password
        try
        {
            if (!source.Database.IsSqlite())
                throw new DataCopyRefused($"copy-data moves a SQLite shop, but Database:Provider is {app.Configuration["Database:Provider"]}.");
            // Migrating first asks whether the database exists, and makes it when it does not: that failed connection is no error.
            await using var target = new PostgresShopDbContext(new DbContextOptionsBuilder<PostgresShopDbContext>()
                .UseNpgsql(to).UseLoggerFactory(app.Services.GetRequiredService<ILoggerFactory>())
                .ConfigureWarnings(w => w.Log((RelationalEventId.ConnectionError, LogLevel.Debug))).Options);
            var copied = await new DataCopy(source, target).RunAsync(app.Lifetime.ApplicationStopping);

            Console.WriteLine($"Copied {source.Database.GetDbConnection().DataSource} into {where}:");
            foreach (var table in copied) Console.WriteLine($"  {table.Name,-24} {table.Rows,8}");
            Console.WriteLine($"  {copied.Count} tables, {copied.Sum(t => t.Rows)} rows.");
            return 0;
        }
        catch (DataCopyRefused e)
        {
            await Console.Error.WriteLineAsync($"Nothing copied: {e.Message}");
            return 2;
        }
        catch (Exception e)
        {
            log.LogCritical(e, "Copying the data into {Target} failed; nothing was written", where);
            return 1;
        }
    }

    /// <summary>The value of `--to value` or `--to=value`.</summary>
    private static string? TargetIn(string[] args)
    {
        for (var i = 1; i < args.Length; i++)
        {
            if (args[i] == "--to" && i + 1 < args.Length) return args[i + 1];
            if (args[i].StartsWith("--to=", StringComparison.Ordinal)) return args[i]["--to=".Length..];
        }
        return null;
    }
}
