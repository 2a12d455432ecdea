using Microsoft.EntityFrameworkCore.Diagnostics;
using Shop.Domain.Checkout;
using Shop.Web.Admin;
using Shop.Web.Admin.Stock;
using Shop.Web.Operations;

namespace Shop.Tests.Checkout;

/// <summary>
/// In a flash sale most shoppers come too late. Once a node knows a variant is sold out it says so without asking the
/// database; a restock is seen at once, on every node; the database still judges every unit actually sold.
/// </summary>
public class SoldOutShortCutTests
{
    private static readonly StaffMember Staff = new("staff-user-1", "staff@example.com");

    [Test]
    public async Task Shoppers_too_late_for_the_last_unit_are_told_at_once_and_once_known_without_the_database()
    {
        var sql = new SqlCommandCounter();
        using var app = new ShopApp { TestServices = s => s.AddSingleton<IInterceptor>(sql) };
        var product = await SaleProducts.OneLeftAsync(app);
        var shoppers = Enumerable.Range(0, 3).Select(_ => new Shopper(app.Browser())).ToList();
        var reviews = new List<AngleSharp.Dom.IDocument>();
        foreach (var s in shoppers)
        {
            await s.AddToCartAsync(product.Slug);
            reviews.Add(await s.EnterAddressAsync());
        }
        await shoppers[0].PayAsync(reviews[0], "fake-valid-nonce");
        await Task.Delay(Shop.Web.Live.StockFeed.Interval * 2); // the live feed reads the sold-out stock once, in the background

        sql.Reset();
        var first = await shoppers[1].PayAsync(reviews[1], "fake-valid-nonce");
        var learning = sql.Count;
        var learned = sql.Commands;
        sql.Reset();
        var second = await shoppers[2].PayAsync(reviews[2], "fake-valid-nonce");

        Assert.Multiple(() =>
        {
            Assert.That(first.Headers.Location?.ToString(), Is.EqualTo("/cart"));
            Assert.That(second.Headers.Location?.ToString(), Is.EqualTo("/cart"));
            Assert.That(learning, Is.EqualTo(1), "the node learns what is sold out once, in one query\n" + learned);
            Assert.That(sql.Count, Is.Zero, "then it knows\n" + sql.Commands);
        });
        var (_, cart) = await shoppers[2].Client.GetPageAsync("/cart");
        Assert.That(cart.Text("main"), Does.Contain($"Sorry, {product.Name} has just sold out"));
        Assert.That(await app.WithDbAsync(db => db.Orders.CountAsync()), Is.EqualTo(1));
        shoppers.ForEach(s => s.Dispose());
    }

    [TestCase(0, Description = "sold out: the node's list of sold-out variants answers")]
    [TestCase(1, Description = "fewer left than the cart asks for: the quick look at the cart answers")]
    public async Task The_sold_out_message_names_the_variant_that_ran_out(int leftAtPay)
    {
        using var app = new ShopApp();
        var (product, variant) = await app.WithDbAsync(async db =>
        {
            var p = await db.Products.Include(x => x.Variants).Where(x => x.IsPublished && x.Options.Any()).OrderBy(x => x.Id).FirstAsync();
            var v = p.Variants.Where(v => v.IsPublished).OrderBy(v => v.Id).Last();
            p.SetStock(v.Id, 2);
            await db.SaveChangesAsync();
            return (p, v);
        });
        using var shopper = new Shopper(app.Browser());
        var added = await shopper.Client.SubmitFormAsync($"/p/{product.Slug}", "form.buy-box",
            new Dictionary<string, string?> { ["variantId"] = variant.Id.ToString(), ["quantity"] = "2" });
        Assert.That((int)added.StatusCode, Is.EqualTo(302));
        var review = await shopper.EnterAddressAsync();
        await app.WithDbAsync(async db =>
        {
            (await db.Products.Include(x => x.Variants).SingleAsync(x => x.Id == product.Id)).SetStock(variant.Id, leftAtPay);
            return await db.SaveChangesAsync();
        });

        var paid = await shopper.PayAsync(review, "fake-valid-nonce");

        Assert.That(paid.Headers.Location?.ToString(), Is.EqualTo("/cart"));
        var (_, cart) = await shopper.Client.GetPageAsync("/cart");
        Assert.That(cart.Text("main"), Does.Contain($"Sorry, {product.Name} — {variant.Title} has just sold out"));
    }

    [Test]
    public async Task A_shopper_too_late_takes_no_place_in_the_pay_queue()
    {
        // One Pay at a time and no queue: a second Pay for something on sale is refused while the first is charged.
        using var app = new ShopApp(new() { ["RateLimits:inturn:AtOnce"] = "1", ["RateLimits:inturn:QueueLimit"] = "0" })
        {
            TestServices = services =>
            {
                services.AddSingleton<HeldGateway>();
                services.AddSingleton<IPaymentGateway>(sp => sp.GetRequiredService<HeldGateway>());
            },
        };
        var gateway = app.Services.GetRequiredService<HeldGateway>();
        var soldOut = await SaleProducts.OneLeftAsync(app);
        var onSale = await app.WithDbAsync(db => db.Products.Where(p => p.IsPublished && !p.Options.Any() && p.Id != soldOut.Id
            && p.Variants.Sum(v => v.StockOnHand) > 10).OrderBy(p => p.Id).FirstAsync());
        var shoppers = Enumerable.Range(0, 5).Select(_ => new Shopper(app.Browser())).ToList();
        var reviews = new List<AngleSharp.Dom.IDocument>();
        foreach (var (s, i) in shoppers.Select((s, i) => (s, i)))
        {
            await s.AddToCartAsync(i == 3 ? onSale.Slug : soldOut.Slug);
            reviews.Add(await s.EnterAddressAsync());
        }
        await shoppers[0].PayAsync(reviews[0], "fake-valid-nonce"); // the last unit
        await shoppers[1].PayAsync(reviews[1], "fake-valid-nonce"); // told sold out: the node now knows

        gateway.Charge.Arm();
        var charging = shoppers[3].PayAsync(reviews[3], "fake-valid-nonce");
        await gateway.Charge.Reached; // the one turn is taken
        var late = await shoppers[2].PayAsync(reviews[2], "fake-valid-nonce");
        var another = await shoppers[4].PayAsync(reviews[4], "fake-valid-nonce");
        gateway.Charge.Release();
        var charged = await charging;

        Assert.Multiple(() =>
        {
            Assert.That(late.Headers.Location?.ToString(), Is.EqualTo("/cart"), "told sold out at once, not refused");
            Assert.That(another.Headers.Location?.ToString(), Is.EqualTo("/cart"));
            Assert.That(charged.Headers.Location?.ToString(), Does.StartWith("/checkout/confirmation/"));
        });
        shoppers.ForEach(s => s.Dispose());
    }

    [Test]
    public async Task A_restock_after_sold_out_sells_again_at_once()
    {
        using var app = new ShopApp();
        var product = await SaleProducts.OneLeftAsync(app);
        using var winner = new Shopper(app.Browser());
        using var late = new Shopper(app.Browser());
        await winner.AddToCartAsync(product.Slug);
        await late.AddToCartAsync(product.Slug);
        var lateReview = await late.EnterAddressAsync();
        await winner.CheckoutAsync();
        var soldOut = await late.PayAsync(lateReview, "fake-valid-nonce");

        await RestockAsync(app, product.Id, 5);
        var again = await late.CheckoutAsync();

        Assert.That(soldOut.Headers.Location?.ToString(), Is.EqualTo("/cart"));
        Assert.That(again.Headers.Location?.ToString(), Does.StartWith("/checkout/confirmation/"), "sold after the restock");
        Assert.That(await app.WithDbAsync(db => db.Orders.CountAsync(o => o.Status == OrderStatus.Paid)), Is.EqualTo(2));
    }

    [Test]
    public async Task Two_nodes_agree_on_sold_out_and_on_a_restock()
    {
        // Two nodes on one database; the signal between them stands in for Redis.
        var data = Path.Combine(Path.GetTempPath(), "shop-tests", Guid.NewGuid().ToString("n"));
        var signal = new LocalClusterSignal();
        ShopApp Node() => new(new() { ["Shop:DataDirectory"] = data }) { TestServices = s => s.AddSingleton<IClusterSignal>(signal) };
        try
        {
            using var a = Node();
            using var b = Node();
            var product = await SaleProducts.OneLeftAsync(a);
            using var onA = new Shopper(a.Browser());
            using var onB = new Shopper(b.Browser());
            await onA.AddToCartAsync(product.Slug);
            await onB.AddToCartAsync(product.Slug);
            var reviewOnB = await onB.EnterAddressAsync();

            await onA.CheckoutAsync();
            var soldOutOnB = await onB.PayAsync(reviewOnB, "fake-valid-nonce");
            await RestockAsync(a, product.Id, 3);
            var againOnB = await onB.CheckoutAsync();

            Assert.That(soldOutOnB.Headers.Location?.ToString(), Is.EqualTo("/cart"), "node B knows the sale on node A");
            Assert.That(againOnB.Headers.Location?.ToString(), Does.StartWith("/checkout/confirmation/"), "node B sells after node A's restock");
            Assert.That(await b.WithDbAsync(db => db.Variants.Where(v => v.ProductId == product.Id).SumAsync(v => v.StockOnHand)), Is.EqualTo(2));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try { Directory.Delete(data, recursive: true); } catch (IOException) { }
        }
    }

    private static async Task RestockAsync(ShopApp app, int productId, int units)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<StockAdjustments>()
            .AdjustAsync(productId, null, units, StockMovementReason.Received, "restock", Staff, CancellationToken.None);
    }
}
