using Npgsql;

namespace Shop.Tests.Support;

/// <summary>
/// The one switch between the embedded database and a PostgreSQL server: when the environment variable
/// <c>SHOP_TEST_POSTGRES</c> holds a connection string (<c>tools/postgres.sh start</c> prints one), every
/// <see cref="ShopApp"/> that does not choose its own database gets a database of its own on that server, made from
/// a prepared template (<see cref="DatabaseTemplates"/>) and dropped when the app stops. Otherwise each app has its
/// own SQLite file, as always. Which suites run on which database: README and tools/test.sh.
/// </summary>
internal static class TestDatabases
{
    public static string? Postgres { get; } = Environment.GetEnvironmentVariable("SHOP_TEST_POSTGRES") is { Length: > 0 } s ? s : null;

    public static bool OnPostgres => Postgres is not null;

    /// <summary>The settings that put an app on <paramref name="database"/> of the test server.</summary>
    public static Dictionary<string, string?> SettingsFor(string database) => new()
    {
        ["Database:Provider"] = "Postgres",
        ["ConnectionStrings:Shop"] = ConnectionTo(database),
    };

    public static string NewName(string prefix) => $"{prefix}_{Guid.NewGuid():n}";

    public static string ConnectionTo(string database) => new NpgsqlConnectionStringBuilder(Postgres) { Database = database }.ConnectionString;

    /// <summary>
    /// The database of a data folder that a test keeps across apps (to start the shop twice on the same data): made
    /// empty the first time, kept until the end of the run (<see cref="DropKept"/>).
    /// </summary>
    public static string KeptFor(string dataDirectory)
    {
        var name = "shop_kept_" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(dataDirectory)))[..20];
        lock (Kept)
        {
            if (Kept.Add(name)) Create(name);
        }
        return name;
    }

    private static readonly HashSet<string> Kept = [];

    public static void DropKept()
    {
        lock (Kept)
        {
            foreach (var name in Kept) Release(name, drop: true);
            Kept.Clear();
        }
    }

    /// <summary>
    /// Creates <paramref name="database"/>, empty or as a copy of <paramref name="template"/>. PostgreSQL refuses a copy
    /// while anything else is connected to the template (55006), such as another copy being made at that instant: it is
    /// asked again, for up to ten seconds.
    /// </summary>
    public static void Create(string database, string? template = null)
    {
        var sql = $"CREATE DATABASE \"{database}\"" + (template is null ? "" : $" TEMPLATE \"{template}\"");
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                Execute(sql);
                return;
            }
            catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.ObjectInUse && template is not null && attempt < 100)
            {
                Thread.Sleep(100);
            }
        }
    }

    /// <summary>Closes the app's idle connections to <paramref name="database"/> (a template must have none) and optionally drops it.</summary>
    public static void Release(string database, bool drop)
    {
        // The app's pool is keyed by the connection string it uses (with automatic preparation on).
        using (var connection = new NpgsqlConnection(Shop.Web.Data.DataSetup.PreparingStatements(ConnectionTo(database))))
            NpgsqlConnection.ClearPool(connection);
        if (drop) Execute($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)");
    }

    private static void Execute(string sql)
    {
        using var connection = new NpgsqlConnection(Postgres);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}
