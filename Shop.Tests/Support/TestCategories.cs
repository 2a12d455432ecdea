namespace Shop.Tests.Support;

public static class TestCategories
{
    /// <summary>
    /// About the embedded database itself (its file, its migrations from older files): left out of the run on
    /// PostgreSQL (<see cref="TestDatabases"/>), where one process must not mix providers.
    /// </summary>
    public const string SqliteOnly = "SqliteOnly";

    /// <summary>
    /// Needs the PostgreSQL server: run only when <c>SHOP_TEST_POSTGRES</c> is set (<see cref="TestDatabases"/>), left out
    /// of the run on SQLite. Without the server such a test fails at once and says so; it is never skipped quietly.
    /// </summary>
    public const string PostgresOnly = "PostgresOnly";
}
