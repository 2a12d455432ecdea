using System.Collections.Concurrent;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;
using Shop.Web.Account;
using Shop.Web.Data;
using Shop.Web.Shared;

namespace Shop.Web.Live;

/// <summary>
/// The signed-in hub connections open on this node, checked against their accounts the way sign-in cookies are. A
/// connection outlives the request that opened it: without this, staff demoted or locked out would go on hearing every
/// new order on a staff page left open, and so would a shopper's tab after their password changed. Every
/// Shop:Accounts:SessionCheckInterval each connection's security stamp is compared with its account's; a connection
/// whose account changed since (role, lock-out, password, deletion) is closed. If the page reconnects, its cookie
/// meets the same check on the way in.
/// </summary>
public sealed class LiveSessions(IServiceScopeFactory scopes, IOptions<AccountOptions> accounts, ILogger<LiveSessions> log)
    : BackgroundWork
{
    /// <summary>A zero interval checks cookies on every request; hub connections are then checked this often.</summary>
    private static readonly TimeSpan Shortest = TimeSpan.FromSeconds(5);

    /// <summary>Connections are checked at least daily, however long the interval (a timer takes at most ~49 days).</summary>
    private static readonly TimeSpan Longest = TimeSpan.FromDays(1);

    private readonly ConcurrentDictionary<string, HubCallerContext> _open = new();

    public void Opened(HubCallerContext connection) => _open[connection.ConnectionId] = connection;

    public void Closed(HubCallerContext connection) => _open.TryRemove(connection.ConnectionId, out _);

    /// <summary>Closes every connection whose account no longer accepts the sign-in it was opened with; returns how many.</summary>
    public async Task<int> CloseStaleAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var signIn = scope.ServiceProvider.GetRequiredService<SignInManager<ShopUser>>();
        var closed = 0;
        foreach (var connection in _open.Values)
        {
            ct.ThrowIfCancellationRequested();
            if (await signIn.ValidateSecurityStampAsync(connection.User) is not null) continue;
            connection.Abort();
            Closed(connection);
            closed++;
        }
        return closed;
    }

    protected override async Task RunAsync(CancellationToken stoppingToken)
    {
        var interval = accounts.Value.SessionCheckInterval;
        using var timer = new PeriodicTimer(interval < Shortest ? Shortest : interval > Longest ? Longest : interval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            if (_open.IsEmpty) continue;
            try
            {
                var closed = await CloseStaleAsync(stoppingToken);
                if (closed > 0) log.LogInformation("Closed {Count} live connections whose accounts changed", closed);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The database may be away for a moment: keep the connections and check again at the next tick.
                log.LogWarning(e, "Could not check live connections against their accounts; will try again");
            }
        }
    }
}

/// <summary>A hub for signed-in people: its connections are registered with <see cref="LiveSessions"/> while open.</summary>
public abstract class SignedInHub(LiveSessions sessions) : Hub
{
    public override Task OnConnectedAsync()
    {
        sessions.Opened(Context);
        return base.OnConnectedAsync();
    }

    public override Task OnDisconnectedAsync(Exception? exception)
    {
        sessions.Closed(Context);
        return base.OnDisconnectedAsync(exception);
    }
}
