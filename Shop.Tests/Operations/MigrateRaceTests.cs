using Npgsql;

namespace Shop.Tests.Operations;

/// <summary>
/// Two `migrate` runs at once on PostgreSQL (two deploy jobs, or nodes started together with MigrateOnStartup): the
/// second waits for the first and then finds nothing to do; neither fails half-way, and the demo catalog is seeded once.
/// </summary>
[TestFixture, Category(TestCategories.PostgresOnly)]
public class MigrateRaceTests
{
    [Test]
    public async Task Two_migrate_runs_at_once_on_a_database_that_does_not_exist_yet_both_succeed_and_seed_once()
    {
        var database = TestDatabases.NewName("race");
        var folders = Enumerable.Range(0, 2).Select(_ => Directory.CreateTempSubdirectory("shop-race-").FullName).ToList();
        var environment = new Dictionary<string, string>
        {
            ["Database__Provider"] = "Postgres",
            ["ConnectionStrings__Shop"] = TestDatabases.ConnectionTo(database),
        };
        try
        {
            var runs = await Task.WhenAll(folders.Select(f => ShopCommand.RunAsync(f, environment, "migrate")));

            await using var connection = new NpgsqlConnection(TestDatabases.ConnectionTo(database));
            await connection.OpenAsync();
            await using var count = new NpgsqlCommand("SELECT count(*) FROM \"Products\"", connection);
            var products = (long)(await count.ExecuteScalarAsync())!;

            Assert.That(runs.Select(r => r.ExitCode), Is.All.Zero, string.Join("\n---\n", runs.Select(r => r.ToString())));
            Assert.That(products, Is.EqualTo(200), "the demo catalog, once");
        }
        finally
        {
            TestDatabases.Release(database, drop: true);
            foreach (var f in folders) Directory.Delete(f, recursive: true);
        }
    }
}
