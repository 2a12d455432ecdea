using Shop.Web.Catalog;

namespace Shop.Tests.Catalog;

/// <summary>
/// The one source of catalog change: whatever saves a product, a category or a stock move, the catalog's version
/// follows once (and only once) it is committed, and the live stock feed hears of stock moves. Nobody evicts by hand.
/// </summary>
public class CatalogChangesTests : ShopFixture
{
    private async Task<long> VersionAsync() => await App.Services.GetRequiredService<CatalogCache>().VersionAsync() ?? throw new InvalidOperationException("no catalog version");

    [Test]
    public async Task A_saved_edit_of_a_product_or_category_moves_the_catalog_version()
    {
        var before = await VersionAsync();
        await App.WithDbAsync(async db =>
        {
            var product = await db.Products.OrderBy(p => p.Id).FirstAsync();
            product.Describe(product.Description + " Now with a lid.");
            await db.SaveChangesAsync();
        });
        var afterProduct = await VersionAsync();
        await App.WithDbAsync(async db =>
        {
            var category = await db.Categories.OrderBy(c => c.Id).FirstAsync();
            category.Describe(category.Description + " More.");
            await db.SaveChangesAsync();
        });
        Assert.That(afterProduct, Is.GreaterThan(before));
        Assert.That(await VersionAsync(), Is.GreaterThan(afterProduct));
    }

    [Test]
    public async Task A_rolled_back_change_is_never_told()
    {
        var before = await VersionAsync();
        await App.WithDbAsync(db => db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            await using var tx = await db.Database.BeginTransactionAsync();
            var product = await db.Products.OrderBy(p => p.Id).FirstAsync();
            product.Reprice(product.Price + 1, null);
            await db.SaveChangesAsync();
            await tx.RollbackAsync();
        }));
        Assert.That(await VersionAsync(), Is.EqualTo(before));
    }

    [Test]
    public async Task Stock_moves_tell_the_cache_only_when_what_pages_say_changes_and_always_tell_the_live_feed()
    {
        var id = await PublishedProductWithStockAsync(20, first: true);
        var feed = App.Services.GetRequiredService<Shop.Web.Live.StockFeed>();
        var messages = feed.MessagesSent;

        var quiet = await VersionAsync();
        await MoveAsync(id, -3); // 20 → 17: still "In stock"
        Assert.That(await VersionAsync(), Is.EqualTo(quiet), "same label, nothing to forget");

        await MoveAsync(id, -13); // 17 → 4: "Only 4 left"
        Assert.That(await VersionAsync(), Is.GreaterThan(quiet));
        Assert.That(() => feed.MessagesSent, Is.GreaterThan(messages).After(5000, 50), "open product pages hear of it");
    }

    [Test]
    public async Task A_stock_move_in_a_transaction_is_told_at_commit_not_before()
    {
        var id = await PublishedProductWithStockAsync(6, first: false);
        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ShopDbContext>();
        var stock = scope.ServiceProvider.GetRequiredService<StockLevels>();
        var before = await VersionAsync();

        await db.InTransactionAsync(async ct =>
        {
            Assert.That(await stock.TryAdjustAsync(id, -1, ct), Is.EqualTo(5)); // "In stock" → "Only 5 left"
            Assert.That(await VersionAsync(), Is.EqualTo(before), "not committed yet");
            return true;
        }, CancellationToken.None);

        Assert.That(await VersionAsync(), Is.GreaterThan(before));
    }

    /// <summary>The first (or last) published product, its stock set by a staff-like save; its id.</summary>
    private Task<int> PublishedProductWithStockAsync(int stock, bool first) => App.WithDbAsync(async db =>
    {
        var published = db.Products.Where(p => p.IsPublished && !p.Options.Any());
        var product = await (first ? published.OrderBy(p => p.Id) : published.OrderByDescending(p => p.Id)).FirstAsync();
        product.SetStock(stock);
        await db.SaveChangesAsync();
        return product.Id;
    });

    private async Task MoveAsync(int productId, int delta)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ShopDbContext>();
        await db.InTransactionAsync(ct => scope.ServiceProvider.GetRequiredService<StockLevels>().TryAdjustAsync(productId, delta, ct), CancellationToken.None);
    }
}
