using System.Net;
using System.Threading.Channels;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;

namespace Shop.Bench;

/// <summary>
/// A product page open on node B (and one through nginx) hears a sale made on node A: the SignalR Redis backplane
/// carries node A's stock message to connections on every node.
/// </summary>
public static class LiveAcrossNodes
{
    public sealed record StockUpdate(int ProductId, int VariantId, int OnHand, string Label, bool SoldOut);

    public static async Task CheckAsync(string nodeA, string nodeB, string balancer, string slug, List<string> failures)
    {
        using var b = new HttpClient { BaseAddress = new Uri(nodeB) };
        var page = new HtmlParser().ParseDocument(await b.GetStringAsync($"/p/{slug}"));
        if (!int.TryParse(page.QuerySelector(".product-detail")?.GetAttribute("data-product-id"), out var productId))
        {
            failures.Add("node B's product page names no product id for live updates");
            return;
        }

        await using var onB = await WatchAsync(nodeB, productId);
        await using var throughNginx = await WatchAsync(balancer, productId);
        var before = onB.Initial;

        using var a = new HttpClient(new SocketsHttpHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = new Uri(nodeA) };
        var number = await ClusterCheck.CheckoutAsync(a, a, slug, 1000);
        if (number is null)
        {
            failures.Add("live check: the sale on node A did not go through");
            return;
        }

        foreach (var (name, watcher) in new[] { ("node B", onB), ("nginx", throughNginx) })
        {
            var heard = await watcher.WaitForAsync(s => s.OnHand < before, TimeSpan.FromSeconds(5));
            if (heard is null) failures.Add($"a product page connected to {name} did not hear the sale on node A within 5 s");
            else Console.WriteLine($"ok   a product page on {name} heard the sale on node A: stock {before} -> {heard.OnHand}");
        }
    }

    private static async Task<Watcher> WatchAsync(string baseUrl, int productId)
    {
        // As the page script connects: WebSockets straight away, no negotiate round trip (no sticky sessions needed).
        var connection = new HubConnectionBuilder()
            .WithUrl(baseUrl + "/hubs/catalog", o =>
            {
                o.SkipNegotiation = true;
                o.Transports = HttpTransportType.WebSockets;
            })
            .Build();
        var watcher = new Watcher(connection);
        await connection.StartAsync();
        var now = await connection.InvokeAsync<IReadOnlyList<StockUpdate>>("WatchProduct", productId);
        watcher.Initial = now.Count == 1 ? now[0].OnHand : -1; // the checked product has one variant
        return watcher;
    }

    private sealed class Watcher : IAsyncDisposable
    {
        private readonly HubConnection _connection;
        private readonly Channel<StockUpdate> _heard = Channel.CreateUnbounded<StockUpdate>();

        public Watcher(HubConnection connection)
        {
            _connection = connection;
            connection.On<StockUpdate>("stock", s => _heard.Writer.TryWrite(s));
        }

        public int Initial { get; set; }

        public async Task<StockUpdate?> WaitForAsync(Func<StockUpdate, bool> match, TimeSpan within)
        {
            using var deadline = new CancellationTokenSource(within);
            try
            {
                while (true)
                {
                    var s = await _heard.Reader.ReadAsync(deadline.Token);
                    if (match(s)) return s;
                }
            }
            catch (OperationCanceledException)
            {
                return null;
            }
        }

        public ValueTask DisposeAsync() => _connection.DisposeAsync();
    }
}
