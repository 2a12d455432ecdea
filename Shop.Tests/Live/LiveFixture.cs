using Microsoft.AspNetCore.SignalR.Client;
using Shop.Web.Admin;
using Shop.Web.Admin.Orders;

namespace Shop.Tests.Live;

/// <summary>One shop on a real port per fixture (hubs use WebSockets), with helpers to sign people in and connect.</summary>
public abstract class LiveFixture : ShopFixture
{
    protected static readonly StaffMember Staff = new("staff-user-1", "staff@example.com");
    private readonly List<IAsyncDisposable> _connections = [];

    protected ShopServer Shop => (ShopServer)App;

    protected override ShopApp CreateShop() => new ShopServer();

    [TearDown]
    public async Task CloseConnections()
    {
        foreach (var c in _connections) await c.DisposeAsync();
        _connections.Clear();
    }

    /// <summary>Someone with an account, signed in on the real port; their cookies can open hubs.</summary>
    protected async Task<(CookieContainer Cookies, HttpClient Client, string UserId)> SignedInAsync(params string[] roles)
    {
        var email = Accounts.UniqueEmail(roles.Length > 0 ? "staff" : "shopper");
        var user = await Shop.CreateAccountAsync(email, roles: roles);
        var cookies = new CookieContainer();
        var client = Shop.Browser(cookies);
        await client.SignInAsync(email);
        return (cookies, client, user.Id);
    }

    protected async Task<HubConnection> ConnectAsync(string path, CookieContainer? cookies = null)
    {
        var connection = Shop.Hub(path, cookies);
        _connections.Add(connection);
        await connection.StartAsync();
        return connection;
    }

    protected HubConnection Unstarted(string path, CookieContainer? cookies = null)
    {
        var connection = Shop.Hub(path, cookies);
        _connections.Add(connection);
        return connection;
    }

    /// <summary>Completes when the server closes the connection.</summary>
    protected static Task ClosedSignal(HubConnection connection)
    {
        var closed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        connection.Closed += _ =>
        {
            closed.TrySetResult();
            return Task.CompletedTask;
        };
        return closed.Task;
    }

    /// <summary>A published product without options (one variant) with plenty of stock that no other test of the fixture uses.</summary>
    protected Task<(int Id, string Slug)> FreshProductAsync(int stock = 50) => Shop.WithDbAsync(async db =>
    {
        var product = await db.Products.Where(p => p.IsPublished && !p.Options.Any() && p.Variants.Sum(v => v.StockOnHand) > 20 && !_used.Contains(p.Id))
            .OrderBy(p => p.Id).FirstAsync();
        _used.Add(product.Id);
        await db.Variants.Where(v => v.ProductId == product.Id).ExecuteUpdateAsync(s => s.SetProperty(v => v.StockOnHand, stock));
        return (product.Id, product.Slug);
    });

    private readonly HashSet<int> _used = [];

    /// <summary>Places and pays for an order as this signed-in (or guest) client; returns the order number.</summary>
    protected async Task<string> BuyAsync(HttpClient client, string slug, int quantity = 1)
    {
        var shopper = new Shopper(client);
        await shopper.AddToCartAsync(slug, quantity);
        var paid = await shopper.CheckoutAsync();
        var location = paid.Headers.Location?.ToString() ?? "";
        Assert.That(location, Does.Contain("/checkout/confirmation/"), $"checkout answered {(int)paid.StatusCode}");
        return location.Split('/').Last().Split('?')[0];
    }

    protected Task<OrderActionResult> StaffAsync(Func<StaffOrderActions, Task<OrderActionResult>> action) => Shop.WithAsync(action);

    protected static readonly string[] StaffRole = [Roles.Staff];
}
