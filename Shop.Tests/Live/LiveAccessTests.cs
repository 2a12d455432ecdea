using System.Net;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Shop.Tests.Support;
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

        var now = await catalog.InvokeAsync<StockUpdate?>("WatchProduct", id);

        Assert.That(now, Is.Not.Null);
        Assert.That((now!.OnHand, now.Label, now.SoldOut), Is.EqualTo((42, "In stock", false)));
    }

    [Test]
    public async Task Watching_an_unknown_product_gives_nothing_and_watching_hundreds_is_refused()
    {
        var catalog = await ConnectAsync(CatalogHub.Path);
        Assert.That(await catalog.InvokeAsync<StockUpdate?>("WatchProduct", 999_999), Is.Null);

        var ids = await Shop.WithDbAsync(db => Task.FromResult(db.Products.Where(p => p.IsPublished).OrderBy(p => p.Id).Select(p => p.Id).Take(CatalogHub.MaxWatchedProducts + 1).ToList()));
        foreach (var id in ids.Take(CatalogHub.MaxWatchedProducts)) await catalog.InvokeAsync<StockUpdate?>("WatchProduct", id);
        var tooMany = await Assert.ThrowsAsync<HubException>(() => catalog.InvokeAsync<StockUpdate?>("WatchProduct", ids.Last()));
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
        await StaffAsync(a => a.ShipAsync(number, "TRACK-123", Staff, CancellationToken.None));

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
}
