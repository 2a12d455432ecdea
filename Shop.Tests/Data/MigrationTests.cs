using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

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

    [TestCase(typeof(Shop.Domain.Catalog.Product), "Products")]
    [TestCase(typeof(Shop.Domain.Ordering.Order), "Orders")]
    public void On_sql_server_products_and_orders_carry_a_real_rowversion(Type entity, string table)
    {
        using var db = SqlServer();
        var rowVersion = db.Model.FindEntityType(entity)!.FindProperty(ShopDbContext.RowVersion)!;
        var script = db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);

        Assert.Multiple(() =>
        {
            Assert.That(rowVersion.ClrType, Is.EqualTo(typeof(byte[])));
            Assert.That(rowVersion.IsConcurrencyToken, Is.True);
            Assert.That(rowVersion.ValueGenerated, Is.EqualTo(Microsoft.EntityFrameworkCore.Metadata.ValueGenerated.OnAddOrUpdate));
            Assert.That(rowVersion.GetColumnType(), Is.EqualTo("rowversion"));
            Assert.That(script, Does.Contain($"ALTER TABLE [{table}] ADD [RowVersion] rowversion NOT NULL;"));
        });
    }

    [TestCase(typeof(Shop.Domain.Catalog.Product))]
    [TestCase(typeof(Shop.Domain.Ordering.Order))]
    public void On_sqlite_products_and_orders_carry_a_row_version_kept_by_a_trigger(Type entity)
    {
        using var db = Sqlite();
        var type = db.Model.FindEntityType(entity)!;
        var rowVersion = type.FindProperty(ShopDbContext.RowVersion)!;
        var migration = db.GetService<IMigrator>().GenerateScript();

        Assert.Multiple(() =>
        {
            Assert.That(rowVersion.IsConcurrencyToken, Is.True);
            Assert.That(rowVersion.ValueGenerated, Is.EqualTo(Microsoft.EntityFrameworkCore.Metadata.ValueGenerated.OnAddOrUpdate));
            // The counter is read back after each save; RETURNING would give the value from before the trigger ran.
            Assert.That(type.FindAnnotation("Sqlite:UseSqlReturningClause")?.Value, Is.EqualTo(false));
            Assert.That(migration, Does.Contain($"CREATE TRIGGER \"{type.GetTableName()}_RowVersion\" AFTER UPDATE ON \"{type.GetTableName()}\""));
        });
    }

    [Test]
    public void A_products_edit_version_stays_a_concurrency_token_on_both_providers()
    {
        // Forms carry it across requests: "someone else saved this product since you opened it" (stock moves don't count).
        using var sqlite = Sqlite();
        using var sqlServer = SqlServer();
        foreach (DbContext db in new DbContext[] { sqlite, sqlServer })
            Assert.That(db.Model.FindEntityType(typeof(Shop.Domain.Catalog.Product))!.FindProperty("Version")!.IsConcurrencyToken, Is.True);
    }
}
