namespace Shop.Tests.Checkout;

public class CheckoutWarmUpTests
{
    [Test]
    public async Task Each_start_places_an_order_to_warm_up_and_keeps_nothing_of_it()
    {
        var data = Path.Combine(Path.GetTempPath(), "shop-tests", Guid.NewGuid().ToString("n"));
        try
        {
            var first = await StartAsync(data);
            var second = await StartAsync(data);
            Assert.Multiple(() =>
            {
                Assert.That(first.Log, Has.Some.Contains("Checkout warmed up"));
                // The real checkout, all the way: stock taken, order saved, charged (by a stand-in), marked paid.
                Assert.That(first.Log, Has.Some.Contains("placed and rolled back: Paid"));
                Assert.That(Directory.Exists(Path.Combine(data, "mail")) ? Directory.GetFiles(Path.Combine(data, "mail")) : [], Is.Empty,
                    "no confirmation mail");
                Assert.That(second.Log, Has.Some.Contains("Checkout warmed up"));
                Assert.That(second.Orders, Is.Zero, "no order kept");
                Assert.That(second.Carts, Is.Zero, "no cart kept");
                Assert.That(second.Stock, Is.EqualTo(first.Stock), "every unit back on the shelf");
            });
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(data, recursive: true);
        }
    }

    private static async Task<(string[] Log, int Orders, int Carts, int[] Stock)> StartAsync(string data)
    {
        var log = new LogCapture();
        using var app = new ShopApp(new()
        {
            ["Shop:DataDirectory"] = data,
            ["Logging:LogLevel:Shop.Web.Checkout.CheckoutWarmUp"] = "Information",
        }) { TestServices = s => s.AddSingleton<ILoggerProvider>(log) };
        return await app.WithDbAsync(async db => (log.Lines.ToArray(), await db.Orders.CountAsync(), await db.Carts.CountAsync(),
            await db.Products.OrderBy(p => p.Id).Select(p => p.Variants.Sum(v => v.StockOnHand)).ToArrayAsync()));
    }
}
