namespace Shop.Tests.Support;

public static class TestCategories
{
    /// <summary>
    /// About the embedded database itself (its file, its migrations from older files): left out of the run on
    /// PostgreSQL (<see cref="TestDatabases"/>), where one process must not mix providers.
    /// </summary>
    public const string SqliteOnly = "SqliteOnly";
}
