using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql;

namespace Shop.Tests.Operations;

/// <summary>
/// `copy-data` moves an existing SQLite shop into an empty PostgreSQL database: run as an operator runs it (its own
/// process), then the shop is started on PostgreSQL and shows the same shop.
/// </summary>
[TestFixture, Category(TestCategories.PostgresOnly)]
public class CopyDataTests
{
    private string _folder = "";
    private string _target = "";
    private ExistingSqliteShop _made = null!;
    private ShopCommand.Run _copy = null!;
    private List<string> _tables = [];
    private Dictionary<string, long> _sourceRows = [];
    private Dictionary<string, long> _copiedRows = [];
    private List<object> _sourceValues = [];
    private List<object> _copiedValues = [];
    private ShopApp _shop = null!;

    [OneTimeSetUp]
    public async Task CopyAnExistingSqliteShop()
    {
        if (!TestDatabases.OnPostgres)
            Assert.Ignore($"{nameof(CopyDataTests)} needs the PostgreSQL server: run tools/test.sh, or set SHOP_TEST_POSTGRES to a connection string (tools/postgres.sh start prints one).");
        _folder = Path.Combine(Path.GetTempPath(), "shop-tests", "copy-" + Guid.NewGuid().ToString("n"));
        Directory.CreateDirectory(_folder);
        _made = await ExistingSqliteShop.MakeAsync(_folder);
        await using (var model = ExistingSqliteShop.Open(_folder))
            _tables = model.GetService<IDesignTimeModel>().Model.GetRelationalModel().Tables.Select(t => t.Name).ToList();
        _sourceRows = await SqliteRowsAsync();

        _target = TestDatabases.NewName("copytest");
        _copy = await ShopCommand.RunAsync(_folder, "copy-data", "--to", TestDatabases.ConnectionTo(_target));
        Assert.That(_copy.ExitCode, Is.Zero, _copy.ToString());
        await TestContext.Out.WriteLineAsync(_copy.Output);
        _copiedRows = await PostgresRowsAsync();

        // As a node after the move: on the copied database, with the same data folder (pictures), no start-up migration.
        _shop = new ShopApp(new()
        {
            ["Shop:DataDirectory"] = _folder,
            ["Database:Provider"] = "Postgres",
            ["ConnectionStrings:Shop"] = TestDatabases.ConnectionTo(_target),
            ["Database:MigrateOnStartup"] = "false",
        });
        // Read before any test adds rows.
        await using (var sqlite = ExistingSqliteShop.Open(_folder)) _sourceValues = await ReadAsync(sqlite);
        _copiedValues = await _shop.WithDbAsync(ReadAsync);
    }

    [OneTimeTearDown]
    public void DropTheCopy()
    {
        _shop?.Dispose();
        if (_target.Length > 0) TestDatabases.Release(_target, drop: true);
        SqliteConnection.ClearAllPools();
        if (_folder.Length == 0) return;
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }

    [Test]
    public void Every_table_of_the_model_is_copied_and_reported_with_the_rows_of_the_sqlite_shop()
    {
        var reported = Regex.Matches(_copy.Output, @"^  (\w+) +(\d+)$", RegexOptions.Multiline)
            .ToDictionary(m => m.Groups[1].Value, m => long.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Multiple(() =>
        {
            Assert.That(_sourceRows.Where(t => t.Value == 0).Select(t => t.Key), Is.Empty, "give the SQLite shop a row in each table, so each table's copy is proved");
            Assert.That(_copiedRows, Is.EquivalentTo(_sourceRows));
            Assert.That(reported, Is.EquivalentTo(_sourceRows));
            Assert.That(_copy.Output, Does.Contain($"{_tables.Count} tables, {_sourceRows.Values.Sum()} rows."));
        });
    }

    [Test]
    public void Prices_stock_times_accounts_and_the_order_read_the_same_from_postgres()
    {
        Assert.Multiple(() =>
        {
            for (var i = 0; i < _sourceValues.Count; i++) Assert.That(_copiedValues[i], Is.EqualTo(_sourceValues[i]), $"read {i}");
        });
    }

    /// <summary>The same questions to either database, answered as model values (decimals, instants, enums, money, addresses).</summary>
    private static async Task<List<object>> ReadAsync(ShopDbContext db) =>
    [
        await db.Variants.AsNoTracking().OrderBy(v => v.Id).Select(v => new { v.Id, v.ProductId, v.Sku, v.Option1, v.Price, v.CompareAtPrice, v.StockOnHand, v.IsPublished, v.ImagePath }).ToListAsync(),
        await db.Products.AsNoTracking().OrderBy(p => p.Id).Select(p => new { p.Id, p.Slug, p.Price, p.CompareAtPrice, p.IsPublished, p.CreatedAt, p.UpdatedAt, p.Version, p.CategoryId, p.IsDigital }).ToListAsync(),
        await db.Users.AsNoTracking().OrderBy(u => u.Id).Select(u => new { u.Id, u.Email, u.PasswordHash, u.SecurityStamp, u.CreatedAt, u.LockoutEnd, u.EmailConfirmed, u.LockoutEnabled }).ToListAsync(),
        await db.DiscountCodes.AsNoTracking().OrderBy(c => c.Id).Select(c => new { c.Id, c.Code, c.Kind, c.Value, c.MinimumSubtotal, c.StartsAt, c.EndsAt, c.UsageLimit, c.TimesUsed }).ToListAsync(),
        await db.StockMovements.AsNoTracking().OrderBy(m => m.Id).Select(m => new { m.Id, m.VariantId, m.Delta, m.Reason, m.OnHandAfter, m.At, m.UserEmail }).ToListAsync(),
        await db.Orders.AsNoTracking().OrderBy(o => o.Id).Select(o => new { o.Id, o.Number, o.Status, o.Total, o.Discount, o.ShippingCost, o.PlacedAt, o.UpdatedAt, o.ShippingAddress, o.TaxIncluded }).ToListAsync(),
        await db.Set<OrderLine>().AsNoTracking().OrderBy(l => l.Id).Select(l => new { l.Id, l.VariantId, l.Sku, l.VariantTitle, l.UnitPrice, l.Quantity, l.LineTotal, l.IsDigital }).ToListAsync(),
        await db.Set<OrderStatusChange>().AsNoTracking().OrderBy(h => h.Id).Select(h => new { h.Id, h.Status, h.At, h.Note }).ToListAsync(),
    ];

    [Test]
    public async Task The_shopper_signs_in_with_the_same_password_and_sees_the_paid_order_and_the_saved_address()
    {
        using var browser = await _shop.SignedInBrowserAsync(_made.ShopperEmail);

        var (response, page) = await browser.GetPageAsync($"/account/orders/{_made.OrderNumber}");
        var (_, addresses) = await browser.GetPageAsync("/account/addresses");

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(page.Text(".order-number"), Is.EqualTo(_made.OrderNumber));
            Assert.That(page.Text(".order-status"), Is.EqualTo("Paid"));
            Assert.That(page.Text(".order-total"), Is.EqualTo(_made.OrderTotal));
            Assert.That(addresses.Body.Text(), Does.Contain(_made.AddressLine));
        });
    }

    [Test]
    public async Task New_rows_take_ids_after_the_copied_ones()
    {
        var slug = await _shop.WithDbAsync(db => db.Products.Where(p => p.IsPublished && !p.Options.Any() && p.Variants.Sum(v => v.StockOnHand) > 5)
            .OrderBy(p => p.Id).Select(p => p.Slug).FirstAsync());
        using var shopper = new Shopper(_shop.Browser());
        await shopper.AddToCartAsync(slug);
        var paid = await shopper.CheckoutAsync(address: Shopper.GuestAddress("new-after-copy@example.com"));
        Assert.That(paid.Headers.Location?.ToString(), Does.StartWith("/checkout/confirmation/"), await paid.Content.ReadAsStringAsync());

        var (category, address) = await _shop.WithDbAsync(async db =>
        {
            var c = new Category("After the move", "after-the-move", "Added on PostgreSQL", 99);
            var a = new SavedAddress { UserId = await db.Users.Select(u => u.Id).FirstAsync(), Recipient = "New", Line1 = "1 New Street", City = "Leeds", PostalCode = "LS1 1AA", Country = "United Kingdom" };
            db.Categories.Add(c);
            db.SavedAddresses.Add(a);
            await db.SaveChangesAsync();
            return (c.Id, a.Id);
        });
        var order = await _shop.WithDbAsync(db => db.Orders.Include(o => o.Lines).SingleAsync(o => o.Email == "new-after-copy@example.com"));

        await using var sqlite = ExistingSqliteShop.Open(_folder);
        Assert.Multiple(async () =>
        {
            Assert.That(order.Id, Is.GreaterThan(await sqlite.Orders.MaxAsync(o => o.Id)));
            Assert.That(order.Lines.Single().Id, Is.GreaterThan(await sqlite.Set<OrderLine>().MaxAsync(l => l.Id)));
            Assert.That(category, Is.EqualTo(await sqlite.Categories.MaxAsync(c => c.Id) + 1));
            Assert.That(address, Is.EqualTo(await sqlite.SavedAddresses.MaxAsync(a => a.Id) + 1));
        });
    }

    [Test]
    public async Task A_second_copy_into_the_filled_database_is_refused_and_changes_nothing()
    {
        var before = await PostgresRowsAsync();

        var again = await ShopCommand.RunAsync(_folder, "copy-data", "--to", TestDatabases.ConnectionTo(_target));

        Assert.Multiple(async () =>
        {
            Assert.That(again.ExitCode, Is.EqualTo(2), again.ToString());
            Assert.That(again.Error, Does.Contain("Nothing copied: The target database already holds shop data: AspNetRoles (2)"));
            Assert.That(await PostgresRowsAsync(), Is.EquivalentTo(before));
        });
    }

    [Test]
    public async Task A_sqlite_shop_behind_the_current_model_is_refused_before_postgres_is_touched()
    {
        var folder = Path.Combine(_folder, "behind");
        Directory.CreateDirectory(folder);
        await using (var db = ExistingSqliteShop.Open(folder))
            await db.GetService<IMigrator>().MigrateAsync(db.Database.GetMigrations().First());
        var target = TestDatabases.NewName("copytest");

        var refused = await ShopCommand.RunAsync(folder, "copy-data", "--to", TestDatabases.ConnectionTo(target));

        Assert.Multiple(async () =>
        {
            Assert.That(refused.ExitCode, Is.EqualTo(2), refused.ToString());
            Assert.That(refused.Error, Does.Contain("Run `dotnet Shop.Web.dll migrate` with the same settings first"));
            Assert.That(await ScalarAsync(TestDatabases.Postgres!, "SELECT COUNT(*) FROM pg_database WHERE datname = @name", target), Is.Zero, "no database made");
        });
    }

    private async Task<Dictionary<string, long>> SqliteRowsAsync()
    {
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(_folder, "shop.db")};Mode=ReadOnly");
        await connection.OpenAsync();
        var rows = new Dictionary<string, long>();
        foreach (var table in _tables)
        {
            await using var count = connection.CreateCommand();
            count.CommandText = $"SELECT COUNT(*) FROM \"{table}\"";
            rows[table] = (long)(await count.ExecuteScalarAsync())!;
        }
        return rows;
    }

    private async Task<Dictionary<string, long>> PostgresRowsAsync()
    {
        var rows = new Dictionary<string, long>();
        foreach (var table in _tables) rows[table] = await ScalarAsync(TestDatabases.ConnectionTo(_target), $"SELECT COUNT(*) FROM \"{table}\"");
        return rows;
    }

    private static async Task<long> ScalarAsync(string connectionString, string sql, string? name = null)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        if (name is not null) command.Parameters.AddWithValue("name", name);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
