using Microsoft.EntityFrameworkCore.Diagnostics;
using Shop.Web.Orders;

namespace Shop.Tests.Orders;

/// <summary>
/// On a server database an order's paid save is written beside orders being placed: while a placing batch holds the
/// variant's row (and its transaction), a settling save is not queued behind it (<see cref="SavedTogether"/>). On SQLite
/// one writer at a time is the database's own rule, so this runs on PostgreSQL only.
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
        await _placing.Hold.Reached; // the placing batch has taken its stock and waits in its transaction

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
