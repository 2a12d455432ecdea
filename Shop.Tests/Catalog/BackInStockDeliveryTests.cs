using MimeKit;
using Shop.Domain.Catalog;
using Shop.Web.Admin.Stock;
using Shop.Web.BackInStock;
using Shop.Web.Catalog;
using Shop.Tests.Orders;

namespace Shop.Tests.Catalog;

/// <summary>
/// Each waiting address gets exactly one mail per restock, whatever races: restocks on several nodes at once, a node
/// that died between claiming a notice and mailing it.
/// </summary>
public class BackInStockDeliveryTests : BackInStockFixture
{
    [Test]
    public async Task Racing_restocks_and_nodes_send_each_address_exactly_one_mail()
    {
        var product = await SoldOutAsync(2);
        var emails = Enumerable.Range(0, 6).Select(i => Unique($"race{i}")).ToList();
        await App.WithDbAsync(async db =>
        {
            var now = DateTimeOffset.UtcNow;
            db.BackInStockRequests.AddRange(emails.Select(e => BackInStockRequest.For(product.Id, product.VariantId, true, e, true, now)));
            await db.SaveChangesAsync();
        });

        // Two restocks at once through the stock path, while three "nodes" (and this node's own notifier) send what is due.
        var notifier = App.Services.GetRequiredService<BackInStockNotifier>();
        var restocks = Enumerable.Range(0, 2).Select(_ => Task.Run(() => App.WithAsync<StockLevels, int?>(s => s.TryAdjustAsync(product.VariantId, 3, CancellationToken.None))));
        var nodes = Enumerable.Range(0, 3).Select(_ => Task.Run(() => notifier.SendDueAsync(CancellationToken.None)));
        await Task.WhenAll(restocks);
        var sentByNodes = (await Task.WhenAll(nodes)).Sum();
        var mails = new List<int>();
        foreach (var e in emails) mails.Add((await BackMailAsync(e)).Count);
        var again = await notifier.SendDueAsync(CancellationToken.None);
        foreach (var (e, i) in emails.Select((e, i) => (e, i))) mails[i] = App.MailTo(e).Count(m => (m.Subject ?? "").Contains(Back));

        Assert.Multiple(() =>
        {
            Assert.That(mails, Is.All.EqualTo(1), "each address, once");
            Assert.That(again, Is.Zero, "nothing left to send");
            Assert.That(sentByNodes, Is.LessThanOrEqualTo(emails.Count));
        });
        // This node's own notifier marks what it mailed just after the mail server took it: wait for that mark.
        var deadline = DateTime.UtcNow.AddSeconds(20);
        int unmarked;
        while ((unmarked = await App.WithDbAsync(db => db.BackInStockRequests.CountAsync(r => r.VariantId == product.VariantId && r.NotifiedAt == null))) > 0
               && DateTime.UtcNow < deadline)
            await Task.Delay(50);
        Assert.That(unmarked, Is.Zero, "every mailed request is marked notified");
    }

    [Test]
    public async Task A_notice_claimed_by_a_node_that_died_before_mailing_it_is_mailed_later_once_and_one_being_mailed_now_is_left_alone()
    {
        var product = await SoldOutAsync(3);
        var (died, busy) = (Unique("died"), Unique("busy"));
        var now = DateTimeOffset.UtcNow;
        await App.WithDbAsync(async db =>
        {
            db.BackInStockRequests.AddRange(BackInStockRequest.For(product.Id, product.VariantId, true, died, true, now),
                BackInStockRequest.For(product.Id, product.VariantId, true, busy, true, now));
            await db.SaveChangesAsync();
            var claimedLongAgo = now - BackInStockRequest.ClaimFor - TimeSpan.FromMinutes(1);
            await db.BackInStockRequests.Where(r => r.Email == died).ExecuteUpdateAsync(s => s.SetProperty(r => r.ClaimedAt, claimedLongAgo));
            await db.BackInStockRequests.Where(r => r.Email == busy).ExecuteUpdateAsync(s => s.SetProperty(r => r.ClaimedAt, now));
        });

        await App.WithAsync<StockLevels, int?>(s => s.TryAdjustAsync(product.VariantId, 3, CancellationToken.None));
        await App.Services.GetRequiredService<BackInStockNotifier>().SendDueAsync(CancellationToken.None);
        var diedMails = (await BackMailAsync(died)).Count;
        var notified = await App.WithDbAsync(db => db.BackInStockRequests.Where(r => r.VariantId == product.VariantId)
            .ToDictionaryAsync(r => r.Email, r => r.NotifiedAt is not null));

        Assert.Multiple(() =>
        {
            Assert.That(diedMails, Is.EqualTo(1), "the dead node's claim expired; this node mailed it");
            Assert.That(App.MailTo(busy).Count(m => (m.Subject ?? "").Contains(Back)), Is.Zero, "another node is mailing it");
            Assert.That(notified[died], Is.True);
            Assert.That(notified[busy], Is.False, "marked by the node that mails it, once the mail went out");
        });
    }
}
