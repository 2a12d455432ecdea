using Microsoft.Extensions.Configuration;
using Shop.Web.Shared;

namespace Shop.Tests.Shared;

/// <summary>How many Pays a node serves at once: 16 on SQLite's one writer, 48 on a server database, or as configured.</summary>
public class TurnQueueTests
{
    private static int AtOnce(params (string Key, string Value)[] settings) =>
        TurnQueue.AtOnce(new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value))).Build());

    [Test]
    public void SQLite_serves_16_at_once_and_a_server_database_48()
    {
        Assert.Multiple(() =>
        {
            Assert.That(AtOnce(), Is.EqualTo(16), "SQLite is the default database");
            Assert.That(AtOnce(("Database:Provider", "sqlite")), Is.EqualTo(16));
            Assert.That(AtOnce(("Database:Provider", "Postgres")), Is.EqualTo(48));
            Assert.That(AtOnce(("Database:Provider", "SqlServer")), Is.EqualTo(48));
        });
    }

    [Test]
    public void A_configured_number_stands_on_any_database()
    {
        Assert.Multiple(() =>
        {
            Assert.That(AtOnce(("Database:Provider", "Postgres"), ("RateLimits:inturn:AtOnce", "8")), Is.EqualTo(8));
            Assert.That(AtOnce(("RateLimits:inturn:AtOnce", "32")), Is.EqualTo(32));
        });
    }
}
