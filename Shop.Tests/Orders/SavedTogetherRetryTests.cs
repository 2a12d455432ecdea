using System.Data.Common;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;
using Shop.Web.Orders;

namespace Shop.Tests.Orders;

/// <summary>
/// On PostgreSQL a transaction that fails on a broken connection is run again by the provider's retrying strategy. A
/// batch of orders (<see cref="SavedTogether"/>) that fails that way, after its stock was taken and while its orders
/// are being written, is written again whole in the same context (its changes handed over a second time): each order
/// once, each unit taken once, every shopper paid.
/// </summary>
[TestFixture, Category(TestCategories.PostgresOnly)]
public class SavedTogetherRetryTests : OrdersFixture
{
    private readonly BrokenOnce _broken = new();

    protected override Action<IServiceCollection>? TestServices => s => s.AddSingleton<IInterceptor>(_broken);

    [Test]
    public async Task A_batch_of_orders_whose_connection_breaks_while_it_is_written_is_written_again_once()
    {
        var (slug, id, _) = await ProductAsync(skip: 4);
        var stock = await StockAsync(id);
        var shoppers = Enumerable.Range(0, 12).Select(_ => new Shopper(App.Browser())).ToList();
        var emails = shoppers.Select((_, i) => Unique($"retried{i}")).ToList();
        var reviews = await Task.WhenAll(shoppers.Select(async (s, i) =>
        {
            await s.AddToCartAsync(slug);
            return await s.EnterAddressAsync(Shopper.GuestAddress(emails[i]));
        }));

        _broken.Arm();
        var responses = await Task.WhenAll(shoppers.Select((s, i) => s.PayAsync(reviews[i], TestNonces.Valid)));

        Assert.That(_broken.Broke, Is.EqualTo(1), "one batch's write of orders failed on a broken connection");
        Assert.That(responses.Select(r => r.Headers.Location?.ToString() ?? ""), Has.All.StartWith("/checkout/confirmation/"));
        var orders = await App.WithDbAsync(db => db.Orders.Where(o => emails.Contains(o.Email)).Select(o => o.Status).ToListAsync());
        Assert.That(orders, Has.Count.EqualTo(12).And.All.EqualTo(OrderStatus.Paid), "each shopper's order saved once, and paid");
        Assert.That(await StockAsync(id), Is.EqualTo(stock - 12), "each unit taken once");
        foreach (var s in shoppers) s.Dispose();
    }

    /// <summary>When armed, the next command that inserts several orders (a batch's) fails as a dropped connection does.</summary>
    private sealed class BrokenOnce : DbCommandInterceptor
    {
        private int _armed;
        public int Broke;

        private static int Orders(DbCommand command) => Regex.Count(command.CommandText, "INSERT INTO \"Orders\"");

        public void Arm() => Volatile.Write(ref _armed, 1);

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
            InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            if (Orders(command) > 1 && Interlocked.Exchange(ref _armed, 0) == 1)
            {
                Interlocked.Increment(ref Broke);
                throw new NpgsqlException("The connection broke (a test)", new IOException("reset by peer"));
            }
            return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
        }
    }
}
