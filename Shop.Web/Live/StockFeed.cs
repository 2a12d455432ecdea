using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Microsoft.AspNetCore.SignalR;
using Microsoft.EntityFrameworkCore;
using Shop.Domain.Catalog;
using Shop.Web.Catalog;
using Shop.Web.Data;

namespace Shop.Web.Live;

/// <summary>
/// Tells product pages (and staff) that stock moved, after the change is committed. A burst for one product is
/// coalesced: the first change goes out at once, later ones at most once per <see cref="Interval"/>, and each
/// message carries the stock read from the database when it is sent — so concurrent checkouts reporting out of
/// order can never leave a page showing "only 1 left" after the last unit went.
/// </summary>
public sealed class StockFeed(
    IHubContext<CatalogHub> catalog,
    IHubContext<StaffHub> staff,
    IServiceScopeFactory scopes,
    TimeProvider clock,
    ILogger<StockFeed> log) : ICatalogListener
{
    public static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(250);
    private static readonly Meter Meter = new("Shop.Live");
    private static readonly Counter<long> Sent = Meter.CreateCounter<long>("shop.live.stock_messages", description: "Stock messages sent to product pages");
    private readonly ConcurrentDictionary<int, Watch> _products = new();
    private long _messages;

    /// <summary>Stock messages sent by this node since it started.</summary>
    public long MessagesSent => Interlocked.Read(ref _messages);

    void ICatalogListener.CatalogChanged(CatalogChange change)
    {
        foreach (var move in change.Stock) Changed(move.ProductId, move.Before);
    }

    /// <summary>A committed change of a product's stock; <paramref name="before"/> is what it was just before.</summary>
    public void Changed(int productId, int before)
    {
        var watch = _products.GetOrAdd(productId, _ => new Watch());
        lock (watch)
        {
            watch.Dirty = true;
            if (watch.Pumping) return;
            watch.Pumping = true;
            watch.Known = before; // a new burst: what this change saw before it, for the low-stock warning
        }
        _ = PumpAsync(productId, watch);
    }

    private async Task PumpAsync(int productId, Watch watch)
    {
        while (true)
        {
            int known;
            lock (watch)
            {
                if (!watch.Dirty)
                {
                    watch.Pumping = false;
                    return;
                }
                watch.Dirty = false;
                known = watch.Known;
            }
            try
            {
                if (await ReadAsync(productId) is { } now)
                {
                    await catalog.Clients.Group(CatalogHub.ProductGroup(productId)).SendAsync(LiveMessages.Stock, StockUpdate.Of(productId, now.OnHand));
                    Interlocked.Increment(ref _messages);
                    Sent.Add(1);
                    if (RanLow(known, now.OnHand))
                        await staff.Clients.All.SendAsync(LiveMessages.LowStock, StockUpdate.Of(productId, now.OnHand, now.Name));
                    lock (watch) watch.Known = now.OnHand;
                }
            }
            catch (Exception e)
            {
                // The change is committed; a page that misses this message is corrected when it next (re)connects.
                log.LogWarning(e, "Could not send the stock of product {Product} to live pages", productId);
            }
            await Task.Delay(Interval, clock);
        }
    }

    /// <summary>True when stock has just gone into "only a few left" or to "sold out".</summary>
    private static bool RanLow(int before, int after)
    {
        StockState was = StockState.Of(before), now = StockState.Of(after);
        return (now.IsSoldOut && !was.IsSoldOut) || (now.IsLow && !was.IsLow && !was.IsSoldOut);
    }

    private async Task<(int OnHand, string Name)?> ReadAsync(int productId)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ShopDbContext>();
        var row = await db.Products.AsNoTracking().Where(p => p.Id == productId)
            .Select(p => new { p.StockOnHand, p.Name }).FirstOrDefaultAsync();
        return row is null ? null : (row.StockOnHand, row.Name);
    }

    private sealed class Watch
    {
        public int Known;
        public bool Dirty;
        public bool Pumping;
    }
}
