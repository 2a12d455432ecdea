using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Logging.Abstractions;
using Shop.Web.Cart;
using Shop.Web.Operations;
using Shop.Web.Shared;
using StackExchange.Redis;

namespace Shop.Tests.Operations;

/// <summary>
/// Redis down or hanging costs a page one short wait, then none for a while: pages are served uncached, never a 500.
/// (The real thing, a hung Redis under two nodes, is in tools/cluster-test.sh.)
/// </summary>
public class RedisCircuitTests
{
    private sealed class Clock : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = DateTimeOffset.UtcNow;
        public override DateTimeOffset GetUtcNow() => Now;
    }

    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(4);

    private static IConnectionMultiplexer RedisAnsweringReads(Func<object?> read) =>
        FakeOf<IConnectionMultiplexer>.Answering((m, _) => m.Name == nameof(IConnectionMultiplexer.GetDatabase)
            ? FakeOf<IDatabase>.Answering((d, _) => d.Name == nameof(IDatabase.StringGetAsync) ? read() : throw new NotSupportedException(d.Name))
            : throw new NotSupportedException(m.Name));

    [Test]
    public async Task A_connection_being_torn_down_reads_as_an_unknown_catalog_version_not_an_error()
    {
        var redis = RedisAnsweringReads(() => throw new InvalidOperationException("Reading is not allowed after reader was completed."));
        var signal = new RedisClusterSignal(redis, new RedisCircuit(TimeProvider.System, NullLogger<RedisCircuit>.Instance), NullLogger<RedisClusterSignal>.Instance);

        Assert.That(await signal.CountAsync("catalog-changed"), Is.Null);
    }

    [Test]
    public async Task A_hanging_redis_costs_one_short_wait_then_none_until_it_is_tried_again()
    {
        var clock = new Clock();
        var reads = 0;
        var redis = RedisAnsweringReads(() => { reads++; return new TaskCompletionSource<RedisValue>().Task; }); // never answers
        var signal = new RedisClusterSignal(redis, new RedisCircuit(clock, NullLogger<RedisCircuit>.Instance), NullLogger<RedisClusterSignal>.Instance);

        var first = await signal.CountAsync("catalog-changed").AsTask().WaitAsync(Deadline);
        var second = await signal.CountAsync("catalog-changed").AsTask().WaitAsync(Deadline);
        clock.Now += RedisCircuit.OpenFor;
        var later = await signal.CountAsync("catalog-changed").AsTask().WaitAsync(Deadline);

        Assert.That((first, second, later), Is.EqualTo(((long?)null, (long?)null, (long?)null)));
        Assert.That(reads, Is.EqualTo(2), "not asked while the circuit was open, asked again after");
    }

    [Test]
    public async Task A_cart_stamp_that_redis_does_not_answer_is_unknown_and_the_next_is_not_waited_for()
    {
        var asked = 0;
        var hanging = FakeOf<IDistributedCache>.Answering((m, _) =>
        {
            asked++;
            return m.Name == nameof(IDistributedCache.GetAsync) ? new TaskCompletionSource<byte[]?>().Task : throw new NotSupportedException(m.Name);
        });
        var circuit = new RedisCircuit(TimeProvider.System, NullLogger<RedisCircuit>.Instance);
        var stamps = new CartStamps(new GuardedDistributedCache(hanging, circuit), NullLogger<CartStamps>.Instance);
        var owner = new CartOwner(null, Guid.NewGuid());

        var first = await stamps.CurrentAsync(owner, CancellationToken.None).WaitAsync(Deadline);
        var second = await stamps.CurrentAsync(owner, CancellationToken.None).WaitAsync(Deadline);

        Assert.That((first, second), Is.EqualTo(((string?)null, (string?)null)), "unknown: the page is rendered afresh, not cached");
        Assert.That(asked, Is.EqualTo(1));
    }

    [Test]
    public void A_node_subscribes_without_waiting_for_redis_so_it_starts_while_redis_is_away()
    {
        var asked = 0;
        var subscriber = FakeOf<ISubscriber>.Answering((m, _) =>
        {
            asked++;
            return m.Name == nameof(ISubscriber.SubscribeAsync) ? new TaskCompletionSource().Task : throw new NotSupportedException(m.Name); // never answers
        });
        var redis = FakeOf<IConnectionMultiplexer>.Answering((m, _) =>
            m.Name == nameof(IConnectionMultiplexer.GetSubscriber) ? subscriber : throw new NotSupportedException(m.Name));
        var signal = new RedisClusterSignal(redis, new RedisCircuit(TimeProvider.System, NullLogger<RedisCircuit>.Instance), NullLogger<RedisClusterSignal>.Instance);

        var subscribing = Task.Run(() => signal.Subscribe("catalog-changed", () => { }));

        Assert.That(subscribing.Wait(Deadline), Is.True, "returned without Redis's answer");
        Assert.That(asked, Is.EqualTo(1));
    }

    [Test]
    public void A_page_that_needs_redis_while_it_is_away_is_a_503_not_a_500()
    {
        // What a form's antiforgery token meets on a node started while Redis was down: its data-protection keys are there.
        var keysAway = new System.Security.Cryptography.CryptographicException("An error occurred while trying to encrypt the provided data.",
            new RedisConnectionException(ConnectionFailureType.UnableToConnect, "The message timed out in the backlog"));

        Assert.That(ErrorPage.StatusFor(keysAway), Is.EqualTo(StatusCodes.Status503ServiceUnavailable));
        Assert.That(ErrorPage.StatusFor(new RedisTimeoutException("Timeout", CommandStatus.Unknown)), Is.EqualTo(StatusCodes.Status503ServiceUnavailable));
        Assert.That(ErrorPage.StatusFor(new InvalidOperationException()), Is.EqualTo(StatusCodes.Status500InternalServerError));
    }
}
