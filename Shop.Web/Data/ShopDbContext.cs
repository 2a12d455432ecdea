using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Shop.Domain.Cart;
using Shop.Domain.Catalog;
using Shop.Domain.Checkout;
using Shop.Domain.Ordering;
using Shop.Web.Account;

namespace Shop.Web.Data;

/// <summary>
/// The shop's database. Abstract because each provider (SQLite, SQL Server) has its own subclass and so its own
/// migrations; the rest of the app only ever asks for <see cref="ShopDbContext"/>.
/// </summary>
public abstract class ShopDbContext(DbContextOptions options) : IdentityDbContext<ShopUser>(options)
{
    public DbSet<Category> Categories => Set<Category>();
    public DbSet<Product> Products => Set<Product>();
    public DbSet<ShoppingCart> Carts => Set<ShoppingCart>();
    public DbSet<Order> Orders => Set<Order>();
    public DbSet<DiscountCode> DiscountCodes => Set<DiscountCode>();
    public DbSet<Payments.PaymentNotification> PaymentNotifications => Set<Payments.PaymentNotification>();
    public DbSet<SavedAddress> SavedAddresses => Set<SavedAddress>();
    public DbSet<StockMovement> StockMovements => Set<StockMovement>();
    public DbSet<Admin.Audit.AuditEntry> AuditEntries => Set<Admin.Audit.AuditEntry>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(ShopDbContext).Assembly, t => t.Namespace == typeof(ShopDbContext).Namespace);
    }
}

public sealed class SqliteShopDbContext(DbContextOptions<SqliteShopDbContext> options) : ShopDbContext(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configuration)
    {
        // SQLite cannot order or compare DateTimeOffset stored as text; as UTC ticks (an integer) it can.
        configuration.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
    }
}

public sealed class SqlServerShopDbContext(DbContextOptions<SqlServerShopDbContext> options) : ShopDbContext(options);
