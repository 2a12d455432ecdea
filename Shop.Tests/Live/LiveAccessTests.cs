using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Shop.Web.Admin.Customers;
using Shop.Web.Live;

namespace Shop.Tests.Live;

/// <summary>Who may open which hub, and who hears what: each hub is authorised on connect.</summary>
public class LiveAccessTests : LiveFixture
{
    private static async Task<HttpStatusCode?> RefusalAsync(HubConnection connection)
    {
        try
        {
            await connection.StartAsync();
            return null;
        }
        catch (HttpRequestException e)
        {
            return e.StatusCode;
        }
    }

    [Test]
    public async Task Anyone_may_watch_a_product_and_hears_its_stock_at_once()
    {
        var (id, _) = await FreshProductAsync(stock: 42);
        var catalog = await ConnectAsync(CatalogHub.Path);

        var variants = await catalog.InvokeAsync<IReadOnlyList<StockUpdate>>("WatchProduct", id);

        Assert.That(variants, Has.Count.EqualTo(1), "a product without options has one variant");
        var now = variants[0];
        Assert.That((now.ProductId, now.OnHand, now.Label, now.SoldOut), Is.EqualTo((id, 42, "In stock", false)));
    }

    [Test]
    public async Task Watching_an_unknown_product_gives_nothing_and_watching_hundreds_is_refused()
    {
        var catalog = await ConnectAsync(CatalogHub.Path);
        Assert.That(await catalog.InvokeAsync<IReadOnlyList<StockUpdate>>("WatchProduct", 999_999), Is.Empty);

        var ids = await Shop.WithDbAsync(db => Task.FromResult(db.Products.Where(p => p.IsPublished).OrderBy(p => p.Id).Select(p => p.Id).Take(CatalogHub.MaxWatchedProducts + 1).ToList()));
        foreach (var id in ids.Take(CatalogHub.MaxWatchedProducts)) await catalog.InvokeAsync<IReadOnlyList<StockUpdate>>("WatchProduct", id);
        var tooMany = await Assert.ThrowsAsync<HubException>(() => catalog.InvokeAsync<IReadOnlyList<StockUpdate>>("WatchProduct", ids.Last()));
        Assert.That(tooMany!.Message, Does.Contain($"at most {CatalogHub.MaxWatchedProducts}"));
    }

    [Test]
    public async Task An_anonymous_visitor_cannot_open_the_account_or_staff_hub()
    {
        Assert.That(await RefusalAsync(Unstarted(AccountHub.Path)), Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(await RefusalAsync(Unstarted(StaffHub.Path)), Is.EqualTo(HttpStatusCode.Unauthorized));
    }

    [Test]
    public async Task A_shopper_cannot_open_the_staff_hub_and_staff_can()
    {
        var shopper = await SignedInAsync();
        var staff = await SignedInAsync(StaffRole);

        Assert.That(await RefusalAsync(Unstarted(StaffHub.Path, shopper.Cookies)), Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(await RefusalAsync(Unstarted(StaffHub.Path, staff.Cookies)), Is.Null);
        Assert.That(await RefusalAsync(Unstarted(AccountHub.Path, shopper.Cookies)), Is.Null);
    }

    [Test]
    public async Task A_shopper_hears_their_own_order_change_and_another_shopper_does_not()
    {
        var (_, slug) = await FreshProductAsync();
        var ada = await SignedInAsync();
        var bob = await SignedInAsync();
        var adaHears = new Inbox<OrderUpdate>(Unstarted(AccountHub.Path, ada.Cookies), LiveMessages.Order);
        var bobHears = new Inbox<OrderUpdate>(Unstarted(AccountHub.Path, bob.Cookies), LiveMessages.Order);
        // The inboxes registered their handlers on unstarted connections; start them now.
        await adaHears.Connection.StartAsync();
        await bobHears.Connection.StartAsync();

        var number = await BuyAsync(ada.Client, slug);
        await StaffAsync(a => a.ShipAsync(number, "TRACK-123", null, Staff, CancellationToken.None));

        var shipped = await adaHears.WaitForAsync(u => u.Number == number && u.Status == "Shipped", $"'order {number} shipped' for its owner");
        Assert.That(shipped.TrackingNumber, Is.EqualTo("TRACK-123"));
        Assert.That(await bobHears.AnyWithinAsync(u => u.Number == number, TimeSpan.FromMilliseconds(500)), Is.False, "another shopper heard the order");
    }

    [Test]
    public async Task A_hub_request_from_another_site_is_refused()
    {
        using var client = new HttpClient { BaseAddress = new Uri(Shop.BaseUrl) };
        var foreign = new HttpRequestMessage(HttpMethod.Post, AccountHub.Path + "/negotiate?negotiateVersion=1");
        foreign.Headers.Add("Origin", "https://evil.example");
        var sameSite = new HttpRequestMessage(HttpMethod.Post, CatalogHub.Path + "/negotiate?negotiateVersion=1");
        sameSite.Headers.Add("Origin", Shop.BaseUrl);

        Assert.That((await client.SendAsync(foreign)).StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That((await client.SendAsync(sameSite)).StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task Staff_demoted_with_a_staff_page_open_are_disconnected_and_hear_no_more_orders()
    {
        var (_, slug) = await FreshProductAsync();
        var demoted = await SignedInAsync(StaffRole);
        var kept = await SignedInAsync(StaffRole);
        var demotedHears = new Inbox<OrderUpdate>(Unstarted(StaffHub.Path, demoted.Cookies), LiveMessages.NewOrder);
        var keptHears = new Inbox<OrderUpdate>(Unstarted(StaffHub.Path, kept.Cookies), LiveMessages.NewOrder);
        var closed = ClosedSignal(demotedHears.Connection);
        await demotedHears.Connection.StartAsync();
        await keptHears.Connection.StartAsync();

        var refusal = await Shop.WithAsync((CustomerAdmin c) => c.SetRoleAsync(demoted.UserId, Roles.Staff, grant: false, Staff, CancellationToken.None));
        Assert.That(refusal, Is.Null);
        await CloseStaleAsync();
        await closed.WaitAsync(LiveClient.Deadline);

        var number = await BuyAsync((await SignedInAsync()).Client, slug);
        await keptHears.WaitForAsync(u => u.Number == number, $"'new order {number}' for staff still in the role");
        Assert.That(demotedHears.Connection.State, Is.EqualTo(HubConnectionState.Disconnected));
        Assert.That(demotedHears.All.Any(u => u.Number == number), Is.False, "the demoted person heard a new order");
    }

    [Test]
    public async Task A_shopper_locked_out_with_an_account_page_open_is_disconnected()
    {
        var locked = await SignedInAsync();
        var other = await SignedInAsync();
        var lockedConnection = Unstarted(AccountHub.Path, locked.Cookies);
        var closed = ClosedSignal(lockedConnection);
        await lockedConnection.StartAsync();
        var otherConnection = await ConnectAsync(AccountHub.Path, other.Cookies);

        Assert.That(await Shop.WithAsync((CustomerAdmin c) => c.LockAsync(locked.UserId, Staff, byAdmin: false, CancellationToken.None)), Is.Null);
        await CloseStaleAsync();
        await closed.WaitAsync(LiveClient.Deadline);
        Assert.That(otherConnection.State, Is.EqualTo(HubConnectionState.Connected));
    }

    /// <summary>What the shop does every session check interval, run now instead of at the next tick.</summary>
    private Task<int> CloseStaleAsync() => Shop.Services.GetRequiredService<LiveSessions>().CloseStaleAsync(CancellationToken.None);
}
