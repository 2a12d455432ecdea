using System.Threading.Channels;
using Microsoft.AspNetCore.SignalR.Client;

namespace Shop.Tests.Support;

/// <summary>Connects to the shop's hubs the way a page does, as an anonymous visitor or with a person's cookies.</summary>
public static class LiveClient
{
    public static readonly TimeSpan Deadline = TimeSpan.FromSeconds(5);

    public static HubConnection Hub(this ShopServer shop, string path, CookieContainer? cookies = null) =>
        new HubConnectionBuilder()
            .WithUrl(shop.BaseUrl + path, o =>
            {
                if (cookies is not null) o.Cookies = cookies;
            })
            .Build();

    /// <summary>A browser-like client on the real port that keeps its cookies where a hub connection can use them.</summary>
    public static HttpClient Browser(this ShopServer shop, CookieContainer cookies) =>
        new(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false }) { BaseAddress = new Uri(shop.BaseUrl) };
}

/// <summary>Every message of one kind a connection receives, to wait for the one a test expects.</summary>
public sealed class Inbox<T>
{
    private readonly Channel<T> _arrivals = Channel.CreateUnbounded<T>();
    private readonly List<T> _all = [];

    public Inbox(HubConnection connection, string message)
    {
        Connection = connection;
        connection.On<T>(message, m =>
        {
            lock (_all) _all.Add(m);
            _arrivals.Writer.TryWrite(m);
        });
    }

    public HubConnection Connection { get; }

    public IReadOnlyList<T> All
    {
        get { lock (_all) return [.. _all]; }
    }

    /// <summary>The next message that matches, or a failure naming what was expected once the deadline passes.</summary>
    public async Task<T> WaitForAsync(Func<T, bool> match, string what, TimeSpan? within = null)
    {
        using var deadline = new CancellationTokenSource(within ?? LiveClient.Deadline);
        try
        {
            while (true)
            {
                var message = await _arrivals.Reader.ReadAsync(deadline.Token);
                if (match(message)) return message;
            }
        }
        catch (OperationCanceledException)
        {
            Assert.Fail($"No message {what} within {(within ?? LiveClient.Deadline).TotalSeconds:0.#} s; received: {string.Join("; ", All)}");
            throw;
        }
    }

    /// <summary>Waits a moment and says whether any matching message arrived (for "must not receive" checks).</summary>
    public async Task<bool> AnyWithinAsync(Func<T, bool> match, TimeSpan within)
    {
        await Task.Delay(within);
        return All.Any(match);
    }
}
