using Shop.Tests.Orders;

namespace Shop.Tests.Data;

/// <summary>
/// Products and orders carry a row version (a counter kept by a trigger on SQLite, xmin on PostgreSQL, rowversion on
/// SQL Server): a save
/// made from an older read is refused, except a staff save that only met a sale moving the stock.
/// </summary>
public class RowVersionTests : OrdersFixture
{
    private static readonly DateTimeOffset Now = DateTimeOffset.UtcNow;

    private async Task<T> InScopeAsync<T>(Func<ShopDbContext, Task<T>> work)
    {
        await using var scope = App.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<ShopDbContext>());
    }

    private (AsyncServiceScope Scope, ShopDbContext Db) OpenContext()
    {
        var scope = App.Services.CreateAsyncScope();
        return (scope, scope.ServiceProvider.GetRequiredService<ShopDbContext>());
    }

    /// <summary>The variant's row version as the database has it now (a counter on SQLite, a transaction id on PostgreSQL).</summary>
    private Task<object> RowVersionOfVariantAsync(int productId) =>
        InScopeAsync(async db => db.Entry(await db.Variants.SingleAsync(v => v.ProductId == productId)).Property(ShopDbContext.RowVersion).CurrentValue!);

    private Task TakeStockAsync(int productId, int quantity) =>
        InScopeAsync(db => db.Variants.Where(v => v.ProductId == productId).ExecuteUpdateAsync(s => s.SetProperty(v => v.StockOnHand, v => v.StockOnHand - quantity)));

    [Test]
    public async Task A_sale_and_a_staff_save_each_move_a_variants_row_version()
    {
        var (_, id, _) = await ProductAsync(skip: 10);
        var before = await RowVersionOfVariantAsync(id);

        await TakeStockAsync(id, 1);
        var afterSale = await RowVersionOfVariantAsync(id);
        Assert.That(afterSale, Is.Not.EqualTo(before), "a conditional UPDATE of the stock");

        var (scope, db) = OpenContext();
        await using (scope)
        {
            var product = await db.Products.SingleAsync(p => p.Id == id);
            var variant = product.DefaultVariant;
            product.ChangeVariant(variant.Id, variant.Sku, null, null, 250, null, published: true);
            product.Touch(Now);
            await db.SaveChangesAsync();
            var saved = db.Entry(variant).Property(ShopDbContext.RowVersion).CurrentValue;
            Assert.That(saved, Is.Not.EqualTo(afterSale), "a staff save");
            Assert.That(saved, Is.EqualTo(await RowVersionOfVariantAsync(id)), "read back after the save");
            product.ChangeVariant(variant.Id, variant.Sku, null, null, 300, null, published: true);
            product.Touch(Now);
            Assert.That(async () => await db.SaveChangesAsync(), Throws.Nothing, "the same context saves again with the version it read back");
        }
    }

    [Test]
    public async Task A_staff_save_that_met_a_sale_is_kept_and_so_is_the_sale()
    {
        var (_, id, _) = await ProductAsync(skip: 11);
        var (scope, db) = OpenContext();
        await using (scope)
        {
            var product = await db.Products.SingleAsync(p => p.Id == id);
            var stock = product.Stock.OnHand;
            await TakeStockAsync(id, 2); // a shopper checks out between the staff member's read and save

            product.Reprice(product.Price + 1m, null);
            product.ChangeVariant(product.DefaultVariant.Id, product.Sku, null, null, 450, null, published: true);
            product.Touch(Now);
            await db.SaveChangesAsync();

            var saved = await InScopeAsync(d => d.Products.AsNoTracking().SingleAsync(p => p.Id == id));
            Assert.That(saved.Price, Is.EqualTo(product.Price));
            Assert.That(saved.DefaultVariant.WeightGrams, Is.EqualTo(450));
            Assert.That(saved.Stock.OnHand, Is.EqualTo(stock - 2));
        }
    }

    [Test]
    public async Task A_staff_edit_over_another_staff_edit_is_refused()
    {
        var (_, id, _) = await ProductAsync(skip: 12);
        var (scopeA, a) = OpenContext();
        var (scopeB, b) = OpenContext();
        await using (scopeA)
        await using (scopeB)
        {
            var mine = await a.Products.SingleAsync(p => p.Id == id);
            var theirs = await b.Products.SingleAsync(p => p.Id == id);
            theirs.Describe("Their words");
            theirs.Touch(Now);
            await b.SaveChangesAsync();

            mine.Describe("My words");
            mine.Touch(Now);
            Assert.That(async () => await a.SaveChangesAsync(), Throws.TypeOf<DbUpdateConcurrencyException>());
        }
    }

    [Test]
    public async Task A_stock_count_saved_over_a_sale_is_refused()
    {
        var (_, id, _) = await ProductAsync(skip: 13);
        var (scope, db) = OpenContext();
        await using (scope)
        {
            var product = await db.Products.SingleAsync(p => p.Id == id);
            await TakeStockAsync(id, 1);
            product.SetStock(50); // counted before the sale: saving it would undo the sale
            product.Touch(Now);
            Assert.That(async () => await db.SaveChangesAsync(), Throws.TypeOf<DbUpdateConcurrencyException>());
        }
    }

    [Test]
    public async Task An_order_saved_from_an_older_read_is_refused_and_a_claim_is_stored()
    {
        var number = await PlaceOrderAsync(Unique("rowversion"));
        var (scopeA, a) = OpenContext();
        var (scopeB, b) = OpenContext();
        await using (scopeA)
        await using (scopeB)
        {
            var first = await a.Orders.Include(o => o.History).SingleAsync(o => o.Number == number);
            var second = await b.Orders.Include(o => o.History).SingleAsync(o => o.Number == number);
            first.StartPaymentChange(Now);
            await a.SaveChangesAsync();

            second.StartPaymentChange(Now);
            Assert.That(async () => await b.SaveChangesAsync(), Throws.TypeOf<DbUpdateConcurrencyException>());
        }
        Assert.That((await OrderAsync(number)).PaymentChangeStartedAt, Is.Not.Null);
    }
}
