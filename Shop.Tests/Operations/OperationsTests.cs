using System.Diagnostics;
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
        var dll = Path.GetFullPath(Path.Combine(TestContext.CurrentContext.TestDirectory, "Shop.Web.dll"));
        var start = new ProcessStartInfo("dotnet", [dll, "migrate"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = TestContext.CurrentContext.TestDirectory,
            Environment = { ["Shop__DataDirectory"] = data, ["Shop__SeedDemoCatalog"] = "false", ["ASPNETCORE_ENVIRONMENT"] = "Production", ["Shop__PublicUrl"] = "https://shop.example" },
        };
        try
        {
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(90));
            await process.WaitForExitAsync(deadline.Token);

            Assert.That(process.ExitCode, Is.Zero, await output);
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
