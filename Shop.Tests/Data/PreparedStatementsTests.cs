using Npgsql;
using Shop.Web.Data;

namespace Shop.Tests.Data;

/// <summary>PostgreSQL connections prepare the statements the shop repeats, unless the connection string says otherwise.</summary>
public class PreparedStatementsTests
{
    [Test]
    public void A_connection_string_without_a_word_on_it_prepares_statements()
    {
        var prepared = new NpgsqlConnectionStringBuilder(DataSetup.PreparingStatements("Host=db;Database=shop;Username=shop;Password=secret"));
        Assert.Multiple(() =>
        {
            Assert.That(prepared.MaxAutoPrepare, Is.GreaterThan(0));
            Assert.That(prepared.Host, Is.EqualTo("db"));
            Assert.That(prepared.Database, Is.EqualTo("shop"));
            Assert.That(prepared.Password, Is.EqualTo("secret"));
        });
    }

    [TestCase("Host=db;Max Auto Prepare=0", 0)]
    [TestCase("Host=db;MaxAutoPrepare=0", 0)]
    [TestCase("Host=db;max auto prepare=10", 10)]
    public void The_operators_choice_stands(string connection, int expected)
    {
        var prepared = new NpgsqlConnectionStringBuilder(DataSetup.PreparingStatements(connection));
        Assert.That(prepared.MaxAutoPrepare, Is.EqualTo(expected));
    }
}
