using System.Diagnostics;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;

namespace Shop.Bench;

/// <summary>
/// Product pages left open during the flash sale: each is a live connection to the catalog hub watching the sale
/// product, as the page script does. Counts the stock messages each page received and when it first showed "Sold out".
/// </summary>
public sealed class SalePages : IAsyncDisposable
{
    public sealed record StockUpdate(int ProductId, int VariantId, int OnHand, string Label, bool SoldOut);

    private readonly List<Page> _pages = [];
    private readonly Stopwatch _clock;

    private SalePages(Stopwatch clock) => _clock = clock;

    public static async Task<SalePages> OpenAsync(string baseUrl, int productId, int count, Stopwatch clock)
    {
        var pages = new SalePages(clock);
        for (var i = 0; i < count; i++)
        {
            var connection = new HubConnectionBuilder()
                .WithUrl(baseUrl + "/hubs/catalog", o =>
                {
                    o.SkipNegotiation = true;
                    o.Transports = HttpTransportType.WebSockets;
                })
                .Build();
            var page = new Page(connection);
            connection.On<StockUpdate>("stock", s => page.Heard(s, clock.Elapsed.TotalMilliseconds));
            await connection.StartAsync();
            await connection.InvokeAsync<IReadOnlyList<StockUpdate>>("WatchProduct", productId);
            pages._pages.Add(page);
        }
        return pages;
    }

    /// <summary>Gives the last messages time to arrive: until every page shows "Sold out", or the deadline.</summary>
    public async Task WaitForSoldOutAsync(TimeSpan deadline)
    {
        var until = _clock.Elapsed + deadline;
        while (_pages.Any(p => p.SoldOutAt is null) && _clock.Elapsed < until) await Task.Delay(50);
    }

    public int Count => _pages.Count;
    public int ShowingSoldOut => _pages.Count(p => p.SoldOutAt is not null);
    public (int Min, int Max) MessagesPerPage => _pages.Count == 0 ? (0, 0) : (_pages.Min(p => p.Messages), _pages.Max(p => p.Messages));

    /// <summary>When the pages first showed "Sold out" (ms since the sale opened): median and slowest.</summary>
    public (double P50, double Max) SoldOutShownAt
    {
        get
        {
            var times = _pages.Where(p => p.SoldOutAt is not null).Select(p => p.SoldOutAt!.Value).Order().ToList();
            return times.Count == 0 ? (0, 0) : (times[(times.Count - 1) / 2], times[^1]);
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var p in _pages) await p.Connection.DisposeAsync();
    }

    private sealed class Page(HubConnection connection)
    {
        private int _messages;
        public HubConnection Connection { get; } = connection;
        public int Messages => Volatile.Read(ref _messages);
        public double? SoldOutAt { get; private set; }

        public void Heard(StockUpdate s, double at)
        {
            Interlocked.Increment(ref _messages);
            if (s.SoldOut && SoldOutAt is null) SoldOutAt = at;
        }
    }
}
