using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Shop.Domain.Cart;
using Shop.Domain.Catalog;
using Shop.Domain.Checkout;
using Shop.Domain.Ordering;

namespace Shop.Web.Data;

/// <summary>
/// The shop's database. Abstract because each provider (SQLite, PostgreSQL, SQL Server) has its own subclass and so its own
/// migrations; the rest of the app only ever asks for <see cref="ShopDbContext"/>.
/// </summary>
public abstract class ShopDbContext(DbContextOptions options) : IdentityDbContext<ShopUser>(options)
{
    /// <summary>
    /// The shadow column every change of a product or order row moves (a real rowversion on SQL Server, the row's
    /// <c>xmin</c> on PostgreSQL, a counter kept by a trigger on SQLite), checked by EF on every update of that row: a save made from an older read fails.
    /// </summary>
    public const string RowVersion = "RowVersion";

    /// <summary>Entities whose rows carry <see cref="RowVersion"/>.</summary>
    protected static readonly Type[] RowVersioned = [typeof(Product), typeof(ProductVariant), typeof(Order)];

    public DbSet<Category> Categories => Set<Category>();
    public DbSet<Product> Products => Set<Product>();
    public DbSet<ProductVariant> Variants => Set<ProductVariant>();
    public DbSet<ShoppingCart> Carts => Set<ShoppingCart>();
    public DbSet<Order> Orders => Set<Order>();
    public DbSet<OrderRefund> OrderRefunds => Set<OrderRefund>();
    public DbSet<DiscountCode> DiscountCodes => Set<DiscountCode>();
    public DbSet<StockMovement> StockMovements => Set<StockMovement>();
    public DbSet<ReturnRequest> Returns => Set<ReturnRequest>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        // Each feature maps the entities it owns (and adds its DbSet as an extension); the domain's are mapped here.
        builder.ApplyConfigurationsFromAssembly(typeof(ShopDbContext).Assembly);
    }

    /// <summary>
    /// Saves, and settles the one kind of conflict that is nobody's edit: a sale or a stock count moved a product's
    /// row (and so its row version) between our read and our save (see <see cref="ProductStockConflicts"/>).
    /// </summary>
    /// <remarks>
    /// Changes are detected once, here: the catalog's interceptor reads them before EF's save, which would otherwise
    /// compare every tracked entity with its snapshot a second time (a Pay saves twice inside its write turns).
    /// </remarks>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        var detects = ChangeTracker.AutoDetectChangesEnabled;
        if (detects) ChangeTracker.DetectChanges();
        ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
                }
                catch (DbUpdateConcurrencyException e) when (attempt < 5)
                {
                    // Our change is to other columns than the sale's: save it again on top of the new row version.
                    if (!await ProductStockConflicts.OnlyStockMovedAsync(e, cancellationToken)) throw;
                }
            }
        }
        finally
        {
            ChangeTracker.AutoDetectChangesEnabled = detects;
        }
    }
}

public sealed class SqliteShopDbContext(DbContextOptions<SqliteShopDbContext> options) : ShopDbContext(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configuration)
    {
        // SQLite cannot order or compare DateTimeOffset stored as text; as UTC ticks (an integer) it can.
        configuration.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        // SQLite has no rowversion: an AFTER UPDATE trigger per table (in the RowVersions migration) counts every
        // change of the row, including the conditional UPDATEs that move stock. EF reads the counter back after each
        // save; RETURNING would report it from before the trigger ran, so it is off for these tables.
        foreach (var type in RowVersioned)
            builder.Entity(type, e =>
            {
                e.Property<long>(RowVersion).IsRowVersion().HasDefaultValue(0L);
                e.ToTable(t => t.UseSqlReturningClause(false));
            });
    }
}

public sealed class SqlServerShopDbContext(DbContextOptions<SqlServerShopDbContext> options) : ShopDbContext(options)
{
    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        foreach (var type in RowVersioned) builder.Entity(type).Property<byte[]>(RowVersion).IsRowVersion().IsRequired();
    }
}

public sealed class PostgresShopDbContext(DbContextOptions<PostgresShopDbContext> options) : ShopDbContext(options)
{
    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        // Every update of a row gives it a new xmin (the updating transaction's id), the stock UPDATEs included.
        foreach (var type in RowVersioned) builder.Entity(type).Property<uint>(RowVersion).IsRowVersion();
    }
}
