using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging.Abstractions;
using Shop.Domain.Cart;
using Shop.Domain.Checkout;
using Shop.Web;
using Shop.Web.Admin;
using Shop.Web.Data.Seed;

namespace Shop.Tests.Operations;

/// <summary>
/// A SQLite shop that has been trading: the demo catalog, staff and a shopper with a saved address, a paid order with a
/// discount code, a cart left behind, a stock delivery, a price in a variant's history, an audit entry, a payment notification, a digital product, a staff invitation, a saved setting, and a
/// row in each Identity table. Made with plain EF code, never through the app: a test process on PostgreSQL must not run the app's compiled
/// queries against the SQLite model.
/// </summary>
internal sealed record ExistingSqliteShop(string ShopperEmail, string OrderNumber, string OrderTotal, string AddressLine)
{
    public static SqliteShopDbContext Open(string folder) =>
        new(new DbContextOptionsBuilder<SqliteShopDbContext>().UseSqlite($"Data Source={Path.Combine(folder, "shop.db")}").Options);

    public static async Task<ExistingSqliteShop> MakeAsync(string folder)
    {
        // Whole seconds: PostgreSQL keeps microseconds, .NET keeps ticks; the test compares instants exactly.
        var now = DateTimeOffset.FromUnixTimeSeconds(DateTimeOffset.UtcNow.ToUnixTimeSeconds());
        await using var db = Open(folder);
        await db.Database.MigrateAsync();
        await new DemoCatalogSeeder(db, Options.Create(new ShopOptions()), NullLogger<DemoCatalogSeeder>.Instance).SeedAsync();

        var staffRole = Role(Roles.Staff);
        db.Roles.AddRange(Role(Roles.Admin), staffRole);
        var shopper = Account("ada@example.com", "Ada Shopper", now);
        var staff = Account("sam@example.com", "Sam Staff", now);
        db.Users.AddRange(shopper, staff);
        db.UserRoles.Add(new IdentityUserRole<string> { UserId = staff.Id, RoleId = staffRole.Id });
        db.RoleClaims.Add(new IdentityRoleClaim<string> { RoleId = staffRole.Id, ClaimType = "desk", ClaimValue = "stock" });
        db.UserClaims.Add(new IdentityUserClaim<string> { UserId = shopper.Id, ClaimType = "newsletter", ClaimValue = "monthly" });
        db.UserLogins.Add(new IdentityUserLogin<string> { UserId = shopper.Id, LoginProvider = "Example", ProviderKey = "ada-1", ProviderDisplayName = "Example" });
        db.UserTokens.Add(new IdentityUserToken<string> { UserId = shopper.Id, LoginProvider = "Example", Name = "refresh", Value = "t0k3n" });
        var address = new SavedAddress
        {
            UserId = shopper.Id, Recipient = "Ada Shopper", Line1 = "12 Analytical Row", City = "London", PostalCode = "N1 9GU",
            Country = "United Kingdom", IsDefault = true, Region = "Greater London", Phone = "+44 20 7946 0000",
        };
        db.SavedAddresses.Add(address);
        var code = new DiscountCode("COPY10", DiscountKind.Percentage, 10m, minimumSubtotal: 1.5m, startsAt: now.AddDays(-1), endsAt: now.AddDays(30), usageLimit: 100);
        db.DiscountCodes.Add(code);
        await db.SaveChangesAsync();

        // The shopper bought two of a variant of a product with options, with the code, and paid.
        var variant = await db.Variants.Where(v => v.Option1 != null && v.StockOnHand > 5).OrderBy(v => v.Id).FirstAsync();
        var product = await db.Products.Include(p => p.Variants).SingleAsync(p => p.Id == variant.ProductId);
        var options = new ShopOptions();
        var cart = new ShoppingCart(Guid.NewGuid(), now);
        cart.AssignTo(shopper.Id, now);
        cart.Add(variant.Id, 2, now);
        var item = new CatalogItem(variant.Id, product.Id, product.Name, variant.Title, variant.Sku, options.Money(product.PriceOf(variant)), variant.StockOnHand);
        var order = Order.Place(Shop.Domain.Ordering.OrderNumber.New(), Guid.NewGuid(), shopper.Email!, shopper.Id, cart.Price(new Dictionary<int, CatalogItem> { [variant.Id] = item }, options.Currency),
            new Address("Ada Shopper", "12 Analytical Row", null, "London", null, "N1 9GU", "GB"), ShippingMethod.Standard, options.Rates(), options.TaxRule(), code, now);
        order.MarkPaid("txn-copy-1", now.AddMinutes(1));
        db.Orders.Add(order);
        db.Carts.Add(cart); // left with its line: the shopper came back for more
        product.SetStock(variant.Id, variant.StockOnHand - 2);

        // Staff took in a delivery of the same variant.
        db.StockMovements.Add(new StockMovement(product.Id, variant.Id, variant.StockOnHand, 5, StockMovementReason.Received, "Delivery", staff.Id, staff.Email!, now.AddMinutes(2)));
        product.SetStock(variant.Id, variant.StockOnHand + 5);
        db.Add(new VariantPrice(variant, product.PriceOf(variant), now)); // the price history the app's save notes
        db.AuditEntries.Add(new AuditEntry(now.AddMinutes(2), new StaffMember(staff.Id, staff.Email!), "Stock", variant.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "Adjusted", "{\"onHand\":1}", "{\"onHand\":6}"));
        db.PaymentNotifications.Add(new PaymentNotification { Kind = "TransactionSettled", Subject = "txn-copy-1", Timestamp = now.AddHours(1), OrderNumber = order.Number, ReceivedAt = now.AddHours(1) });
        await db.SaveChangesAsync();

        // A row in each table of tax and shipping zones, reviews, returns, the wishlist, back-in-stock requests, old slugs,
        // signed-out sessions and staff invitations, in plain SQL: the copy proves the tables and their values, not the features' rules. Times as the order's.
        var placedAt = $"(SELECT \"PlacedAt\" FROM \"Orders\" WHERE \"Id\" = {order.Id})";
        var line = order.Lines.First();
        var rows = $"""
            INSERT INTO "TaxZones" ("Name", "TaxName", "Countries", "Regions", "StandardRate", "ReducedRate") VALUES ('Germany', 'VAT', 'DE', '', '0.19', '0.07');
            INSERT INTO "ShippingZones" ("Name", "Countries", "Regions") VALUES ('Germany and the UK', 'DE, GB', '');
            INSERT INTO "ShippingZoneMethods" ("Kind", "Name", "Basis", "Bands", "FreeFrom", "Days", "ShippingZoneId")
                VALUES ('Standard', 'Parcel', 'Weight', '0=4.95', '50', 3, (SELECT MAX("Id") FROM "ShippingZones"));
            INSERT INTO "OrderTaxLines" ("Label", "Rate", "OrderId", "Base_Amount", "Base_Currency", "Tax_Amount", "Tax_Currency")
                VALUES ('VAT 19%', '0.19', {order.Id}, '10.00', '{options.Currency}', '1.90', '{options.Currency}');
            INSERT INTO "ProductReviews" ("ProductId", "UserId", "Author", "Stars", "Text", "Status", "Reply", "WrittenAt", "ModeratedAt")
                VALUES ({product.Id}, '{shopper.Id}', 'Ada', 5, 'Sturdy.', 'Approved', 'Thank you!', {placedAt}, {placedAt});
            INSERT INTO "Returns" ("OrderId", "OrderNumber", "Status", "RequestedAt", "UpdatedAt", "RefusalReason", "ShippingRefunded", "Version", "RefundedAmount_Amount", "RefundedAmount_Currency")
                VALUES ({order.Id}, '{order.Number}', 'Requested', {placedAt}, {placedAt}, NULL, 0, 1, '0', '{options.Currency}');
            INSERT INTO "ReturnLines" ("OrderLineId", "ProductId", "VariantId", "Name", "Sku", "Quantity", "Reason", "Restocked", "ReturnId", "UnitPrice_Amount", "UnitPrice_Currency")
                VALUES ({line.Id}, {product.Id}, {variant.Id}, 'Returned item', '{variant.Sku}', 1, 'Too small', NULL, (SELECT MAX("Id") FROM "Returns"), '10.00', '{options.Currency}');
            INSERT INTO "BackInStockRequests" ("ProductId", "VariantId", "Email", "CreatedAt", "ConfirmedAt", "NotifiedAt", "Language")
                VALUES ({product.Id}, {variant.Id}, 'ada@example.com', {placedAt}, {placedAt}, NULL, 'de');
            INSERT INTO "RetiredSlugs" ("Kind", "Slug", "TargetId", "RetiredAt") VALUES ('p', 'old-{product.Slug}', {product.Id}, {placedAt});
            INSERT INTO "WishlistItems" ("UserId", "ProductId", "AddedAt") VALUES ('{shopper.Id}', {product.Id}, {placedAt});
            DELETE FROM "ProductTranslations" WHERE "ProductId" = {product.Id} AND "Language" = 'de';
            INSERT INTO "ProductTranslations" ("ProductId", "Language", "Name", "Description") VALUES ({product.Id}, 'de', 'Übersetzter Name', 'Beschreibung');
            UPDATE "Products" SET "IsDigital" = 1 WHERE "Id" = (SELECT MAX("Id") FROM "Products");
            DELETE FROM "CategoryTranslations" WHERE "CategoryId" = {product.CategoryId} AND "Language" = 'de';
            INSERT INTO "CategoryTranslations" ("CategoryId", "Language", "Name", "Description") VALUES ({product.CategoryId}, 'de', 'Übersetzte Kategorie', '');
            INSERT INTO "SignedOutSessions" ("Id", "Until") VALUES ('0123456789ABCDEF0123456789ABCDEF', {placedAt});
            INSERT INTO "PictureTranslations" ("ProductImageId", "Language", "AltText") VALUES ((SELECT MIN("Id") FROM "ProductImages"), 'de', 'Ein Bild');
            DELETE FROM "OptionWordTranslations" WHERE "Language" = 'de' AND "Word" = 'Red';
            INSERT INTO "OptionWordTranslations" ("Language", "Word", "Translation") VALUES ('de', 'Red', 'Rot');
            INSERT INTO "StaffInvitations" ("Id", "Email", "NormalizedEmail", "OpenFor", "Role", "TokenHash", "InvitedById", "InvitedByEmail", "CreatedAt", "ExpiresAt", "AcceptedAt", "AcceptedById", "WithdrawnAt")
                VALUES ('3F2504E0-4F89-11D3-9A0C-0305E82C3301', 'kim@example.com', 'KIM@EXAMPLE.COM', 'KIM@EXAMPLE.COM', 'Staff', '{new string('A', 64)}', '{staff.Id}', '{staff.Email}', {placedAt}, {placedAt}, NULL, NULL, NULL);
            INSERT INTO "ShopSettings" ("Key", "Value", "ChangedAt", "ChangedBy") VALUES ('Shop:Returns:Days', '21', {placedAt}, '{staff.Email}');
            INSERT INTO "OrderRefunds" ("OrderId", "RefundedAt", "Kind", "Reason", "CorrectsInvoice", "CreditNoteNumber", "CreditNoteDate", "Amount_Amount", "Amount_Currency", "Tax_Amount", "Tax_Currency")
                VALUES ({order.Id}, {placedAt}, 'Refund', 'Scratched', 1, 1, {placedAt}, '1.19', '{options.Currency}', '0.19', '{options.Currency}');
            """;
        await db.Database.ExecuteSqlRawAsync(rows);
        return new ExistingSqliteShop(shopper.Email!, order.Number, order.Total.ToString(), address.Line1);
    }

    private static IdentityRole Role(string name) => new(name) { NormalizedName = name.ToUpperInvariant() };

    /// <summary>A confirmed account as Identity stores one (upper-case look-ups, a hashed password).</summary>
    private static ShopUser Account(string email, string name, DateTimeOffset now)
    {
        var user = new ShopUser
        {
            UserName = email, NormalizedUserName = email.ToUpperInvariant(), Email = email, NormalizedEmail = email.ToUpperInvariant(),
            EmailConfirmed = true, LockoutEnabled = true, FullName = name, CreatedAt = now, SecurityStamp = Guid.NewGuid().ToString("N"),
        };
        user.PasswordHash = new PasswordHasher<ShopUser>().HashPassword(user, Accounts.Password);
        return user;
    }
}
