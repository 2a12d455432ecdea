using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Shop.Web.Data;

namespace Shop.Tests.Data;

/// <summary>Each provider has its own migrations; both must match the model, and SQL Server's script must generate offline.</summary>
public class MigrationTests
{
    private static SqlServerShopDbContext SqlServer() =>
        new(new DbContextOptionsBuilder<SqlServerShopDbContext>().UseSqlServer("Server=(local);Database=ShopOffline;Trusted_Connection=True").Options);

    private static SqliteShopDbContext Sqlite() =>
        new(new DbContextOptionsBuilder<SqliteShopDbContext>().UseSqlite("Data Source=:memory:").Options);

    [Test]
    public void Sqlite_migrations_match_the_model()
    {
        using var db = Sqlite();
        Assert.That(db.Database.HasPendingModelChanges(), Is.False, "run: dotnet ef migrations add <Name> --project Shop.Web --context SqliteShopDbContext --output-dir Data/Migrations/Sqlite");
        Assert.That(db.Database.GetMigrations(), Is.Not.Empty);
    }

    [Test]
    public void SqlServer_migrations_match_the_model()
    {
        using var db = SqlServer();
        Assert.That(db.Database.HasPendingModelChanges(), Is.False, "run: dotnet ef migrations add <Name> --project Shop.Web --context SqlServerShopDbContext --output-dir Data/Migrations/SqlServer");
        Assert.That(db.Database.GetMigrations(), Is.Not.Empty);
    }

    [Test]
    public void SqlServer_migration_script_generates_with_sql_server_types()
    {
        using var db = SqlServer();
        var script = db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);

        Assert.Multiple(() =>
        {
            Assert.That(script, Does.Contain("CREATE TABLE [Products]"));
            Assert.That(script, Does.Contain("[Price] decimal(18,2) NOT NULL"));
            Assert.That(script, Does.Contain("CREATE UNIQUE INDEX [IX_Products_Slug]"));
            Assert.That(script, Does.Contain("[CreatedAt] datetimeoffset NOT NULL"));
            Assert.That(script, Does.Contain("CREATE TABLE [AspNetUsers]"));
            Assert.That(script, Does.Contain("CREATE TABLE [SavedAddresses]"));
        });
    }

    [Test]
    public void The_two_providers_have_the_same_migrations()
    {
        using var sqlite = Sqlite();
        using var sqlServer = SqlServer();
        static IEnumerable<string> Names(DbContext db) => db.Database.GetMigrations().Select(m => m[15..]);
        Assert.That(Names(sqlite), Is.EqualTo(Names(sqlServer)), "add each migration for both providers, with the same name");
    }
}
