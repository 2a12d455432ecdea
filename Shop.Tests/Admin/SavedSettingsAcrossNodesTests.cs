using Shop.Web.Operations;
using Shop.Web.Settings;

namespace Shop.Tests.Admin;

/// <summary>
/// Nodes share the database: a save on one is read by the others when the cluster signal tells them, a node that
/// starts later reads the table, and a saved row that breaks its rule is left out with a warning instead of stopping it.
/// </summary>
public class SavedSettingsAcrossNodesTests
{
    private string _data = null!;
    private readonly LocalClusterSignal _signal = new();

    [SetUp]
    public void MakeDataFolder() => _data = Path.Combine(Path.GetTempPath(), "shop-tests", Guid.NewGuid().ToString("n"));

    [TearDown]
    public void RemoveDataFolder()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_data, recursive: true); } catch (IOException) { }
    }

    private ShopApp Node(LogCapture? log = null) => new(new() { ["Shop:DataDirectory"] = _data, ["Shop:Name"] = "File Shop" })
    {
        TestServices = s =>
        {
            s.AddSingleton<IClusterSignal>(_signal);
            if (log is not null) s.AddSingleton<ILoggerProvider>(log);
        },
    };

    private static async Task<string> FooterAsync(ShopApp node)
    {
        using var visitor = node.Browser();
        var (_, home) = await visitor.GetPageAsync("/");
        return home.Text("footer");
    }

    [Test]
    public async Task A_save_on_one_node_is_read_by_the_other_and_by_a_node_that_starts_later()
    {
        using var a = Node();
        using var b = Node();
        Assert.That(await FooterAsync(b), Does.Contain("File Shop"));
        using var admin = await a.CreateAccountAndSignInAsync(Accounts.UniqueEmail("admin"), Roles.Admin);

        await BusinessSettingsTests.SaveAsync(admin, ("ShopName", "Cluster Shop"), ("ReturnDays", "21"));
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!(await FooterAsync(b)).Contains("Cluster Shop") && DateTime.UtcNow < deadline) await Task.Delay(50);
        using var later = Node();

        Assert.Multiple(async () =>
        {
            Assert.That(await FooterAsync(b), Does.Contain("Cluster Shop").And.Contain("Free returns within 21 days."), "told by the signal");
            Assert.That(await FooterAsync(later), Does.Contain("Cluster Shop").And.Contain("Free returns within 21 days."), "read at start");
        });
    }

    [Test]
    public async Task A_saved_row_that_breaks_its_rule_is_left_out_with_a_warning_and_the_shop_starts()
    {
        using (var first = Node())
            await first.WithDbAsync(async db =>
            {
                var at = DateTimeOffset.UtcNow;
                db.AddRange(new ShopSetting("Shop:Returns:Days", "-5", at, "old@example.com"), new ShopSetting("Shop:Shipping:Holidays", "25.12.2026", at, "old@example.com"),
                    new ShopSetting("Shop:Payments:Braintree:PrivateKey", "sneaky", at, "old@example.com"), new ShopSetting("Shop:Name", "Saved Shop", at, "old@example.com"));
                await db.SaveChangesAsync();
            });
        var log = new LogCapture();

        using var node = Node(log);
        var footer = await FooterAsync(node);
        var options = node.Services.GetRequiredService<IOptions<Shop.Web.ShopOptions>>().Value;

        Assert.Multiple(() =>
        {
            Assert.That(footer, Does.Contain("Saved Shop").And.Contain("Free returns within 30 days."), "the good row applies, the bad one does not");
            Assert.That(options.Shipping.Holidays, Is.Empty);
            Assert.That(log.Lines, Has.Some.Contains("The saved setting Shop:Returns:Days is left out (not a whole number from 0 to 365)"));
            Assert.That(log.Lines, Has.Some.Contains("The saved setting Shop:Shipping:Holidays is left out ('25.12.2026' is not a day written 2026-12-25)"));
            Assert.That(log.Lines, Has.Some.Contains("The saved setting Shop:Payments:Braintree:PrivateKey is left out (not a setting staff can change)"));
        });
    }
}
