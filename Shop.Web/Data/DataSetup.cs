using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Shop.Web.Data.Seed;

namespace Shop.Web.Data;

/// <summary>Registers the database for the configured provider and prepares it at start-up.</summary>
public static class DataSetup
{
    /// <remarks>
    /// Contexts are pooled: most requests take one (a personal page for its cart count), and building a fresh context's
    /// services costs more than a small query. Every <see cref="IInterceptor"/> registered
    /// in DI (as a singleton: the pool outlives scopes) is added to the context (tests counting SQL, holding saves).
    /// </remarks>
    public static IServiceCollection AddShopData(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var provider = Provider(configuration);
        var connection = configuration.GetConnectionString("Shop");

        if (provider.Equals("SqlServer", StringComparison.OrdinalIgnoreCase))
        {
            if (string.IsNullOrWhiteSpace(connection))
                throw new StartupFailure("Database:Provider is SqlServer but ConnectionStrings:Shop is empty: set it (environment variable ConnectionStrings__Shop) to the database's connection string.");
            services.AddDbContextPool<ShopDbContext, SqlServerShopDbContext>((sp, o) =>
                o.UseSqlServer(connection, sql => sql.EnableRetryOnFailure(DatabaseUnreachable.Retries, DatabaseUnreachable.LongestRetryDelay, null).UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery)).AddInterceptors(sp.GetServices<IInterceptor>()));
        }
        else if (provider.Equals("Postgres", StringComparison.OrdinalIgnoreCase))
        {
            if (string.IsNullOrWhiteSpace(connection))
                throw new StartupFailure("Database:Provider is Postgres but ConnectionStrings:Shop is empty: set it (environment variable ConnectionStrings__Shop) to the database's connection string.");
            // Npgsql pools connections itself (Maximum Pool Size in the connection string, 100 by default); deadlocks and
            // dropped connections are retried by the execution strategy, inside which every transaction runs (a few times:
            // a server that is down is reported within seconds, DatabaseUnreachable).
            var prepared = PreparingStatements(connection);
            services.AddDbContextPool<ShopDbContext, PostgresShopDbContext>((sp, o) =>
                o.UseNpgsql(prepared, sql => sql.EnableRetryOnFailure(DatabaseUnreachable.Retries, DatabaseUnreachable.LongestRetryDelay, null).UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery)).AddInterceptors(sp.GetServices<IInterceptor>()));
        }
        else if (provider.Equals("Sqlite", StringComparison.OrdinalIgnoreCase))
        {
            var file = Path.Combine(ShopConfiguration.DataDirectory(configuration, environment), "shop.db");
            var builder = new SqliteConnectionStringBuilder(string.IsNullOrWhiteSpace(connection) ? $"Data Source={file}" : connection)
            {
                // Writers wait for each other instead of failing with "database is locked".
                DefaultTimeout = 30,
                Pooling = true,
            };
            services.AddDbContextPool<ShopDbContext, SqliteShopDbContext>((sp, o) =>
                o.UseSqlite(builder.ConnectionString, sql => sql.UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery))
                    .AddInterceptors(sp.GetServices<IInterceptor>()).AddInterceptors(new SqliteUnicodeCase()));
        }
        else
        {
            throw new StartupFailure($"Database:Provider '{provider}' is not supported: set it to Sqlite, Postgres or SqlServer.");
        }

        services.AddSingleton(new WriteTurns(oneAtATime: HasOneWriter(configuration)));
        services.AddScoped<DemoCatalogSeeder>();
        return services;
    }

    /// <summary>
    /// The connection string with Npgsql's automatic preparation on, unless it says otherwise: the statements a shop
    /// repeats (a Pay's look-ups, a batch's inserts) are then parsed and planned once per connection instead of every
    /// time (bench/README.md). Behind a pooler that cannot keep prepared statements, set <c>Max Auto Prepare=0</c>.
    /// </summary>
    internal static string PreparingStatements(string connection)
    {
        var given = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = connection };
        if (given.ContainsKey("Max Auto Prepare") || given.ContainsKey("MaxAutoPrepare")) return connection;
        return new Npgsql.NpgsqlConnectionStringBuilder(connection) { MaxAutoPrepare = 64 }.ConnectionString;
    }

    private static string Provider(IConfiguration configuration) => configuration["Database:Provider"] ?? "Sqlite";

    /// <summary>Whether the database lets one writer in at a time (SQLite); server databases take many.</summary>
    public static bool HasOneWriter(IConfiguration configuration) => Provider(configuration).Equals("Sqlite", StringComparison.OrdinalIgnoreCase);

    /// <summary>Applies migrations and seeds the demo catalog once. Runs before the app takes requests.</summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ShopDbContext>();
        await using var turn = await MigrationTurn.TakeAsync(db, app.Configuration.GetConnectionString("Shop")); // another run migrating the same database finishes first
        if (await db.Database.CanConnectAsync()) // a new database has nothing applied yet
        {
            var unknown = (await db.Database.GetAppliedMigrationsAsync()).Except(db.Database.GetMigrations()).ToList();
            if (unknown.Count > 0) throw new DatabaseFromNewerShop(db.Database.GetDbConnection().DataSource, unknown[^1]);
        }
        await db.Database.MigrateAsync();
        if (db.Database.IsSqlite())
        {
            // WAL lets readers run while a writer commits; it is a property of the file, so set it once here.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
        }
        await scope.ServiceProvider.GetRequiredService<DemoCatalogSeeder>().SeedAsync();
    }
}
