using System.Diagnostics;
using System.Net.Sockets;

namespace Shop.Tests.Operations;

/// <summary>
/// PostgreSQL down: the readiness probe says so within seconds (a load balancer's probe gives up after a few), and a
/// shopper gets a quick 503 page saying the shop cannot take requests now, in their language, not a 500 after a minute
/// of retries. Here "down" is a port where nothing listens, as after <c>pg_ctl stop</c>.
/// </summary>
[TestFixture, Category(TestCategories.PostgresOnly)]
public class DatabaseDownTests
{
    private ShopApp _app = null!;

    [OneTimeSetUp]
    public void StartOnADatabaseThatIsDown()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        _app = new ShopApp(new()
        {
            ["Database:Provider"] = "Postgres",
            ["ConnectionStrings:Shop"] = $"Host=127.0.0.1;Port={port};Username=shop;Database=shop",
            ["Database:MigrateOnStartup"] = "false",
            ["Shop:Languages"] = "en,de,fr",
        }) { UseDatabaseTemplate = false };
    }

    [OneTimeTearDown]
    public void Stop() => _app.Dispose();

    [Test]
    public async Task Ready_says_unhealthy_within_seconds()
    {
        using var client = _app.Browser();
        var clock = Stopwatch.StartNew();

        var ready = await client.GetAsync("/health/ready");

        Assert.That(ready.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
        Assert.That(clock.Elapsed, Is.LessThan(TimeSpan.FromSeconds(5)));
    }

    [TestCase("/", "The shop can't take requests right now")]
    [TestCase("/de/", "Der Shop kann gerade keine Anfragen annehmen")]
    public async Task A_shopper_gets_a_quick_page_saying_the_shop_cannot_take_requests_now(string path, string title)
    {
        using var client = _app.Browser();
        var clock = Stopwatch.StartNew();

        var page = await client.GetAsync(path);

        Assert.That(page.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
        Assert.That(clock.Elapsed, Is.LessThan(TimeSpan.FromSeconds(10)));
        Assert.That(WebUtility.HtmlDecode(await page.Content.ReadAsStringAsync()), Does.Contain(title));
        Assert.That(page.Headers.RetryAfter, Is.Not.Null);
    }
}
