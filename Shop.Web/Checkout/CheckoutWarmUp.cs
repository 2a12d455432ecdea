using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Shop.Domain.Cart;
using Shop.Domain.Checkout;
using Shop.Domain.Ordering;
using Shop.Web.Cart;
using Shop.Web.Data;

namespace Shop.Web.Checkout;

/// <summary>
/// The first order a shop process places pays for compiling its write path (EF's update pipeline for orders and
/// carts, the stock UPDATE's translation, the code itself): half a second, held inside the first write turn, so in a
/// sale right after a start every shopper waits behind it. The shop therefore places one order when it starts, in a
/// transaction it rolls back: nothing is kept, and no mail or live message goes out. A warm-up that fails is logged
/// and the shop starts all the same. It takes <see cref="CheckoutService"/>'s steps in their order (that class sends
/// mail and opens its own transactions, so it is not called): a step added there belongs here too.
/// </summary>
public static class CheckoutWarmUp
{
    public static async Task WarmUpCheckoutAsync(this WebApplication app)
    {
        var log = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(CheckoutWarmUp).FullName!);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        try
        {
            using var scope = app.Services.CreateScope();
            if (await PlaceAndRollBackAsync(scope.ServiceProvider, app.Lifetime.ApplicationStopping))
                log.LogInformation("Checkout warmed up in {Milliseconds} ms (one order placed and rolled back)", clock.ElapsedMilliseconds);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            log.LogWarning(e, "Checkout warm-up failed; the first orders after this start will be slower");
        }
    }

    /// <summary>False when there is nothing in stock to place an order for.</summary>
    private static async Task<bool> PlaceAndRollBackAsync(IServiceProvider services, CancellationToken ct)
    {
        var db = services.GetRequiredService<ShopDbContext>();
        var id = await db.Products.AsNoTracking().Where(p => p.IsPublished && p.StockOnHand > 0)
            .OrderBy(p => p.Id).Select(p => (int?)p.Id).FirstOrDefaultAsync(ct);
        if (id is not { } productId) return false;

        var carts = services.GetRequiredService<CartService>();
        var stock = services.GetRequiredService<StockReservations>();
        var checkout = services.GetRequiredService<CheckoutService>();
        var shop = services.GetRequiredService<IOptions<ShopOptions>>().Value;
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        await db.Database.CreateExecutionStrategy().ExecuteAsync(async token =>
        {
            db.ChangeTracker.Clear(); // a retry starts afresh
            await using var tx = await db.Database.BeginTransactionAsync(token);
            var cart = ShoppingCart.New(now);
            cart.Add(productId, 1, now);
            db.Carts.Add(cart);
            await db.SaveChangesAsync(token);

            await carts.FirstShortOfStockAsync(new CartOwner(null, cart.Token), token);
            await checkout.FindOutcomeAsync(Guid.NewGuid(), token);
            var order = Order.Place(OrderNumber.New(), Guid.NewGuid(), "warm-up@example.invalid", null,
                await carts.PriceAsync(cart, token), new Address("Warm Up", "1 Start Street", null, "Springfield", null,
                    "12345", "US"), ShippingMethod.Standard, shop.Rates(), shop.TaxRule(), null, now);
            await stock.TryReserveAsync(order.Lines.Select(l => (l.ProductId, l.Quantity)), token);
            db.Orders.Add(order);
            await db.SaveChangesAsync(token);
            order.MarkPaid("warm-up", now);
            cart.Clear(now);
            await db.SaveChangesAsync(token);
            await tx.RollbackAsync(token);
        }, ct);
        return true;
    }
}
