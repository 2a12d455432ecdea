using Shop.Web.Data.Seed;

namespace Shop.Tests.Data;

public class SeedingTests
{
    [Test]
    public async Task Seeding_twice_adds_nothing_the_second_time()
    {
        using var app = new ShopApp { UseDatabaseTemplate = false };
        _ = app.Services; // start: migrates and seeds

        await using (var scope = app.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<DemoCatalogSeeder>().SeedAsync();

        var (categories, products) = await app.WithDbAsync(async db => (await db.Categories.CountAsync(), await db.Products.CountAsync()));
        Assert.That(categories, Is.EqualTo(8));
        Assert.That(products, Is.EqualTo(200));
    }

    [Test]
    public async Task Restarting_the_shop_on_the_same_database_keeps_the_catalog_as_it_was()
    {
        var data = Path.Combine(Path.GetTempPath(), "shop-tests", Guid.NewGuid().ToString("n"));
        var settings = new Dictionary<string, string?> { ["Shop:DataDirectory"] = data };
        try
        {
            using (var first = new ShopApp(settings))
            {
                await first.WithDbAsync(async db =>
                {
                    var p = await db.Products.OrderBy(x => x.Id).FirstAsync();
                    p.SetStock(1234);
                    await db.SaveChangesAsync();
                });
            }

            using var second = new ShopApp(settings);
            var (count, stock) = await second.WithDbAsync(async db =>
                (await db.Products.CountAsync(), await db.Products.OrderBy(x => x.Id).Select(x => x.Variants.Sum(v => v.StockOnHand)).FirstAsync()));
            Assert.That(count, Is.EqualTo(200));
            Assert.That(stock, Is.EqualTo(1234), "a restart never re-seeds over real data");
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(data, recursive: true);
        }
    }

    [Test]
    public async Task Seeding_can_be_turned_off()
    {
        using var app = new ShopApp(new() { ["Shop:SeedDemoCatalog"] = "false" }) { UseDatabaseTemplate = false };
        using var client = app.Browser();

        var (_, page) = await client.GetPageAsync("/products");
        Assert.That(await app.WithDbAsync(db => db.Products.CountAsync()), Is.Zero);
        Assert.That(page.Text(".result-count"), Is.EqualTo("No products found"));
    }
}
