namespace Shop.Tests.Support;

public static class TestCategories
{
    /// <summary>
    /// About the embedded database itself (its file, its migrations from older files): left out of the run on
    /// PostgreSQL (<see cref="TestDatabases"/>), where one process must not mix providers.
    /// </summary>
    public const string SqliteOnly = "SqliteOnly";

    /// <summary>
    /// Needs the PostgreSQL server: runs in the PostgreSQL run of tools/test.sh (<c>SHOP_TEST_POSTGRES</c> set, see
    /// <see cref="TestDatabases"/>) and is left out of its SQLite run; a plain <c>dotnet test</c> reports it skipped, saying why.
    /// </summary>
    public const string PostgresOnly = "PostgresOnly";
}
