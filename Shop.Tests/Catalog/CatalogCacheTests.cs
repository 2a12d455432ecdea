using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Caching.Memory;
using Shop.Web.Catalog;
using Shop.Web.Operations;

namespace Shop.Tests.Catalog;

/// <summary>
/// Two nodes' catalog caches sharing one count and one message bus whose messages are late (as Redis pub/sub can be
/// on a busy machine): a change made on one node must be seen by the next read on the other all the same.
/// The real thing, with Redis, nginx and two processes, is tools/cluster-test.sh.
/// </summary>
public class CatalogCacheTests
{
    [Test]
    public async Task A_change_on_one_node_is_read_by_the_next_request_on_another_before_its_message_arrives()
    {
        var bus = new LateMessageBus();
        var (nodeA, nodeB) = (NewNode(bus), NewNode(bus));
        Assert.That(await nodeB.GetOrAddAsync("catalog:product:kettle", () => Task.FromResult("$20.00")), Is.EqualTo("$20.00"));

        await nodeA.ChangedAsync(new CatalogChange { Edited = true }); // staff saved a new price on node A; node B has not heard yet

        Assert.That(await nodeB.GetOrAddAsync("catalog:product:kettle", () => Task.FromResult("$19.99")), Is.EqualTo("$19.99"));
        Assert.That(bus.Undelivered, Is.EqualTo(2), "the messages (the edit's and the new version's) were still on their way");
    }

    [Test]
    public async Task Requests_that_miss_the_same_entry_at_once_wait_for_one_load()
    {
        var node = NewNode(new LateMessageBus());
        var loads = 0;
        var release = new TaskCompletionSource();
        async Task<string> Load()
        {
            Interlocked.Increment(ref loads);
            await release.Task;
            return "$20.00";
        }

        var burst = Enumerable.Range(0, 20).Select(_ => node.GetOrAddAsync("catalog:product:kettle", Load)).ToList();
        release.SetResult();

        Assert.That(await Task.WhenAll(burst), Has.All.EqualTo("$20.00"));
        Assert.That(loads, Is.EqualTo(1));
    }

    [Test]
    public async Task A_waiter_whose_loader_gave_up_loads_itself_and_a_failure_reaches_every_waiter()
    {
        var node = NewNode(new LateMessageBus());
        var giveUp = new TaskCompletionSource<string>();
        var first = node.GetOrAddAsync("catalog:product:kettle", () => giveUp.Task);
        var second = node.GetOrAddAsync("catalog:product:kettle", () => Task.FromResult("$20.00"));
        giveUp.SetCanceled();

        Assert.That(async () => await first, Throws.InstanceOf<OperationCanceledException>());
        Assert.That(await second, Is.EqualTo("$20.00"), "its own load, not the cancelled one");

        var broken = new TaskCompletionSource<string>();
        var a = node.GetOrAddAsync("catalog:product:lamp", () => broken.Task);
        var b = node.GetOrAddAsync("catalog:product:lamp", () => Task.FromResult("never asked"));
        broken.SetException(new InvalidOperationException("database down"));
        Assert.That(async () => await a, Throws.InvalidOperationException);
        Assert.That(async () => await b, Throws.InvalidOperationException);
        Assert.That(await node.GetOrAddAsync("catalog:product:lamp", () => Task.FromResult("$9.00")), Is.EqualTo("$9.00"), "a failure is not kept");
    }

    [Test]
    public async Task Data_loaded_while_the_catalog_changed_is_not_kept()
    {
        var bus = new LateMessageBus();
        var (nodeA, nodeB) = (NewNode(bus), NewNode(bus));

        // Node B reads the old price from the database; node A's change lands before B stores what it read.
        var stale = await nodeB.GetOrAddAsync("catalog:product:kettle", async () =>
        {
            await nodeA.ChangedAsync(new CatalogChange { Edited = true });
            return "$20.00";
        });
        Assert.That(stale, Is.EqualTo("$20.00"), "that one request saw the database before the change");

        Assert.That(await nodeB.GetOrAddAsync("catalog:product:kettle", () => Task.FromResult("$19.99")), Is.EqualTo("$19.99"));
    }

    [Test]
    public async Task Reads_within_one_version_come_from_memory()
    {
        var node = NewNode(new LateMessageBus());
        var loads = 0;
        for (var i = 0; i < 3; i++) await node.GetOrAddAsync("catalog:categories", () => Task.FromResult(++loads));
        Assert.That(loads, Is.EqualTo(1));
    }

    [Test]
    public async Task When_the_version_cannot_be_read_nothing_is_cached()
    {
        var node = NewNode(new LateMessageBus { Unreachable = true });
        var loads = 0;
        for (var i = 0; i < 3; i++) await node.GetOrAddAsync("catalog:categories", () => Task.FromResult(++loads));
        Assert.That(loads, Is.EqualTo(3));
        Assert.That(await node.VersionAsync(), Is.Null);
    }

    private static CatalogCache NewNode(IClusterSignal bus, Shop.Web.ShopOptions? shop = null) =>
        new(new NoOutputCache(), new MemoryCache(new MemoryCacheOptions()), bus, Options.Create(shop ?? new Shop.Web.ShopOptions()));

    [Test]
    public async Task Data_a_node_loaded_before_it_read_a_settings_save_is_not_read_after()
    {
        var shop = new Shop.Web.ShopOptions { SavedSettingsStamp = "" };
        var node = NewNode(new LateMessageBus(), shop);
        var loads = 0;

        var before = await node.GetOrAddAsync("markets", () => Task.FromResult(++loads));
        shop.SavedSettingsStamp = "A1B2C3"; // the node read another's save: the delivery promise in the market changed
        var after = await node.GetOrAddAsync("markets", () => Task.FromResult(++loads));

        Assert.That((before, after), Is.EqualTo((1, 2)));
    }

    /// <summary>A shared count that every node reads at once, and messages that are only delivered on request.</summary>
    private sealed class LateMessageBus : IClusterSignal
    {
        private long _count;
        public int Undelivered { get; private set; }
        public bool Unreachable { get; init; }

        public Task PublishAsync(string signal)
        {
            Interlocked.Increment(ref _count);
            Undelivered++;
            return Task.CompletedTask;
        }

        public void Subscribe(string signal, Action handler) { }

        public ValueTask<long?> CountAsync(string signal) => ValueTask.FromResult(Unreachable ? null : (long?)Interlocked.Read(ref _count));
    }

    private sealed class NoOutputCache : IOutputCacheStore
    {
        public ValueTask EvictByTagAsync(string tag, CancellationToken cancellationToken) => ValueTask.CompletedTask;
        public ValueTask<byte[]?> GetAsync(string key, CancellationToken cancellationToken) => ValueTask.FromResult<byte[]?>(null);
        public ValueTask SetAsync(string key, byte[] value, string[]? tags, TimeSpan validFor, CancellationToken cancellationToken) => ValueTask.CompletedTask;
    }
}
