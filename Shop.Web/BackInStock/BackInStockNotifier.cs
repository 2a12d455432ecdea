using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using Shop.Domain.Catalog;
using Shop.Domain.Ordering;
using Shop.Web.Catalog;
using Shop.Web.Data;
using Shop.Web.Languages;
using Shop.Web.Shared;

namespace Shop.Web.BackInStock;

/// <summary>
/// Mails every waiting request whose variant is on the shelf again: at once when this node sees a restock (a committed
/// stock move from zero), and every minute for restocks made on other nodes. Each request is claimed with one
/// conditional UPDATE (set ClaimedAt where it is free) before it is mailed, so however many nodes or restocks race, one
/// of them mails it; it is marked NotifiedAt once the mail server took the mail. A claim whose mail did not go out (the
/// server refused, the node died) expires and is mailed by a later round on any node.
/// </summary>
public sealed class BackInStockNotifier(IServiceScopeFactory scopes, ILogger<BackInStockNotifier> log, TimeProvider clock)
    : BackgroundWork, ICatalogListener
{
    public static readonly TimeSpan Every = TimeSpan.FromMinutes(1);
    private const int Batch = 500;
    private readonly Channel<bool> _restocked = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    void ICatalogListener.CatalogChanged(CatalogChange change)
    {
        if (change.Stock.Any(m => m.Before <= 0 && m.After > 0)) _restocked.Writer.TryWrite(true);
    }

    protected override async Task RunAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await SendDueAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogError(e, "Back-in-stock mail could not be sent this round; trying again in {Every}", Every);
            }
            using var wait = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
            wait.CancelAfter(Every);
            try
            {
                await _restocked.Reader.ReadAsync(wait.Token);
            }
            catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
            {
            }
        }
    }

    /// <summary>Claims and mails the requests that are due; returns how many this call mailed.</summary>
    public async Task<int> SendDueAsync(CancellationToken ct)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ShopDbContext>();
        var mail = scope.ServiceProvider.GetRequiredService<BackInStockMail>();
        var words = scope.ServiceProvider.GetRequiredService<IOptionWords>();
        var sent = 0;
        while (true)
        {
            var due = await db.BackInStockRequests.AsNoTracking().Where(BackInStockRequest.Claimable(clock.GetUtcNow()))
                .Join(db.Variants.Where(v => v.IsPublished && v.StockOnHand > 0), r => r.VariantId, v => v.Id, (r, v) => new { r, v })
                .Join(db.Products.Where(p => p.IsPublished), x => x.v.ProductId, p => p.Id, (x, p) => new
                {
                    x.r.Id, x.r.Email, x.r.VariantId, x.r.Language, p.Slug, x.v.Option1, x.v.Option2, x.v.Option3,
                    // The product's name in the language the shopper asked in, as its page showed it.
                    Name = db.Set<ProductTranslation>().Where(t => t.ProductId == p.Id && t.Language == x.r.Language && t.Name != "")
                        .Select(t => t.Name).FirstOrDefault() ?? p.Name,
                })
                .OrderBy(x => x.Id).Take(Batch).ToListAsync(ct);
            foreach (var r in due)
            {
                var now = clock.GetUtcNow();
                var claimed = await db.BackInStockRequests.Where(x => x.Id == r.Id).Where(BackInStockRequest.Claimable(now))
                    .ExecuteUpdateAsync(s => s.SetProperty(x => x.ClaimedAt, now), ct);
                if (claimed != 1) continue; // another node or round is mailing it
                try
                {
                    var title = (await words.ForAsync(r.Language)).TitleOf(r.Option1, r.Option2, r.Option3);
                    await mail.SendBackAsync(r.Id, r.Email, OrderLine.NameWithVariant(r.Name, title), r.Slug, r.VariantId, r.Language, ct);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    log.LogWarning("Could not send back-in-stock mail {RequestId} ({Error}); it is tried again after {ClaimFor}", r.Id, e.GetType().Name, BackInStockRequest.ClaimFor);
                    continue;
                }
                // Not cancellable: the mail went out, so it must be marked even if the shop is stopping.
                await db.BackInStockRequests.Where(x => x.Id == r.Id)
                    .ExecuteUpdateAsync(s => s.SetProperty(x => x.NotifiedAt, clock.GetUtcNow()), CancellationToken.None);
                sent++;
            }
            if (due.Count < Batch) return sent;
        }
    }
}
