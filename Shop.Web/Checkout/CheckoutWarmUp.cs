using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Shop.Domain;
using Shop.Domain.Cart;
using Shop.Domain.Checkout;
using Shop.Domain.Ordering;
using Shop.Web.Cart;
using Shop.Web.Data;
using Shop.Web.Orders;
using Shop.Web.Payments;

namespace Shop.Web.Checkout;

/// <summary>
/// The first order a shop process places pays for compiling its write path (EF's update pipeline, the stock UPDATE's
/// translation, the code itself): half a second, held inside the first write turn, so in a sale right after a start
/// every shopper waits behind it. The shop therefore places one order at start with the real
/// <see cref="CheckoutService"/>, inside a transaction it rolls back: the charge goes to a stand-in that takes no money,
/// the order's events to nobody, and nothing is kept. A warm-up that fails is logged and the shop starts all the same.
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
            if (await PlaceAndRollBackAsync(scope.ServiceProvider, app.Lifetime.ApplicationStopping) is { } outcome)
                log.LogInformation("Checkout warmed up in {Milliseconds} ms (one order placed and rolled back: {Outcome})",
                    clock.ElapsedMilliseconds, outcome.GetType().Name);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            log.LogWarning(e, "Checkout warm-up failed; the first orders after this start will be slower");
        }
    }

    /// <summary>Null when there is nothing in stock to place an order for.</summary>
    private static async Task<CheckoutOutcome?> PlaceAndRollBackAsync(IServiceProvider services, CancellationToken ct)
    {
        var db = services.GetRequiredService<ShopDbContext>();
        var id = await db.Variants.AsNoTracking()
            .Where(v => v.IsPublished && v.StockOnHand > 0 && db.Products.Any(p => p.Id == v.ProductId && p.IsPublished))
            .OrderBy(v => v.Id).Select(v => (int?)v.Id).FirstOrDefaultAsync(ct);
        if (id is not { } variantId) return null;

        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        var checkout = ActivatorUtilities.CreateInstance<CheckoutService>(services, new StandInGateway(), new NoOrderEvents(),
            NullLogger<CheckoutService>.Instance); // its "Order ... placed" lines would name an order that never was
        var carts = services.GetRequiredService<CartService>();
        return await db.Database.CreateExecutionStrategy().ExecuteAsync(async token =>
        {
            db.ChangeTracker.Clear(); // a retry starts afresh
            await using var tx = await db.Database.BeginTransactionAsync(token);
            var cart = ShoppingCart.New(now);
            cart.Add(variantId, 1, now);
            db.Carts.Add(cart);
            await db.SaveChangesAsync(token);

            var draft = new CheckoutDraft("warm-up@example.invalid",
                new Address("Warm Up", "1 Start Street", null, "Springfield", null, "12345", "US"), ShippingMethod.Standard, Guid.NewGuid());
            var priced = await carts.PriceAsync(cart, token);
            var market = await services.GetRequiredService<Markets.MarketTerms>().CurrentAsync(token);
            if (market.Shipping.OfferFor(draft.Address, draft.ShippingMethod, priced.Subtotal, priced.WeightGrams) is null) return null; // zones without the US
            var (totals, _) = OrderTotals.Quote(priced, draft.ShippingMethod, market, draft.Destination, null, now);
            var outcome = await checkout.PlaceOrderAsync(draft, draft.AttemptKey, new PaymentChoice("warm-up", null), OrderQuote.Of(priced, totals, draft.Destination, draft.ShippingMethod, draft.Email!),
                draft.Email!, null, new CartOwner(null, cart.Token), token);
            if (db.Database.CurrentTransaction is not null) await tx.RollbackAsync(token);
            db.ChangeTracker.Clear();
            return outcome;
        }, ct);
    }

    /// <summary>Takes no money: says the warm-up's charge was paid in full.</summary>
    private sealed class StandInGateway : IPaymentGateway
    {
        public bool IsSimulated => true;

        public Task<ChargeResult> ChargeAsync(ChargeRequest request, CancellationToken ct = default) =>
            Task.FromResult<ChargeResult>(new ChargeResult.Paid("warm-up", "SETTLING", null, request.Amount));

        public Task<ThreeDSecureLookup> ReadThreeDSecureAsync(string nonce, CancellationToken ct = default) =>
            Task.FromResult<ThreeDSecureLookup>(new ThreeDSecureLookup.Found(ThreeDSecureResult.NotACard));

        public Task<ClientTokenResult> CreateClientTokenAsync(CancellationToken ct = default) => throw new NotSupportedException();
        public Task<RefundResult> RefundAsync(string transactionId, Money? amount, CancellationToken ct = default) => throw new NotSupportedException();
        public Task<ReverseResult> ReverseAsync(string transactionId, CancellationToken ct = default) => throw new NotSupportedException();
        public Task<TransactionSearchResult> FindByOrderIdAsync(string orderId, CancellationToken ct = default) => throw new NotSupportedException();
        public Task<bool> PingAsync(CancellationToken ct = default) => Task.FromResult(true);
    }

    /// <summary>Nobody hears of the warm-up's order: no mail, no live message.</summary>
    private sealed class NoOrderEvents : IOrderEvents
    {
        public Task PaidAsync(Order order) => Task.CompletedTask;
        public Task ShippedAsync(Order order) => Task.CompletedTask;
        public Task DeliveredAsync(Order order) => Task.CompletedTask;
        public Task CancelledAsync(Order order, MoneyBack goingBack) => Task.CompletedTask;
        public Task RefundedAsync(Order order, MoneyBack back) => Task.CompletedTask;
        public void NotPaid(Order order) { }
        public Task ChangedAsync(Order order) => Task.CompletedTask;
    }
}
