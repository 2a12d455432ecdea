using Microsoft.AspNetCore.SignalR.Client;
using Shop.Web.Admin.Orders;
using Shop.Web.Admin.Returns;
using Shop.Web.Admin.Stock;
using Shop.Web.Live;

namespace Shop.Tests.Live;

/// <summary>Changes reach open pages after they are committed: stock to product pages, orders to owners and staff.</summary>
public class LiveUpdateTests : LiveFixture
{
    private async Task<Inbox<StockUpdate>> WatchAsync(int productId)
    {
        var catalog = Unstarted(CatalogHub.Path);
        var inbox = new Inbox<StockUpdate>(catalog, LiveMessages.Stock);
        await catalog.StartAsync();
        await catalog.InvokeAsync<IReadOnlyList<StockUpdate>>("WatchProduct", productId);
        return inbox;
    }

    private async Task AdjustStockAsync(int productId, int delta)
    {
        await using var scope = Shop.Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<StockAdjustments>()
            .AdjustAsync(productId, null, delta, delta > 0 ? StockMovementReason.Received : StockMovementReason.Damaged, "test", Staff, CancellationToken.None);
        Assert.That(result?.Done, Is.True, result?.Refusal);
    }

    [Test]
    public async Task Stock_is_told_per_variant_and_a_page_hears_each_variant_at_once()
    {
        var (productId, variants) = await Shop.WithDbAsync(async db =>
        {
            var p = await db.Products.Where(x => x.IsPublished && x.Options.Any()).OrderByDescending(x => x.Id).FirstAsync();
            foreach (var v in p.Variants) p.SetStock(v.Id, 9);
            await db.SaveChangesAsync();
            return (p.Id, p.Variants.Where(v => v.IsPublished).Select(v => v.Id).ToList());
        });
        await Task.Delay(StockFeed.Interval * 2); // those moves are told before the page starts listening
        var catalog = Unstarted(CatalogHub.Path);
        var inbox = new Inbox<StockUpdate>(catalog, LiveMessages.Stock);
        await catalog.StartAsync();
        var now = await catalog.InvokeAsync<IReadOnlyList<StockUpdate>>("WatchProduct", productId);
        Assert.That(now.Select(s => s.VariantId), Is.EquivalentTo(variants), "every variant on sale, at once");

        await using (var scope = Shop.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<StockAdjustments>()
                .AdjustAsync(productId, variants[1], -9, StockMovementReason.Damaged, "test", Staff, CancellationToken.None);

        var update = await inbox.WaitForAsync(s => s.SoldOut, "the one variant sold out");
        Assert.That((update.ProductId, update.VariantId, update.OnHand), Is.EqualTo((productId, variants[1], 0)));
        await Task.Delay(StockFeed.Interval * 2);
        Assert.That(inbox.All.Select(s => s.VariantId).Distinct(), Is.EqualTo(new[] { variants[1] }), "the other variants did not move");
    }

    [Test]
    public async Task A_sale_reaches_the_product_page_watchers()
    {
        var (id, slug) = await FreshProductAsync(stock: 4);
        var watcher = await WatchAsync(id);
        using var buyer = Shop.Browser(new System.Net.CookieContainer());

        await BuyAsync(buyer, slug, quantity: 3);

        var update = await watcher.WaitForAsync(s => s.OnHand == 1, "'only 1 left' after a sale of 3 of 4");
        Assert.That((update.Label, update.Low, update.SoldOut, update.MaxQuantity), Is.EqualTo(("Only 1 left", true, false, 1)));
    }

    [Test]
    public async Task The_last_unit_going_says_sold_out_and_a_restock_says_in_stock_again()
    {
        var (id, slug) = await FreshProductAsync(stock: 1);
        var watcher = await WatchAsync(id);
        using var buyer = Shop.Browser(new System.Net.CookieContainer());

        await BuyAsync(buyer, slug);
        var soldOut = await watcher.WaitForAsync(s => s.SoldOut, "'sold out'");
        Assert.That((soldOut.Label, soldOut.MaxQuantity), Is.EqualTo(("Sold out", 0)));

        await AdjustStockAsync(id, 30);
        var back = await watcher.WaitForAsync(s => !s.SoldOut, "'in stock' after staff received 30");
        Assert.That((back.OnHand, back.Label), Is.EqualTo((30, "In stock")));
    }

    [Test]
    public async Task A_burst_of_stock_changes_is_coalesced_and_ends_on_the_true_figure()
    {
        var (id, _) = await FreshProductAsync(stock: 200);
        var watcher = await WatchAsync(id);
        var feed = Shop.Services.GetRequiredService<StockFeed>();
        var variantId = await Shop.WithDbAsync(db => db.Variants.Where(v => v.ProductId == id).Select(v => v.Id).SingleAsync());

        // 150 committed sales of one unit each, as fast as the database takes them (a flash sale on one node).
        for (var i = 0; i < 150; i++)
        {
            await Shop.WithDbAsync(db => db.Variants.Where(v => v.ProductId == id)
                .ExecuteUpdateAsync(s => s.SetProperty(v => v.StockOnHand, v => v.StockOnHand - 1)));
            feed.Changed(variantId, 200 - i);
        }

        await watcher.WaitForAsync(s => s.OnHand == 50, "the final stock of 50");
        await Task.Delay(StockFeed.Interval * 2); // anything still queued would arrive now
        var received = watcher.All;
        Assert.That(received[^1].OnHand, Is.EqualTo(50), "the last message carries the true figure");
        Assert.That(received, Has.Count.LessThan(40), "150 changes were coalesced into a few messages");
        TestContext.Out.WriteLine($"150 changes -> {received.Count} messages");
    }

    [Test]
    public async Task Staff_hear_of_new_orders_and_of_stock_running_low()
    {
        var (id, slug) = await FreshProductAsync(stock: 7);
        var staff = await SignedInAsync(StaffRole);
        var hub = Unstarted(StaffHub.Path, staff.Cookies);
        var orders = new Inbox<OrderUpdate>(hub, LiveMessages.NewOrder);
        var lowStock = new Inbox<StockUpdate>(hub, LiveMessages.LowStock);
        await hub.StartAsync();
        using var buyer = Shop.Browser(new System.Net.CookieContainer());

        var number = await BuyAsync(buyer, slug, quantity: 3);

        var placed = await orders.WaitForAsync(o => o.Number == number, $"'new order {number}'");
        Assert.That(placed.Status, Is.EqualTo("Paid"));
        var low = await lowStock.WaitForAsync(s => s.ProductId == id, "a low-stock warning as 7 became 4");
        Assert.That((low.OnHand, low.Label), Is.EqualTo((4, "Only 4 left")));
        Assert.That(low.Name, Is.Not.Empty);
    }

    [Test]
    public async Task Staff_hear_of_a_return_asked_for_and_handled_and_the_menu_s_returns_count_is_a_live_region_like_to_fulfil()
    {
        var (_, slug) = await FreshProductAsync();
        var ada = await SignedInAsync();
        var number = await BuyAsync(ada.Client, slug);
        await StaffAsync(a => a.ShipAsync(number, "TRACK-R", null, Staff, CancellationToken.None));
        await StaffAsync(a => a.MarkDeliveredAsync(number, Staff, CancellationToken.None));
        var staff = await SignedInAsync(StaffRole);
        var hub = Unstarted(StaffHub.Path, staff.Cookies);
        var changes = new Inbox<OrderUpdate>(hub, LiveMessages.Order);
        await hub.StartAsync();

        var (_, order) = await ada.Client.GetPageAsync($"/account/orders/{number}");
        var asked = await ada.Client.SubmitFormAsync(order, "form.return-form",
            new Dictionary<string, string?> { ["Lines[0].Quantity"] = "1", ["Lines[0].Reason"] = "Too small" });
        Assert.That(asked.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), await asked.Content.ReadAsStringAsync());
        await changes.WaitForAsync(u => u.Number == number, "the return asked for");
        var id = await Shop.WithDbAsync(db => db.Returns.Where(r => r.OrderNumber == number).Select(r => r.Id).SingleAsync());
        var refused = await Shop.WithAsync<StaffReturnActions, OrderActionResult>(a => a.RefuseAsync(id, "Worn", Staff, CancellationToken.None));
        Assert.That(refused.Outcome, Is.EqualTo(OrderActionOutcome.Done), refused.Message);
        await changes.WaitForAsync(u => u.Number == number, "the return refused");
        var (_, menu) = await staff.Client.GetPageAsync("/admin/orders");

        Assert.Multiple(() =>
        {
            // A staff page re-reads its live regions on every order message (live.js): the menu's counts are such regions.
            Assert.That(menu.QuerySelector("#to-fulfil-count[data-live-region] .nav-to-fulfil"), Is.Not.Null);
            Assert.That(menu.QuerySelector("#returns-count[data-live-region] .nav-returns"), Is.Not.Null, "the Returns count too");
        });
    }

    [Test]
    public async Task Staff_hear_of_a_return_closed_because_the_order_was_refunded_in_full_meanwhile()
    {
        var (_, slug) = await FreshProductAsync();
        var ada = await SignedInAsync();
        var number = await BuyAsync(ada.Client, slug);
        var order = await Shop.WithDbAsync(db => db.Orders.SingleAsync(o => o.Number == number));
        Shop.Services.GetRequiredService<Shop.Web.Payments.Simulated.SimulatedBraintreeGateway>().Settle(order.PaymentTransactionId!);
        await StaffAsync(a => a.ShipAsync(number, "TRACK-C", null, Staff, CancellationToken.None));
        await StaffAsync(a => a.MarkDeliveredAsync(number, Staff, CancellationToken.None));
        var (_, page) = await ada.Client.GetPageAsync($"/account/orders/{number}");
        await ada.Client.SubmitFormAsync(page, "form.return-form", new Dictionary<string, string?> { ["Lines[0].Quantity"] = "1", ["Lines[0].Reason"] = "Too small" });
        var id = await Shop.WithDbAsync(db => db.Returns.Where(r => r.OrderNumber == number).Select(r => r.Id).SingleAsync());
        await Shop.WithAsync<StaffReturnActions, OrderActionResult>(a => a.ApproveAsync(id, Staff, CancellationToken.None));
        await Shop.WithAsync<StaffReturnActions, OrderActionResult>(a => a.ReceiveAsync(id, new HashSet<int>(), Staff, CancellationToken.None));
        var whole = await StaffAsync(a => a.RefundAsync(number, order.Total.Amount, Staff, CancellationToken.None));
        Assert.That(whole.Outcome, Is.EqualTo(OrderActionOutcome.Done), whole.Message);
        var staff = await SignedInAsync(StaffRole);
        var hub = Unstarted(StaffHub.Path, staff.Cookies);
        var changes = new Inbox<OrderUpdate>(hub, LiveMessages.Order);
        await hub.StartAsync();

        var closed = await Shop.WithAsync<StaffReturnActions, OrderActionResult>(a => a.RefundAsync(id, false, Staff, CancellationToken.None));

        Assert.That(closed.Message, Does.Contain($"Return {id} closed"));
        await changes.WaitForAsync(u => u.Number == number, "the return closed: one fewer to handle");
    }

    [Test]
    public async Task The_owner_hears_each_status_of_their_order()
    {
        var (_, slug) = await FreshProductAsync();
        var ada = await SignedInAsync();
        var hub = Unstarted(AccountHub.Path, ada.Cookies);
        var inbox = new Inbox<OrderUpdate>(hub, LiveMessages.Order);
        await hub.StartAsync();

        var number = await BuyAsync(ada.Client, slug);
        await inbox.WaitForAsync(u => u.Number == number && u.Status == "Paid", "'paid'");
        await StaffAsync(a => a.ShipAsync(number, "TRACK-9", null, Staff, CancellationToken.None));
        await inbox.WaitForAsync(u => u.Status == "Shipped", "'shipped'");
        await StaffAsync(a => a.MarkDeliveredAsync(number, Staff, CancellationToken.None));
        await inbox.WaitForAsync(u => u.Status == "Delivered", "'delivered'");
    }
}
