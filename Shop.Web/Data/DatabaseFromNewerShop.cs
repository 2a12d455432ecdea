namespace Shop.Web.Data;

/// <summary>The database has a migration this build does not know: a newer shop wrote it, and migrating would not undo that.</summary>
public sealed class DatabaseFromNewerShop(string database, string migration)
    : Exception($"The database {database} has migration {migration}, which this build does not know.")
{
    public string Database { get; } = database;
    public string Migration { get; } = migration;
}
