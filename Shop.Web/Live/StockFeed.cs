using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Microsoft.AspNetCore.SignalR;
using Microsoft.EntityFrameworkCore;
using Shop.Domain.Catalog;
using Shop.Domain.Ordering;
using Shop.Web.Catalog;
using Shop.Web.Data;
using Shop.Web.StaffMail;

namespace Shop.Web.Live;

/// <summary>
/// Tells product pages (and staff) that stock moved, after the change is committed. A burst for one variant is
/// coalesced: the first change goes out at once, later ones at most once per <see cref="Interval"/>, and each
/// message carries the stock read from the database when it is sent — so concurrent checkouts reporting out of
/// order can never leave a page showing "only 1 left" after the last unit went.
/// </summary>
public sealed class StockFeed(
    IHubContext<CatalogHub> catalog,
    IHubContext<StaffHub> staff,
    IServiceScopeFactory scopes,
    StaffNotices staffMail,
    TimeProvider clock,
    ILogger<StockFeed> log) : ICatalogListener
{
    public static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(250);
    private static readonly Meter Meter = new("Shop.Live");
    private static readonly Counter<long> Sent = Meter.CreateCounter<long>("shop.live.stock_messages", description: "Stock messages sent to product pages");
    private readonly ConcurrentDictionary<int, Watch> _variants = new();
    private long _messages;

    /// <summary>Stock messages sent by this node since it started.</summary>
    public long MessagesSent => Interlocked.Read(ref _messages);

    void ICatalogListener.CatalogChanged(CatalogChange change)
    {
        foreach (var move in change.Stock) Changed(move.VariantId, move.Before);
    }

    /// <summary>A committed change of a variant's stock; <paramref name="before"/> is what it was just before.</summary>
    public void Changed(int variantId, int before)
    {
        var watch = _variants.GetOrAdd(variantId, _ => new Watch());
        lock (watch)
        {
            watch.Dirty = true;
            if (watch.Pumping) return;
            watch.Pumping = true;
            watch.Known = before; // a new burst: what this change saw before it, for the low-stock warning
        }
        _ = PumpAsync(variantId, watch);
    }

    private async Task PumpAsync(int variantId, Watch watch)
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
                if (await ReadAsync(variantId) is { } now)
                {
                    await catalog.Clients.Group(CatalogHub.ProductGroup(now.ProductId)).SendAsync(LiveMessages.Stock, StockUpdate.Of(now.ProductId, variantId, now.OnHand));
                    Interlocked.Increment(ref _messages);
                    Sent.Add(1);
                    if (RanLow(known, now.OnHand))
                    {
                        staffMail.StockRanLow(variantId, now.ProductId, now.Name, now.OnHand);
                        await staff.Clients.All.SendAsync(LiveMessages.LowStock, StockUpdate.Of(now.ProductId, variantId, now.OnHand, now.Name));
                    }
                    lock (watch) watch.Known = now.OnHand;
                }
            }
            catch (Exception e)
            {
                // The change is committed; a page that misses this message is corrected when it next (re)connects.
                log.LogWarning(e, "Could not send the stock of variant {Variant} to live pages", variantId);
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

    private async Task<(int ProductId, int OnHand, string Name)?> ReadAsync(int variantId)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ShopDbContext>();
        var row = await db.Variants.AsNoTracking().Where(v => v.Id == variantId)
            .Select(v => new { v.ProductId, v.StockOnHand, v.Option1, v.Option2, v.Option3, Name = db.Products.Where(p => p.Id == v.ProductId).Select(p => p.Name).First() })
            .FirstOrDefaultAsync();
        if (row is null) return null;
        return (row.ProductId, row.StockOnHand, OrderLine.NameWithVariant(row.Name, ProductVariant.TitleOf(row.Option1, row.Option2, row.Option3)));
    }

    private sealed class Watch
    {
        public int Known;
        public bool Dirty;
        public bool Pumping;
    }
}
