using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Shop.Web.Cart;

namespace Shop.Tests.Data;

/// <summary>Each provider has its own migrations; both must match the model, and SQL Server's script must generate offline.</summary>
public class MigrationTests
{
    private static SqlServerShopDbContext SqlServer() =>
        new(new DbContextOptionsBuilder<SqlServerShopDbContext>().UseSqlServer("Server=(local);Database=ShopOffline;Trusted_Connection=True").Options);

    private static PostgresShopDbContext Postgres() =>
        new(new DbContextOptionsBuilder<PostgresShopDbContext>().UseNpgsql("Host=localhost;Database=ShopOffline").Options);

    private static SqliteShopDbContext Sqlite() =>
        new(new DbContextOptionsBuilder<SqliteShopDbContext>().UseSqlite("Data Source=:memory:").Options);

    [Test]
    public async Task Accounts_left_with_an_old_address_as_their_sign_in_name_get_their_email_unless_another_account_has_it()
    {
        await using var connection = new SqliteConnection("Data Source=:memory:");
        await connection.OpenAsync();
        await using var db = new SqliteShopDbContext(new DbContextOptionsBuilder<SqliteShopDbContext>().UseSqlite(connection).Options);
        var migrator = db.GetService<IMigrator>();
        await migrator.MigrateAsync(db.Database.GetMigrations().TakeWhile(m => !m.EndsWith("_UserNameIsEmail")).Last());
        static ShopUser User(string name, string email) => new()
        {
            UserName = name, NormalizedUserName = name.ToUpperInvariant(), Email = email, NormalizedEmail = email.ToUpperInvariant(),
        };
        db.Users.AddRange(User("old@example.com", "new@example.com"), User("kept@example.com", "kept@example.com"),
            User("first@example.com", "taken@example.com"), User("taken@example.com", "taken@example.com"));
        await db.SaveChangesAsync();

        await migrator.MigrateAsync();

        var names = await db.Users.AsNoTracking().OrderBy(u => u.Email).ThenBy(u => u.UserName).Select(u => u.Email + " " + u.UserName + " " + u.NormalizedUserName).ToListAsync();
        Assert.That(names, Is.EqualTo(new[]
        {
            "kept@example.com kept@example.com KEPT@EXAMPLE.COM",
            "new@example.com new@example.com NEW@EXAMPLE.COM",
            "taken@example.com first@example.com FIRST@EXAMPLE.COM",
            "taken@example.com taken@example.com TAKEN@EXAMPLE.COM",
        }), "the name another account signs in with is left to it");
    }

    [Test]
    public void Sqlite_migrations_match_the_model()
    {
        using var db = Sqlite();
        Assert.That(db.Database.HasPendingModelChanges(), Is.False, "run: dotnet ef migrations add <Name> --project Shop.Web --context SqliteShopDbContext --output-dir Data/Migrations/Sqlite");
        Assert.That(db.Database.GetMigrations(), Is.Not.Empty);
    }

    [Test]
    public void SqlServer_migrations_match_the_model()
    {
        using var db = SqlServer();
        Assert.That(db.Database.HasPendingModelChanges(), Is.False, "run: dotnet ef migrations add <Name> --project Shop.Web --context SqlServerShopDbContext --output-dir Data/Migrations/SqlServer");
        Assert.That(db.Database.GetMigrations(), Is.Not.Empty);
    }

    [Test]
    public void Postgres_migrations_match_the_model()
    {
        using var db = Postgres();
        Assert.That(db.Database.HasPendingModelChanges(), Is.False, "run: dotnet ef migrations add <Name> --project Shop.Web --context PostgresShopDbContext --output-dir Data/Migrations/Postgres");
        Assert.That(db.Database.GetMigrations(), Is.Not.Empty);
    }

    [TestCase(typeof(Shop.Domain.Catalog.Product))]
    [TestCase(typeof(Shop.Domain.Catalog.ProductVariant))]
    [TestCase(typeof(Shop.Domain.Ordering.Order))]
    public void On_postgres_products_variants_and_orders_use_xmin_as_their_row_version(Type entity)
    {
        using var db = Postgres();
        var rowVersion = db.Model.FindEntityType(entity)!.FindProperty(ShopDbContext.RowVersion)!;
        var script = db.GetService<IMigrator>().GenerateScript();
        Assert.Multiple(() =>
        {
            Assert.That(rowVersion.IsConcurrencyToken, Is.True);
            Assert.That(rowVersion.GetColumnName(), Is.EqualTo("xmin"));
            Assert.That(rowVersion.GetColumnType(), Is.EqualTo("xid"));
            Assert.That(script, Does.Not.Contain("xmin"), "a system column: never created");
        });
    }

    [Test]
    public void SqlServer_migration_script_generates_with_sql_server_types()
    {
        using var db = SqlServer();
        var script = db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);

        Assert.Multiple(() =>
        {
            Assert.That(script, Does.Contain("CREATE TABLE [Products]"));
            Assert.That(script, Does.Contain("[Price] decimal(18,2) NOT NULL"));
            Assert.That(script, Does.Contain("CREATE UNIQUE INDEX [IX_Products_Slug]"));
            Assert.That(script, Does.Contain("[CreatedAt] datetimeoffset NOT NULL"));
            Assert.That(script, Does.Contain("CREATE TABLE [AspNetUsers]"));
            Assert.That(script, Does.Contain("CREATE TABLE [SavedAddresses]"));
        });
    }

    /// <summary>PostgreSQL came later: it starts from one migration of the whole model and then follows the others.</summary>
    [Test]
    public void Sqlite_and_sql_server_have_the_same_migrations()
    {
        using var sqlite = Sqlite();
        using var sqlServer = SqlServer();
        static IEnumerable<string> Names(DbContext db) => db.Database.GetMigrations().Select(m => m[15..]);
        Assert.That(Names(sqlite), Is.EqualTo(Names(sqlServer)), "add each migration for both providers, with the same name");
    }

    [TestCase(typeof(Shop.Domain.Catalog.Product), "Products")]
    [TestCase(typeof(Shop.Domain.Ordering.Order), "Orders")]
    public void On_sql_server_products_and_orders_carry_a_real_rowversion(Type entity, string table)
    {
        using var db = SqlServer();
        var rowVersion = db.Model.FindEntityType(entity)!.FindProperty(ShopDbContext.RowVersion)!;
        var script = db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);

        Assert.Multiple(() =>
        {
            Assert.That(rowVersion.ClrType, Is.EqualTo(typeof(byte[])));
            Assert.That(rowVersion.IsConcurrencyToken, Is.True);
            Assert.That(rowVersion.ValueGenerated, Is.EqualTo(Microsoft.EntityFrameworkCore.Metadata.ValueGenerated.OnAddOrUpdate));
            Assert.That(rowVersion.GetColumnType(), Is.EqualTo("rowversion"));
            Assert.That(script, Does.Contain($"ALTER TABLE [{table}] ADD [RowVersion] rowversion NOT NULL;"));
        });
    }

    [TestCase(typeof(Shop.Domain.Catalog.Product))]
    [TestCase(typeof(Shop.Domain.Ordering.Order))]
    public void On_sqlite_products_and_orders_carry_a_row_version_kept_by_a_trigger(Type entity)
    {
        using var db = Sqlite();
        var type = db.Model.FindEntityType(entity)!;
        var rowVersion = type.FindProperty(ShopDbContext.RowVersion)!;
        var migration = db.GetService<IMigrator>().GenerateScript();

        Assert.Multiple(() =>
        {
            Assert.That(rowVersion.IsConcurrencyToken, Is.True);
            Assert.That(rowVersion.ValueGenerated, Is.EqualTo(Microsoft.EntityFrameworkCore.Metadata.ValueGenerated.OnAddOrUpdate));
            // The counter is read back after each save; RETURNING would give the value from before the trigger ran.
            Assert.That(type.FindAnnotation("Sqlite:UseSqlReturningClause")?.Value, Is.EqualTo(false));
            Assert.That(migration, Does.Contain($"CREATE TRIGGER \"{type.GetTableName()}_RowVersion\" AFTER UPDATE ON \"{type.GetTableName()}\""));
        });
    }

    [Test]
    public void A_products_edit_version_stays_a_concurrency_token_on_both_providers()
    {
        // Forms carry it across requests: "someone else saved this product since you opened it" (stock moves don't count).
        using var sqlite = Sqlite();
        using var sqlServer = SqlServer();
        using var postgres = Postgres();
        foreach (DbContext db in new DbContext[] { sqlite, sqlServer, postgres })
            Assert.That(db.Model.FindEntityType(typeof(Shop.Domain.Catalog.Product))!.FindProperty("Version")!.IsConcurrencyToken, Is.True);
    }

    [Test, Category(TestCategories.SqliteOnly)]
    public async Task A_database_from_before_variants_migrates_with_each_product_as_its_own_variant()
    {
        var folder = Path.Combine(Path.GetTempPath(), "shop-tests", Guid.NewGuid().ToString("n"));
        Directory.CreateDirectory(folder);
        var file = Path.Combine(folder, "shop.db");
        var token = Guid.NewGuid();
        try
        {
            await using (var db = new SqliteShopDbContext(new DbContextOptionsBuilder<SqliteShopDbContext>().UseSqlite($"Data Source={file};Pooling=False").Options))
            {
                var migrations = db.Database.GetMigrations().ToList();
                var variants = migrations.FindIndex(m => m.EndsWith("_ProductVariants", StringComparison.Ordinal));
                await db.GetService<IMigrator>().MigrateAsync(migrations[variants - 1]);
            }
            // The shop as it was: two products with their own stock (one with a picture), a cart, an order and a stock move.
            var at = (long)new DateTimeOffsetToBinaryConverter().ConvertToProvider(DateTimeOffset.UtcNow)!;
            await SqlAsync(file, $"""
                INSERT INTO "Categories" ("Id", "Name", "Slug", "Description", "SortOrder") VALUES (3, 'Lighting', 'lighting', '', 1);
                INSERT INTO "Products" ("Id", "Name", "Slug", "Sku", "Description", "Price", "CompareAtPrice", "StockOnHand", "CategoryId",
                    "IsPublished", "ImagePath", "CreatedAt", "UpdatedAt", "IsArchived", "Version")
                VALUES (7, 'Brass lamp', 'brass-lamp', 'LAMP-7', 'A lamp.', '12.50', NULL, 5, 3, 1, '/media/products/lamp.png', {at}, {at}, 0, 2),
                       (9, 'Oak shelf', 'oak-shelf', 'SHELF-9', 'A shelf.', '40.00', '45.00', 0, 3, 1, NULL, {at}, {at}, 0, 0);
                INSERT INTO "Carts" ("Id", "Token", "UserId", "UpdatedAt", "DiscountCode") VALUES (1, '{token.ToString().ToUpperInvariant()}', NULL, {at}, NULL);
                INSERT INTO "CartLines" ("CartId", "ProductId", "Quantity") VALUES (1, 7, 2);
                INSERT INTO "Orders" ("Id", "Number", "IdempotencyKey", "UserId", "Email", "ShippingMethod", "Currency", "DiscountCode", "TaxIncluded",
                    "Status", "PaymentTransactionId", "TrackingNumber", "PlacedAt", "UpdatedAt", "Discount_Amount", "Discount_Currency",
                    "RefundedAmount_Amount", "RefundedAmount_Currency", "ShippingAddress_City", "ShippingAddress_CountryCode", "ShippingAddress_FullName",
                    "ShippingAddress_Line1", "ShippingAddress_Line2", "ShippingAddress_Phone", "ShippingAddress_PostalCode", "ShippingAddress_Region",
                    "ShippingCost_Amount", "ShippingCost_Currency", "Subtotal_Amount", "Subtotal_Currency", "Tax_Amount", "Tax_Currency",
                    "Total_Amount", "Total_Currency")
                VALUES (1, 'SO-1', 'key-1', NULL, 'a@example.com', 'Standard', 'USD', NULL, 0, 'Paid', 'tx-1', NULL, {at}, {at}, '0', 'USD',
                    '0', 'USD', 'Town', 'US', 'A Buyer', '1 Street', '', NULL, '12345', '', '5.00', 'USD', '12.50', 'USD', '0', 'USD', '17.50', 'USD');
                INSERT INTO "OrderLines" ("OrderId", "ProductId", "Name", "Sku", "Quantity", "UnitPrice_Amount", "UnitPrice_Currency",
                    "LineTotal_Amount", "LineTotal_Currency") VALUES (1, 7, 'Brass lamp', 'LAMP-7', 1, '12.50', 'USD', '12.50', 'USD');
                INSERT INTO "StockMovements" ("ProductId", "Delta", "Reason", "Note", "OnHandAfter", "UserId", "UserEmail", "At")
                VALUES (7, 6, 'Received', 'Delivery', 6, 'staff-1', 'staff@example.com', {at});
                """);

            // The shop starts on it and migrates it to the latest model.
            using var app = new ShopApp(new() { ["Shop:DataDirectory"] = folder, ["Shop:SeedDemoCatalog"] = "false" });
            using var client = app.Browser();
            var page = await client.GetAsync("/p/brass-lamp");

            var products = await app.WithDbAsync(db => db.Products.AsNoTracking().OrderBy(p => p.Id).ToListAsync());
            var priced = await app.WithAsync<CartService, Shop.Domain.Cart.PricedCart>(async carts =>
                await carts.PriceAsync((await carts.FindAsync(new CartOwner(null, token), CancellationToken.None))!, CancellationToken.None));
            Assert.Multiple(async () =>
            {
                Assert.That(page.StatusCode, Is.EqualTo(HttpStatusCode.OK));
                Assert.That(await page.Content.ReadAsStringAsync(), Does.Contain("Brass lamp"));
                Assert.That(products.Select(p => (p.Id, p.Variants.Single().Id, p.Variants.Single().Sku, p.Variants.Single().StockOnHand, p.Variants.Single().IsPublished)),
                    Is.EqualTo(new[] { (7, 7, "LAMP-7", 5, true), (9, 9, "SHELF-9", 0, true) }));
                Assert.That(products.Select(p => (p.Options.Count, p.DefaultVariant.Price, p.Price, p.CompareAtPrice)),
                    Is.EqualTo(new[] { (0, (decimal?)null, 12.50m, (decimal?)null), (0, null, 40.00m, 45.00m) }));
                Assert.That(products[0].Images.Select(i => (i.Path, i.Position)), Is.EqualTo(new[] { ("/media/products/lamp.png", 0) }));
                Assert.That((products[0].ImagePath, products[1].Images.Count), Is.EqualTo(("/media/products/lamp.png", 0)));
                Assert.That(await ScalarsAsync(file, """SELECT "VariantId" FROM "CartLines" UNION ALL SELECT "VariantId" FROM "OrderLines" UNION ALL SELECT "VariantId" FROM "StockMovements";"""),
                    Is.EqualTo(new long[] { 7, 7, 7 }), "cart line, order line, stock move");
                Assert.That(await ScalarsAsync(file, """SELECT COUNT(*) FROM pragma_table_info('Products') WHERE "name" = 'StockOnHand';"""), Is.EqualTo(new long[] { 0 }));
                Assert.That(priced.Lines.Select(l => (l.VariantId, l.ProductId, l.Name, l.Sku, l.UnitPrice.Amount, l.Quantity, l.IsAvailable)),
                    Is.EqualTo(new[] { (7, 7, "Brass lamp", "LAMP-7", 12.50m, 2, true) }));
                Assert.That(priced.Subtotal.Amount, Is.EqualTo(25.00m));
                Assert.That(products.Select(p => p.IsDigital), Is.EqualTo(new[] { false, false }), "existing products stay shipped");
                Assert.That(await ScalarsAsync(file, """SELECT "IsDigital" FROM "OrderLines";"""), Is.EqualTo(new long[] { 0 }), "and past order lines");
                Assert.That(priced.WeightGrams + (priced.ShipsNothing ? 1 : 0), Is.EqualTo(0), "a shipped cart");
            });

            // The row-version triggers: the rebuilt Products table has its own again, variants have theirs.
            Assert.That(await ScalarsAsync(file, """SELECT COUNT(*) FROM sqlite_master WHERE "type" = 'trigger' AND "name" IN ('Products_RowVersion', 'ProductVariants_RowVersion', 'Orders_RowVersion');"""),
                Is.EqualTo(new long[] { 3 }));
            var variantBefore = await ScalarsAsync(file, """SELECT "RowVersion" FROM "ProductVariants" WHERE "Id" = 7;""");
            var productBefore = await ScalarsAsync(file, """SELECT "RowVersion" FROM "Products" WHERE "Id" = 7;""");
            await SqlAsync(file, """
                UPDATE "ProductVariants" SET "StockOnHand" = "StockOnHand" - 1 WHERE "Id" = 7 AND "StockOnHand" >= 1;
                UPDATE "Products" SET "Version" = "Version" + 1 WHERE "Id" = 7;
                """);
            Assert.That(await ScalarsAsync(file, """SELECT "RowVersion" FROM "ProductVariants" WHERE "Id" = 7;"""), Is.EqualTo(new[] { variantBefore[0] + 1 }));
            Assert.That(await ScalarsAsync(file, """SELECT "RowVersion" FROM "Products" WHERE "Id" = 7;"""), Is.EqualTo(new[] { productBefore[0] + 1 }));

            // A variant made after the migration gets an id of its own, past the ones the migration gave.
            var fresh = await app.WithDbAsync(async db =>
            {
                var shelf = await db.Products.SingleAsync(p => p.Id == 9);
                shelf.DefineOptions([("Size", ["S", "M"])]);
                await db.SaveChangesAsync();
                return shelf.Variants.Select(v => v.Id).Order().ToList();
            });
            Assert.That(fresh, Is.EqualTo(new[] { 9, 10 }));
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
        }
    }

    [Test, Category(TestCategories.SqliteOnly)]
    public async Task The_returns_page_names_the_configured_window_unless_staff_rewrote_it()
    {
        var folder = Path.Combine(Path.GetTempPath(), "shop-tests", Guid.NewGuid().ToString("n"));
        Directory.CreateDirectory(folder);
        var untouched = Path.Combine(folder, "untouched.db");
        var rewritten = Path.Combine(folder, "rewritten.db");
        try
        {
            foreach (var file in new[] { untouched, rewritten })
            {
                await using var db = new SqliteShopDbContext(new DbContextOptionsBuilder<SqliteShopDbContext>().UseSqlite($"Data Source={file};Pooling=False").Options);
                var migrations = db.Database.GetMigrations().ToList();
                var translations = migrations.FindIndex(m => m.EndsWith("_CategoryAndPageTranslations", StringComparison.Ordinal));
                await db.GetService<IMigrator>().MigrateAsync(migrations[translations - 1]);
                if (file == rewritten) await SqlAsync(file, "UPDATE \"ContentPages\" SET \"Markdown\" = 'Our own words: 60 days.' WHERE \"Id\" = 2;");
                await db.GetService<IMigrator>().MigrateAsync();
            }
            Assert.Multiple(async () =>
            {
                Assert.That(await ScalarsAsync(untouched, "SELECT COUNT(*) FROM \"ContentPages\" WHERE \"Id\" = 2 AND \"Markdown\" LIKE '%{return-days} days%'"),
                    Is.EqualTo(new[] { 1L }), "the shop's first words now name the configured window");
                Assert.That(await ScalarsAsync(rewritten, "SELECT COUNT(*) FROM \"ContentPages\" WHERE \"Id\" = 2 AND \"Markdown\" = 'Our own words: 60 days.'"),
                    Is.EqualTo(new[] { 1L }), "staff's own words stay");
                Assert.That(await ScalarsAsync(untouched, "SELECT COUNT(*) FROM \"ContentPageTranslations\""), Is.EqualTo(new[] { 14L }), "German and French versions of the seven pages");
            });
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
        }
    }

    [Test, Category(TestCategories.SqliteOnly)]
    public async Task Notes_earlier_shops_showed_the_shopper_but_meant_for_staff_become_internal()
    {
        var folder = Path.Combine(Path.GetTempPath(), "shop-tests", Guid.NewGuid().ToString("n"));
        Directory.CreateDirectory(folder);
        var file = Path.Combine(folder, "shop.db");
        string[] staffs =
        [
            "Payment settled (Braintree).", "Dispute opened (fraud), amount $5.00.", "Payment disbursed to the shop's account.",
            "Refund 7x2k of $1.00 made at the gateway.", "Payment not confirmed yet (timeout); checking with the gateway.",
            "Return 3 received: 1 × Mug back in stock", "Return requested: 1 × Mug (damaged)",
        ];
        string[] shoppers = ["Order placed.", "Paid (transaction t1).", "Refunded $1.00 (total refunded $1.00).", "Thanks for your patience!", "Return label is in the post."];
        try
        {
            await using var db = new SqliteShopDbContext(new DbContextOptionsBuilder<SqliteShopDbContext>().UseSqlite($"Data Source={file};Pooling=False").Options);
            var migrations = db.Database.GetMigrations().ToList();
            await db.GetService<IMigrator>().MigrateAsync(migrations[migrations.FindIndex(m => m.EndsWith("_StaffNotesKeptFromShoppers", StringComparison.Ordinal)) - 1]);
            foreach (var note in staffs.Concat(shoppers))
                await SqlAsync(file, $"INSERT INTO \"OrderHistory\" (\"Status\", \"At\", \"Note\", \"IsInternal\") VALUES ('Paid', 0, '{note.Replace("'", "''")}', 0);");
            await db.GetService<IMigrator>().MigrateAsync();
            Assert.Multiple(async () =>
            {
                foreach (var note in staffs)
                    Assert.That(await ScalarsAsync(file, $"SELECT \"IsInternal\" FROM \"OrderHistory\" WHERE \"Note\" = '{note.Replace("'", "''")}'"), Is.EqualTo(new[] { 1L }), note);
                foreach (var note in shoppers)
                    Assert.That(await ScalarsAsync(file, $"SELECT \"IsInternal\" FROM \"OrderHistory\" WHERE \"Note\" = '{note}'"), Is.EqualTo(new[] { 0L }), note);
            });
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
        }
    }

    private static async Task SqlAsync(string file, string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={file};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<List<long>> ScalarsAsync(string file, string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={file};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        var values = new List<long>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync()) values.Add(reader.GetInt64(0));
        return values;
    }
}
