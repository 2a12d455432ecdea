using Microsoft.AspNetCore.SignalR.Client;
using Shop.Web.Live;
using Shop.Web.Operations;

namespace Shop.Tests.Live;

/// <summary>
/// Signing out ends the session's live connections too: a copy of the cookie (a second tab, a stolen cookie) hears
/// nothing more, on any node, while the account's other sessions go on.
/// </summary>
public class LiveSignOutTests : LiveFixture
{
    [Test]
    public async Task Signing_out_closes_the_sessions_account_connection_at_once_and_its_other_session_still_hears_its_orders()
    {
        var (_, slug) = await FreshProductAsync();
        var email = Accounts.UniqueEmail();
        await Shop.CreateAccountAsync(email);
        var (signingOut, signingOutCookies) = await SignInAsync(email);
        var (otherDevice, otherCookies) = await SignInAsync(email);
        var copyHears = new Inbox<OrderUpdate>(Unstarted(AccountHub.Path, CopyOf(signingOutCookies)), LiveMessages.Order);
        var otherHears = new Inbox<OrderUpdate>(Unstarted(AccountHub.Path, otherCookies), LiveMessages.Order);
        var closed = ClosedSignal(copyHears.Connection);
        await copyHears.Connection.StartAsync();
        await otherHears.Connection.StartAsync();

        await SignOutAsync(signingOut);
        await closed.WaitAsync(LiveClient.Deadline);
        var number = await BuyAsync(otherDevice, slug);
        await StaffAsync(a => a.ShipAsync(number, "TRACK-GONE", null, Staff, CancellationToken.None));

        await otherHears.WaitForAsync(u => u.Number == number && u.Status == "Shipped", $"'order {number} shipped' on the session still signed in");
        Assert.That(copyHears.All.Any(u => u.Number == number), Is.False, "the signed-out session heard the order");
    }

    [Test]
    public async Task Signing_out_closes_the_sessions_staff_connection_at_once_and_a_copy_of_its_cookie_cannot_open_another()
    {
        var (_, slug) = await FreshProductAsync();
        var email = Accounts.UniqueEmail("staff");
        await Shop.CreateAccountAsync(email, roles: StaffRole);
        var (signingOut, signingOutCookies) = await SignInAsync(email);
        var copy = CopyOf(signingOutCookies);
        var kept = await SignedInAsync(StaffRole);
        var copyHears = new Inbox<OrderUpdate>(Unstarted(StaffHub.Path, copy), LiveMessages.NewOrder);
        var keptHears = new Inbox<OrderUpdate>(Unstarted(StaffHub.Path, kept.Cookies), LiveMessages.NewOrder);
        var closed = ClosedSignal(copyHears.Connection);
        await copyHears.Connection.StartAsync();
        await keptHears.Connection.StartAsync();

        await SignOutAsync(signingOut);
        await closed.WaitAsync(LiveClient.Deadline);
        // Within the session check interval the copied cookie still opens pages, but not a live connection.
        var reopened = Unstarted(StaffHub.Path, copy);
        var reopenedClosed = ClosedSignal(reopened);
        try
        {
            await reopened.StartAsync();
        }
        catch (Exception e) when (e is HttpRequestException or InvalidOperationException or IOException)
        {
            // closed while starting: as refused as it gets
        }
        await reopenedClosed.WaitAsync(LiveClient.Deadline);
        var number = await BuyAsync((await SignedInAsync()).Client, slug);

        await keptHears.WaitForAsync(u => u.Number == number, $"'new order {number}' for staff still signed in");
        Assert.That(copyHears.All.Any(u => u.Number == number), Is.False, "the signed-out session heard a new order");
    }

    [Test]
    public async Task A_sign_out_on_one_node_closes_the_sessions_connections_on_another_at_once_or_at_its_next_check()
    {
        // Three nodes on one database: A and B share the signal that stands in for Redis; C misses it (Redis away).
        var data = Path.Combine(Path.GetTempPath(), "shop-tests", Guid.NewGuid().ToString("n"));
        var signal = new LocalClusterSignal();
        var settings = new Dictionary<string, string?> { ["Shop:DataDirectory"] = data, ["Shop:SeedDemoCatalog"] = "false" };
        try
        {
            using var a = new ShopServer(settings, testServices: s => s.AddSingleton<IClusterSignal>(signal));
            using var b = new ShopServer(settings, testServices: s => s.AddSingleton<IClusterSignal>(signal));
            using var c = new ShopServer(settings);
            var email = Accounts.UniqueEmail();
            await a.CreateAccountAsync(email);
            var cookies = new CookieContainer();
            using var onA = a.Browser(cookies);
            await onA.SignInAsync(email);
            // Cookies are kept per host, not per port: the copy opens connections on B and C.
            await using var onB = b.Hub(AccountHub.Path, CopyOf(cookies, a));
            await using var onC = c.Hub(AccountHub.Path, CopyOf(cookies, a));
            var closedOnB = ClosedSignal(onB);
            var closedOnC = ClosedSignal(onC);
            await onB.StartAsync();
            await onC.StartAsync();

            await SignOutAsync(onA);
            await closedOnB.WaitAsync(LiveClient.Deadline);
            var cOpenBeforeItsCheck = onC.State;
            await c.Services.GetRequiredService<LiveSessions>().CloseStaleAsync(CancellationToken.None);
            await closedOnC.WaitAsync(LiveClient.Deadline);

            Assert.That(cOpenBeforeItsCheck, Is.EqualTo(HubConnectionState.Connected), "C heard nothing, so it waits for its check");
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try { Directory.Delete(data, recursive: true); } catch (IOException) { }
        }
    }

    private async Task<(HttpClient Client, CookieContainer Cookies)> SignInAsync(string email)
    {
        var cookies = new CookieContainer();
        var client = Shop.Browser(cookies);
        await client.SignInAsync(email);
        return (client, cookies);
    }

    private static async Task SignOutAsync(HttpClient client)
    {
        var (_, account) = await client.GetPageAsync("/account");
        var signedOut = await client.SubmitFormAsync(account, "form.sign-out-form");
        Assert.That(signedOut.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), "signed out");
    }

    /// <summary>What a second tab or a stolen cookie holds: the same cookies, kept apart from the browser that signs out.</summary>
    private CookieContainer CopyOf(CookieContainer cookies) => CopyOf(cookies, Shop);

    private static CookieContainer CopyOf(CookieContainer cookies, ShopServer shop)
    {
        var copy = new CookieContainer();
        var site = new Uri(shop.BaseUrl);
        foreach (Cookie cookie in cookies.GetCookies(site)) copy.Add(site, new Cookie(cookie.Name, cookie.Value));
        return copy;
    }
}
