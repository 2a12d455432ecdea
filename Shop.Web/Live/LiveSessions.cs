using System.Collections.Concurrent;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;
using Shop.Web.Account;
using Shop.Web.Data;
using Shop.Web.Operations;
using Shop.Web.Shared;

namespace Shop.Web.Live;

/// <summary>
/// The signed-in hub connections open on this node, checked against their accounts the way sign-in cookies are. A
/// connection outlives the request that opened it: without this, staff demoted or locked out would go on hearing every
/// new order on a staff page left open, and so would a shopper's tab after their password changed or they signed out.
/// Every Shop:Accounts:SessionCheckInterval each connection's security stamp is compared with its account's, and its
/// session with those signed out (<see cref="SignedOutSessions"/>); a connection that fails either is closed. A
/// sign-out on any node also tells every node at once (<see cref="IClusterSignal"/>), and a connection opened with a
/// session already signed out is closed as it opens. If the page reconnects, its cookie meets the same check on the way in.
/// </summary>
public sealed class LiveSessions : BackgroundWork, ISignOutListener
{
    private const string SignedOutSignal = "session-signed-out";

    /// <summary>A zero interval checks cookies on every request; hub connections are then checked this often.</summary>
    private static readonly TimeSpan Shortest = TimeSpan.FromSeconds(5);

    /// <summary>Connections are checked at least daily, however long the interval (a timer takes at most ~49 days).</summary>
    private static readonly TimeSpan Longest = TimeSpan.FromDays(1);

    private readonly ConcurrentDictionary<string, HubCallerContext> _open = new();
    private readonly IServiceScopeFactory _scopes;
    private readonly IOptions<AccountOptions> _accounts;
    private readonly IClusterSignal _signal;
    private readonly ILogger<LiveSessions> _log;

    public LiveSessions(IServiceScopeFactory scopes, IOptions<AccountOptions> accounts, IClusterSignal signal, ILogger<LiveSessions> log)
    {
        (_scopes, _accounts, _signal, _log) = (scopes, accounts, signal, log);
        signal.Subscribe(SignedOutSignal, () => _ = Task.Run(CloseSignedOutQuietlyAsync));
    }

    /// <summary>Registers the connection, and closes it at once if its session was signed out meanwhile (a copy of the cookie).</summary>
    public async Task OpenedAsync(HubCallerContext connection)
    {
        _open[connection.ConnectionId] = connection;
        await using var scope = _scopes.CreateAsyncScope();
        if (!await scope.ServiceProvider.GetRequiredService<SignedOutSessions>().HasEndedAsync(connection.User!, connection.ConnectionAborted)) return;
        connection.Abort();
        Closed(connection);
    }

    public void Closed(HubCallerContext connection) => _open.TryRemove(connection.ConnectionId, out _);

    /// <summary>Closes every connection whose account no longer accepts the sign-in it was opened with; returns how many.</summary>
    public async Task<int> CloseStaleAsync(CancellationToken ct)
    {
        await using var scope = _scopes.CreateAsyncScope();
        var signIn = scope.ServiceProvider.GetRequiredService<SignInManager<ShopUser>>();
        var signedOut = await SignedOutAsync(scope, ct);
        var closed = 0;
        foreach (var connection in _open.Values)
        {
            ct.ThrowIfCancellationRequested();
            if (!signedOut.Contains(connection) && await signIn.ValidateSecurityStampAsync(connection.User) is not null) continue;
            Close(connection);
            closed++;
        }
        return closed;
    }

    /// <summary>Closes this node's connections of sessions signed out on any node; returns how many.</summary>
    public async Task<int> CloseSignedOutAsync(CancellationToken ct)
    {
        if (_open.IsEmpty) return 0;
        await using var scope = _scopes.CreateAsyncScope();
        var signedOut = await SignedOutAsync(scope, ct);
        foreach (var connection in signedOut) Close(connection);
        return signedOut.Count;
    }

    /// <summary>Tells every node to close the connections of sessions signed out; never holds up the sign-out.</summary>
    Task ISignOutListener.SignedOutAsync(HttpContext http)
    {
        _ = TellNodesAsync();
        return Task.CompletedTask;

        async Task TellNodesAsync()
        {
            try
            {
                await _signal.PublishAsync(SignedOutSignal);
            }
            catch (Exception e)
            {
                _log.LogWarning(e, "Could not tell the other nodes of a sign-out; its live connections close at their next check");
            }
        }
    }

    private async Task<HashSet<HubCallerContext>> SignedOutAsync(AsyncServiceScope scope, CancellationToken ct)
    {
        var open = _open.Values.ToList();
        var ended = await scope.ServiceProvider.GetRequiredService<SignedOutSessions>()
            .EndedAsync(open.Select(c => SignedOutSessions.IdOf(c.User!)).OfType<string>().Distinct().ToList(), ct);
        return open.Where(c => SignedOutSessions.IdOf(c.User!) is { } id && ended.Contains(id)).ToHashSet();
    }

    private void Close(HubCallerContext connection)
    {
        connection.Abort();
        Closed(connection);
    }

    private async Task CloseSignedOutQuietlyAsync()
    {
        try
        {
            var closed = await CloseSignedOutAsync(CancellationToken.None);
            if (closed > 0) _log.LogInformation("Closed {Count} live connections of sessions signed out", closed);
        }
        catch (Exception e)
        {
            _log.LogWarning(e, "Could not check live connections against sessions signed out; they are checked again within the session check interval");
        }
    }

    protected override async Task RunAsync(CancellationToken stoppingToken)
    {
        var interval = _accounts.Value.SessionCheckInterval;
        using var timer = new PeriodicTimer(interval < Shortest ? Shortest : interval > Longest ? Longest : interval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            if (_open.IsEmpty) continue;
            try
            {
                var closed = await CloseStaleAsync(stoppingToken);
                if (closed > 0) _log.LogInformation("Closed {Count} live connections whose accounts changed or sessions were signed out", closed);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The database may be away for a moment: keep the connections and check again at the next tick.
                _log.LogWarning(e, "Could not check live connections against their accounts; will try again");
            }
        }
    }
}

/// <summary>A hub for signed-in people: its connections are registered with <see cref="LiveSessions"/> while open.</summary>
public abstract class SignedInHub(LiveSessions sessions) : Hub
{
    public override async Task OnConnectedAsync()
    {
        await sessions.OpenedAsync(Context);
        await base.OnConnectedAsync();
    }

    public override Task OnDisconnectedAsync(Exception? exception)
    {
        sessions.Closed(Context);
        return base.OnDisconnectedAsync(exception);
    }
}
