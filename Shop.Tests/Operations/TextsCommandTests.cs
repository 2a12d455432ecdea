namespace Shop.Tests.Operations;

/// <summary>`texts swap de en`, run as an operator runs it (its own process), when a shop puts another language first.</summary>
public class TextsCommandTests
{
    private string _data = "";

    [SetUp]
    public void NewDataFolder() => _data = Path.Combine(Path.GetTempPath(), "shop-tests", "texts-" + Guid.NewGuid().ToString("n"));

    [TearDown]
    public void RemoveDataFolder()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(_data)) Directory.Delete(_data, recursive: true);
    }

    [Test]
    public async Task Swapping_says_what_took_the_new_languages_text_and_what_to_do_next()
    {
        var migrate = await ShopCommand.RunAsync(_data, "migrate");
        Assert.That(migrate.ExitCode, Is.Zero, migrate.ToString());
        await using (var db = Database())
        {
            // One demo product without its German text, as one staff added and never translated.
            db.Remove(await db.Set<ProductTranslation>().OrderBy(t => t.ProductId).FirstAsync(t => t.Language == "de"));
            await db.SaveChangesAsync();
        }

        var swap = await ShopCommand.RunAsync(_data, "texts", "swap", "de", "en");

        Assert.Multiple(() =>
        {
            Assert.That(swap.ExitCode, Is.Zero, swap.ToString());
            Assert.That(swap.Output, Does.Contain("The shop's own texts are now in 'de': 199 products, 8 categories and"), "the demo catalog and the shop pages have German texts");
            Assert.That(swap.Output, Does.Contain("Without a 'de' translation, 1 product, 0 categories and"));
            Assert.That(swap.Output, Does.Contain("kept their own text: translate them under /admin."));
            Assert.That(swap.Output, Does.Contain("Now put 'de' first in Shop:Languages and restart the shop."));
        });
    }

    [Test]
    public async Task Swapping_says_that_option_words_are_left_as_they_are()
    {
        var migrate = await ShopCommand.RunAsync(_data, "migrate");
        Assert.That(migrate.ExitCode, Is.Zero, migrate.ToString());
        await using (var db = Database())
        {
            // The demo's German option words aside, one staff translated.
            db.RemoveRange(await db.Set<OptionWordTranslation>().Where(t => t.Language == "de").ToListAsync());
            db.Add(new OptionWordTranslation("de", "Red", "Rot"));
            await db.SaveChangesAsync();
        }

        var swap = await ShopCommand.RunAsync(_data, "texts", "swap", "de", "en");

        Assert.That(swap.ExitCode, Is.Zero, swap.ToString());
        Assert.That(swap.Output, Does.Contain("Option names and values are not swapped: 1 'de' option word will not show once 'de' is first."));
    }

    private SqliteShopDbContext Database() => new(new DbContextOptionsBuilder<SqliteShopDbContext>()
        .UseSqlite($"Data Source={Path.Combine(_data, "shop.db")};Pooling=False").Options);

    [TestCase("texts", "swap", "de")]
    [TestCase("texts", "swap", "de", "de")]
    [TestCase("texts", "swap", "xx", "en")]
    [TestCase("texts", "turn", "de", "en")]
    public async Task A_command_it_cannot_read_says_how_to_write_it(params string[] args)
    {
        var run = await ShopCommand.RunAsync(_data, args);

        Assert.That(run.ExitCode, Is.EqualTo(2), run.ToString());
        Assert.That(run.Error, Does.StartWith("Usage: texts swap NEW OLD"));
    }
}
