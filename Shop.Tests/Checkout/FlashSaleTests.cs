using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Shop.Domain.Checkout;
using Shop.Web.Shared;

namespace Shop.Tests.Checkout;

/// <summary>Correctness under a rush: no oversell, no double use, no errors. (Speed is measured in bench/.)</summary>
public class FlashSaleTests
{
    [Test]
    public async Task Fifty_shoppers_racing_for_ten_units_make_exactly_ten_paid_orders_and_stock_ends_at_zero()
    {
        using var app = new ShopApp();
        var product = await app.WithDbAsync(async db =>
        {
            var p = await db.Products.Where(x => !x.Options.Any() && x.Variants.Sum(v => v.StockOnHand) > 0).OrderBy(x => x.Id).FirstAsync();
            p.SetStock(10);
            await db.SaveChangesAsync();
            return p;
        });

        // Everyone fills a cart and reaches the payment page first, then they all press Pay at once.
        var shoppers = Enumerable.Range(0, 50).Select(_ => new Shopper(app.Browser())).ToList();
        var reviews = await Task.WhenAll(shoppers.Select(async s =>
        {
            await s.AddToCartAsync(product.Slug);
            return await s.EnterAddressAsync();
        }));
        var responses = await Task.WhenAll(shoppers.Select((s, i) => s.PayAsync(reviews[i], "fake-valid-nonce")));

        var statuses = responses.Select(r => (int)r.StatusCode).ToList();
        var orders = await app.WithDbAsync(db => db.Orders.Include(o => o.Lines).ToListAsync());
        var stock = await app.WithDbAsync(db => db.Products.Where(p => !p.Options.Any() && p.Id == product.Id).Select(p => p.Variants.Sum(v => v.StockOnHand)).SingleAsync());
        Assert.Multiple(() =>
        {
            Assert.That(statuses, Has.None.GreaterThanOrEqualTo(500), "no errors");
            Assert.That(orders.Count(o => o.Status == OrderStatus.Paid), Is.EqualTo(10));
            Assert.That(orders.Where(o => o.Status == OrderStatus.Paid).Sum(o => o.Lines.Sum(l => l.Quantity)), Is.EqualTo(10));
            Assert.That(orders.Count(o => o.Status == OrderStatus.Pending), Is.Zero);
            Assert.That(stock, Is.Zero);
            Assert.That(responses.Count(r => r.Headers.Location?.ToString().StartsWith("/checkout/confirmation/") == true), Is.EqualTo(10));
            Assert.That(responses.Count(r => r.Headers.Location?.ToString() == "/cart"), Is.EqualTo(40), "the others are sent to their cart");
        });
        var (_, loser) = await shoppers[responses.ToList().FindIndex(r => r.Headers.Location?.ToString() == "/cart")].Client.GetPageAsync("/cart");
        Assert.That(loser.Text("main"), Does.Contain("sold out").IgnoreCase);
        shoppers.ForEach(s => s.Dispose());
    }

    [Test]
    public async Task Carts_holding_the_same_products_in_opposite_orders_check_out_at_once_without_a_deadlock()
    {
        // A database that locks rows (PostgreSQL) would deadlock two carts taking A then B and B then A; stock is taken
        // in variant order, so nobody waits on anybody in turn and nothing needs retrying.
        var log = new LogCapture();
        using var app = new ShopApp(new() { ["Logging:LogLevel:Microsoft.EntityFrameworkCore.Infrastructure"] = "Information" })
        {
            TestServices = s => s.AddSingleton<ILoggerProvider>(log),
        };
        var products = await app.WithDbAsync(async db =>
        {
            var two = await db.Products.Where(x => x.IsPublished && !x.Options.Any()).OrderBy(x => x.Id).Take(2).ToListAsync();
            foreach (var p in two) p.SetStock(100);
            await db.SaveChangesAsync();
            return two;
        });

        var shoppers = Enumerable.Range(0, 20).Select(_ => new Shopper(app.Browser())).ToList();
        var reviews = await Task.WhenAll(shoppers.Select(async (s, i) =>
        {
            foreach (var p in i % 2 == 0 ? products : products.AsEnumerable().Reverse()) await s.AddToCartAsync(p.Slug);
            return await s.EnterAddressAsync();
        }));
        var responses = await Task.WhenAll(shoppers.Select((s, i) => s.PayAsync(reviews[i], "fake-valid-nonce")));

        var paid = await app.WithDbAsync(db => db.Orders.CountAsync(o => o.Status == OrderStatus.Paid));
        var stock = await app.WithDbAsync(db => db.Variants.Where(v => v.ProductId == products[0].Id || v.ProductId == products[1].Id)
            .Select(v => v.StockOnHand).ToListAsync());
        Assert.Multiple(() =>
        {
            Assert.That(responses.Count(r => r.Headers.Location?.ToString().StartsWith("/checkout/confirmation/") == true), Is.EqualTo(20));
            Assert.That(paid, Is.EqualTo(20));
            Assert.That(stock, Is.EqualTo(new[] { 80, 80 }));
            Assert.That(log.Lines, Has.None.Contains("retried").And.None.Contains("deadlock"), "no deadlock, no retry");
        });
        shoppers.ForEach(s => s.Dispose());
    }

    [Test]
    public async Task Double_clicks_on_the_last_unit_all_show_the_order_it_bought_not_sold_out()
    {
        var log = new LogCapture();
        using var app = new ShopApp { TestServices = s => s.AddSingleton<ILoggerProvider>(log) };
        var product = await SaleProducts.OneLeftAsync(app);
        using var shopper = new Shopper(app.Browser());
        await shopper.AddToCartAsync(product.Slug);
        var review = await shopper.EnterAddressAsync();

        // The same form posted five times at once: whichever arrives after the sale sees no stock left, yet bought it.
        var responses = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => shopper.PayAsync(review, "fake-valid-nonce")));

        var order = await app.WithDbAsync(db => db.Orders.SingleAsync());
        Assert.That(responses.Select(r => r.Headers.Location?.ToString()), Has.All.EqualTo($"/checkout/confirmation/{order.Number}"));
        Assert.That(log.Errors, Is.Empty, "a double click is expected: nothing alarming is logged");
    }

    [Test]
    public async Task The_last_use_of_a_discount_code_goes_to_one_order_only()
    {
        using var app = new ShopApp();
        var product = await app.WithDbAsync(async db =>
        {
            db.DiscountCodes.Add(new DiscountCode("ONCE", DiscountKind.FixedAmount, 5m, usageLimit: 1));
            await db.SaveChangesAsync();
            return await db.Products.Where(x => !x.Options.Any() && x.Variants.Sum(v => v.StockOnHand) > 30 && x.Price > 20m).OrderBy(x => x.Id).FirstAsync();
        });

        var shoppers = Enumerable.Range(0, 6).Select(_ => new Shopper(app.Browser())).ToList();
        var reviews = await Task.WhenAll(shoppers.Select(async s =>
        {
            await s.AddToCartAsync(product.Slug);
            await s.Client.SubmitFormAsync("/cart", "form[action='/cart/discount']", new Dictionary<string, string?> { ["code"] = "once" });
            return await s.EnterAddressAsync();
        }));
        var responses = await Task.WhenAll(shoppers.Select((s, i) => s.PayAsync(reviews[i], "fake-valid-nonce")));

        var orders = await app.WithDbAsync(db => db.Orders.ToListAsync());
        var used = await app.WithDbAsync(db => db.DiscountCodes.Where(d => d.Code == "ONCE").Select(d => d.TimesUsed).SingleAsync());
        Assert.That(orders.Count(o => o.Status == OrderStatus.Paid && o.DiscountCode == "ONCE"), Is.EqualTo(1));
        Assert.That(used, Is.EqualTo(1));
        Assert.That(responses.Count(r => r.StatusCode == HttpStatusCode.UnprocessableEntity), Is.EqualTo(5), "the others are told the code is used up");
        shoppers.ForEach(s => s.Dispose());
    }

    [Test]
    public async Task Pay_presses_beyond_those_served_at_once_wait_their_turn_and_past_the_queue_get_429()
    {
        using var app = new ShopApp(new() { ["RateLimits:inturn:AtOnce"] = "1", ["RateLimits:inturn:QueueLimit"] = "1" })
        {
            TestServices = services =>
            {
                services.AddSingleton<HeldGateway>();
                services.AddSingleton<IPaymentGateway>(sp => sp.GetRequiredService<HeldGateway>());
            },
        };
        var gateway = app.Services.GetRequiredService<HeldGateway>();
        var slug = await app.WithDbAsync(db => db.Products.Where(p => !p.Options.Any() && p.Variants.Sum(v => v.StockOnHand) > 10).OrderBy(p => p.Id).Select(p => p.Slug).FirstAsync());
        var shoppers = Enumerable.Range(0, 3).Select(_ => new Shopper(app.Browser())).ToList();
        var reviews = new List<AngleSharp.Dom.IDocument>();
        foreach (var s in shoppers)
        {
            await s.AddToCartAsync(slug);
            reviews.Add(await s.EnterAddressAsync());
        }

        gateway.Charge.Arm();
        var first = shoppers[0].PayAsync(reviews[0], "fake-valid-nonce");
        await gateway.Charge.Reached; // the first payment is being charged: the one turn is taken
        var second = shoppers[1].PayAsync(reviews[1], "fake-valid-nonce");
        await QueuedAsync(app, 1);
        var third = await shoppers[2].PayAsync(reviews[2], "fake-valid-nonce"); // the queue (one place) is full
        Assert.That(second.IsCompleted, Is.False, "the second waits for its turn instead of being refused");

        gateway.Charge.Release();
        var answers = await Task.WhenAll(first, second);
        Assert.Multiple(() =>
        {
            Assert.That(third.StatusCode, Is.EqualTo(HttpStatusCode.TooManyRequests));
            Assert.That(answers.Select(a => a.Headers.Location?.ToString()), Has.All.StartsWith("/checkout/confirmation/"));
        });
        shoppers.ForEach(s => s.Dispose());
    }

    /// <summary>Waits until this many Pay requests wait in the queue (the limiter's own count, no guessing with sleeps).</summary>
    private static async Task QueuedAsync(ShopApp app, int count)
    {
        var limiter = app.Services.GetRequiredService<IOptions<RateLimiterOptions>>().Value.GlobalLimiter!;
        var pay = new DefaultHttpContext { RequestServices = app.Services };
        pay.SetEndpoint(new Endpoint(null, new EndpointMetadataCollection(new ServedInTurnAttribute()), "pay"));
        var until = DateTime.UtcNow.AddSeconds(30);
        while (limiter.GetStatistics(pay)?.CurrentQueuedCount != count)
        {
            if (DateTime.UtcNow > until) Assert.Fail($"{count} Pay request(s) never queued");
            await Task.Delay(20);
        }
    }
}
