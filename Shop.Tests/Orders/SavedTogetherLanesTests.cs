using Microsoft.EntityFrameworkCore.Diagnostics;
using Shop.Web.Catalog;
using Shop.Web.Orders;

namespace Shop.Tests.Orders;

/// <summary>
/// On a server database (<see cref="SavedTogether"/>) an order's paid save is written beside orders being placed: while
/// a placing batch holds its transaction, a settling save is not queued behind it; and a placing batch locks the
/// variant's row only from taking its units to its commit, so nobody else's stock move waits for its orders' save. On
/// SQLite one writer at a time is the database's own rule, so this runs on PostgreSQL only.
/// </summary>
[TestFixture, Category(TestCategories.PostgresOnly)]
public class SavedTogetherLanesTests : OrdersFixture
{
    private readonly HeldPlacing _placing = new();

    protected override Action<IServiceCollection>? TestServices => s => s.AddSingleton<IInterceptor>(_placing);

    [Test]
    public async Task A_paid_order_is_saved_while_a_batch_placing_orders_is_held()
    {
        var settled = await PlaceOrderAsync(Unique("settling"));
        var (slug, _, _) = await ProductAsync(skip: 1);
        using var shopper = new Shopper(App.Browser());
        await shopper.AddToCartAsync(slug);
        var review = await shopper.EnterAddressAsync(Shopper.GuestAddress(Unique("placing")));

        _placing.Hold.Arm();
        var paying = shopper.PayAsync(review, TestNonces.Valid);
        await _placing.Hold.Reached; // the placing batch saves its order in its transaction, and waits

        await using (var scope = App.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ShopDbContext>();
            var order = await db.Orders.Include(o => o.History).SingleAsync(o => o.Number == settled);
            order.AddInternalNote("settled beside a held placing batch", DateTimeOffset.UtcNow);
            var saving = scope.ServiceProvider.GetRequiredService<SavedTogether>().SaveAsync(db, [], CancellationToken.None);
            var first = await Task.WhenAny(saving, Task.Delay(TimeSpan.FromSeconds(15)));
            Assert.That(first, Is.SameAs(saving), "the settling save did not wait for the placing batch");
            Assert.That((await saving).SaveAlone, Is.False, "saved in a batch of its own lane");
        }
        Assert.That((await OrderAsync(settled)).History.Select(h => h.Note), Does.Contain("settled beside a held placing batch"));

        _placing.Hold.Release();
        var response = await paying;
        Assert.That(response.Headers.Location?.ToString(), Does.StartWith("/checkout/confirmation/"), "the held order is placed and paid after");
    }

    [Test]
    public async Task A_batch_saving_its_orders_does_not_yet_lock_the_variant_whose_units_it_takes()
    {
        var (slug, productId, _) = await ProductAsync(skip: 2);
        var variantId = await App.WithDbAsync(db => db.Variants.Where(v => v.ProductId == productId).Select(v => v.Id).FirstAsync());
        var before = await StockAsync(productId);
        using var shopper = new Shopper(App.Browser());
        await shopper.AddToCartAsync(slug);
        var review = await shopper.EnterAddressAsync(Shopper.GuestAddress(Unique("locked")));

        _placing.Hold.Arm();
        var paying = shopper.PayAsync(review, TestNonces.Valid);
        await _placing.Hold.Reached; // the batch's orders are being saved, inside its transaction

        await using (var scope = App.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ShopDbContext>();
            var levels = scope.ServiceProvider.GetRequiredService<StockLevels>();
            var restock = db.InTransactionAsync(ct => levels.TryAdjustAsync(variantId, 5, ct), CancellationToken.None);
            var first = await Task.WhenAny(restock, Task.Delay(TimeSpan.FromSeconds(15)));
            Assert.That(first, Is.SameAs(restock), "the restock did not wait for the batch's orders to be saved");
            Assert.That(await restock, Is.EqualTo(before + 5));
        }

        _placing.Hold.Release();
        var response = await paying;
        Assert.That(response.Headers.Location?.ToString(), Does.StartWith("/checkout/confirmation/"), "the held order is placed and paid after");
        Assert.That(await StockAsync(productId), Is.EqualTo(before + 5 - 1), "both moves counted");
    }

    /// <summary>Holds the save of a batch that places an order, inside its transaction, when armed.</summary>
    private sealed class HeldPlacing : SaveChangesInterceptor
    {
        public Hold Hold { get; } = new();

        public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
            CancellationToken cancellationToken = default)
        {
            if (eventData.Context!.ChangeTracker.Entries<Order>().Any(e => e.State == EntityState.Added)) await Hold.PassAsync();
            return await base.SavingChangesAsync(eventData, result, cancellationToken);
        }
    }
}
