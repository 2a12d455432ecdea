using Microsoft.Data.Sqlite;

namespace Shop.Tests.Operations;

public class OperationsTests
{
    [Test]
    public async Task Live_and_ready_answer_healthy_when_the_database_is_there()
    {
        using var app = new ShopApp();
        using var client = app.Browser();

        var live = await client.GetAsync("/health/live");
        var ready = await client.GetAsync("/health/ready");

        Assert.That(live.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(ready.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await ready.Content.ReadAsStringAsync(), Is.EqualTo("Healthy"));
    }

    [Test]
    public async Task Ready_fails_while_live_holds_when_the_database_is_unreachable()
    {
        var nowhere = Path.Combine(Path.GetTempPath(), "shop-tests", "missing-" + Guid.NewGuid().ToString("n"), "x", "shop.db");
        using var app = new ShopApp(new()
        {
            ["Database:MigrateOnStartup"] = "false",
            ["ConnectionStrings:Shop"] = $"Data Source={nowhere};Mode=ReadWrite",
        });
        using var client = app.Browser();

        var live = await client.GetAsync("/health/live");
        var ready = await client.GetAsync("/health/ready");

        Assert.That(live.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(ready.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
    }

    [Test]
    public async Task The_migrate_command_creates_the_database_and_exits()
    {
        var data = Path.Combine(Path.GetTempPath(), "shop-tests", "migrate-" + Guid.NewGuid().ToString("n"));
        try
        {
            var run = await ShopCommand.RunAsync(data, new Dictionary<string, string> { ["Shop__SeedDemoCatalog"] = "false" }, "migrate");

            Assert.That(run.ExitCode, Is.Zero, run.ToString());
            await using var db = new SqliteConnection($"Data Source={Path.Combine(data, "shop.db")};Mode=ReadOnly");
            await db.OpenAsync();
            await using var cmd = db.CreateCommand();
            cmd.CommandText = "SELECT COUNT(*) FROM __EFMigrationsHistory";
            Assert.That(Convert.ToInt32(await cmd.ExecuteScalarAsync()), Is.GreaterThan(0));
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            if (Directory.Exists(data)) Directory.Delete(data, recursive: true);
        }
    }
}
