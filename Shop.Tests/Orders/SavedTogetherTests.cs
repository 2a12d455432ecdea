using Shop.Domain.Cart;
using Shop.Web.Catalog;
using Shop.Web.Orders;

namespace Shop.Tests.Orders;

/// <summary>
/// Checkout writes saved together (<see cref="SavedTogether"/>): several orders' stock in one transaction, each all or
/// nothing; one request's changes saved by another context and seen saved by their own; what falls back to a save of
/// its own. The rush itself (no oversell, every shopper answered) is FlashSaleTests'.
/// </summary>
public class SavedTogetherTests : OrdersFixture
{
    private static readonly DateTimeOffset Now = DateTimeOffset.UtcNow;

    private async Task<int> VariantWithStockAsync(int skip, int stock) => await App.WithDbAsync(async db =>
    {
        var product = await db.Products.Include(p => p.Variants)
            .Where(p => !p.Options.Any() && p.IsPublished && p.Variants.Any(v => v.IsPublished)).OrderBy(p => p.Id).Skip(skip).FirstAsync();
        product.SetStock(stock);
        await db.SaveChangesAsync();
        return product.DefaultVariant.Id;
    });

    private Task<int> StockOfVariantAsync(int variantId) =>
        App.WithDbAsync(db => db.Variants.Where(v => v.Id == variantId).Select(v => v.StockOnHand).SingleAsync());

    private async Task<int?[]> TakeAsync(params IReadOnlyList<(int, int)>[] orders)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ShopDbContext>();
        return await db.InTransactionAsync(ct => scope.ServiceProvider.GetRequiredService<StockLevels>().TryTakeForEachAsync(orders, ct),
            CancellationToken.None);
    }

    [Test]
    public async Task Orders_that_together_fit_the_stock_all_get_it_and_when_they_do_not_the_first_ones_do()
    {
        var fits = await VariantWithStockAsync(skip: 20, stock: 6);
        Assert.That(await TakeAsync([(fits, 2)], [(fits, 2)], [(fits, 2)]), Is.EqualTo(new int?[] { null, null, null }));
        Assert.That(await StockOfVariantAsync(fits), Is.EqualTo(0));

        var short5 = await VariantWithStockAsync(skip: 21, stock: 5);
        Assert.That(await TakeAsync([(short5, 2)], [(short5, 4)], [(short5, 3)]), Is.EqualTo(new int?[] { null, short5, null }),
            "the second wants more than is left after the first; the third still fits");
        Assert.That(await StockOfVariantAsync(short5), Is.EqualTo(0));
    }

    [Test]
    public async Task An_order_short_of_one_variant_takes_none_of_the_others()
    {
        var plenty = await VariantWithStockAsync(skip: 22, stock: 10);
        var scarce = await VariantWithStockAsync(skip: 23, stock: 1);
        var (first, second) = plenty < scarce ? (plenty, scarce) : (scarce, plenty);

        var shortOf = await TakeAsync([(plenty, 3), (scarce, 2)], [(first, 1)], [(second, 1)]);

        Assert.That(shortOf, Is.EqualTo(new int?[] { scarce, null, null }));
        Assert.That(await StockOfVariantAsync(plenty), Is.EqualTo(9), "the short order's 3 went back");
        Assert.That(await StockOfVariantAsync(scarce), Is.EqualTo(0));
    }

    [Test]
    public async Task Changes_saved_by_another_context_are_seen_saved_and_the_next_save_builds_on_them()
    {
        var number = await PlaceOrderAsync(Unique("handover"));
        await using var scope = App.Services.CreateAsyncScope();
        var mine = scope.ServiceProvider.GetRequiredService<ShopDbContext>();
        var order = await mine.Orders.Include(o => o.History).SingleAsync(o => o.Number == number);
        var cart = ShoppingCart.New(Now);
        cart.Add(await mine.Variants.Where(v => v.IsPublished).Select(v => v.Id).FirstAsync(), 2, Now);
        mine.Carts.Add(cart);
        order.AddInternalNote("handed over", Now);
        order.StartPaymentChange(Now);

        await using (var batch = App.Services.CreateAsyncScope())
        {
            var theirs = batch.ServiceProvider.GetRequiredService<ShopDbContext>();
            Assert.That(HandedOverChanges.CanHandOver(mine), Is.True);
            var handed = HandedOverChanges.HandOver(mine, theirs);
            await theirs.SaveChangesAsync();
            var saved = handed.ReadSaved();
            theirs.ChangeTracker.Clear();
            saved.TakeBack();
        }

        Assert.That(mine.ChangeTracker.HasChanges(), Is.False, "all of it saved");
        Assert.That(order.PaymentChangeStartedAt, Is.Not.Null, "the order as changed, not as read");
        Assert.That(cart.Id, Is.GreaterThan(0));
        order.AddInternalNote("and again", Now);
        cart.Clear(Now);
        Assert.That(async () => await mine.SaveChangesAsync(), Throws.Nothing, "the order's row version came back with it");

        var reread = await OrderAsync(number);
        Assert.That(reread.History.Select(h => h.Note), Does.Contain("handed over").And.Contain("and again"));
        Assert.That(reread.PaymentChangeStartedAt, Is.Not.Null);
        Assert.That(await App.WithDbAsync(db => db.Carts.Include(c => c.Lines).SingleAsync(c => c.Id == cart.Id)), Has.Property("IsEmpty").True);
    }

    [Test]
    public async Task Shoppers_paying_at_once_are_saved_in_batches_and_each_sees_their_own_order_paid()
    {
        var (slug, id, _) = await ProductAsync(skip: 3);
        var stock = await StockAsync(id);
        var shoppers = Enumerable.Range(0, 12).Select(_ => new Shopper(App.Browser())).ToList();
        var reviews = await Task.WhenAll(shoppers.Select(async (s, i) =>
        {
            await s.AddToCartAsync(slug);
            return await s.EnterAddressAsync(Shopper.GuestAddress(Unique($"together{i}")));
        }));

        var responses = await Task.WhenAll(shoppers.Select((s, i) => s.PayAsync(reviews[i], TestNonces.Valid)));

        var numbers = responses.Select(r => r.Headers.Location?.ToString() ?? "").ToList();
        Assert.That(numbers, Has.All.StartWith("/checkout/confirmation/"));
        foreach (var number in numbers.Select(n => n["/checkout/confirmation/".Length..]))
            Assert.That((await OrderAsync(number)).Status, Is.EqualTo(OrderStatus.Paid));
        Assert.That(await StockAsync(id), Is.EqualTo(stock - 12));
        foreach (var s in shoppers) s.Dispose();
    }
}
