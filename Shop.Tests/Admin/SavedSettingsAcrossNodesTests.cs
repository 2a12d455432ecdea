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

    /// <param name="signal">The node's cluster signal: by default the one all nodes share (as Redis would be).</param>
    private ShopApp Node(LogCapture? log = null, IClusterSignal? signal = null) => new(new() { ["Shop:DataDirectory"] = _data, ["Shop:Name"] = "File Shop" })
    {
        TestServices = s =>
        {
            s.AddSingleton(signal ?? _signal);
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
    public async Task The_settings_page_on_a_node_the_save_has_not_reached_yet_shows_the_saved_values_and_the_node_uses_them()
    {
        // Signals that never cross: node B hears nothing of node A's save, as when Redis brings the message late.
        using var a = Node(signal: new LocalClusterSignal());
        using var b = Node(signal: new LocalClusterSignal());
        var email = Accounts.UniqueEmail("admin");
        using var adminOnA = await a.CreateAccountAndSignInAsync(email, Roles.Admin);
        using var adminOnB = b.Browser();
        await adminOnB.SignInAsync(email);
        Assert.That(await FooterAsync(b), Does.Contain("Free returns within 30 days."));

        await BusinessSettingsTests.SaveAsync(adminOnA, ("ReturnDays", "21"));
        var (_, page) = await adminOnB.GetPageAsync("/admin/settings");

        Assert.Multiple(async () =>
        {
            Assert.That(page.QuerySelector("[name='Form.ReturnDays']")?.GetAttribute("value"), Is.EqualTo("21"), "the form on node B");
            Assert.That(await FooterAsync(b), Does.Contain("Free returns within 21 days."), "node B read the table for its page");
        });
    }

    [Test]
    public async Task A_node_that_missed_the_message_of_a_save_catches_up_within_seconds()
    {
        using var a = Node();
        using var b = Node(signal: new MissesSettingsMessages(_signal));
        using var admin = await a.CreateAccountAndSignInAsync(Accounts.UniqueEmail("admin"), Roles.Admin);
        Assert.That(await FooterAsync(b), Does.Contain("Free returns within 30 days."));

        await BusinessSettingsTests.SaveAsync(admin, ("ReturnDays", "21"));
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (!(await FooterAsync(b)).Contains("21 days") && clock.Elapsed < SettingsSetup.CatchUpEvery * 3) await Task.Delay(100);

        Assert.That(await FooterAsync(b), Does.Contain("Free returns within 21 days."), "node B read the save the count told of");
    }

    /// <summary>Shares the other nodes' signals and counts, but never hears that settings were saved (a message Redis lost).</summary>
    private sealed class MissesSettingsMessages(IClusterSignal shared) : IClusterSignal
    {
        public Task PublishAsync(string signal) => shared.PublishAsync(signal);

        public void Subscribe(string signal, Action handler)
        {
            if (signal != SavedSettingsReader.ChangedSignal) shared.Subscribe(signal, handler);
        }

        public ValueTask<long?> CountAsync(string signal) => shared.CountAsync(signal);
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
