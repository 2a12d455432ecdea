using Shop.Web.Data;

namespace Shop.Tests.Data;

public class WriteTurnsTests
{
    [Test]
    public async Task On_sqlite_the_next_writer_starts_the_moment_the_last_one_ends()
    {
        var turns = new WriteTurns(oneAtATime: true);
        var first = await turns.TakeAsync(CancellationToken.None);
        var second = turns.TakeAsync(CancellationToken.None).AsTask();
        Assert.That(second.IsCompleted, Is.False, "one writer at a time");

        first.Dispose();
        (await second.WaitAsync(TimeSpan.FromSeconds(5))).Dispose();
        (await turns.TakeAsync(CancellationToken.None)).Dispose();
    }

    [Test]
    public async Task A_writer_that_gives_up_waiting_does_not_keep_the_turn()
    {
        var turns = new WriteTurns(oneAtATime: true);
        var first = await turns.TakeAsync(CancellationToken.None);
        using var gone = new CancellationTokenSource();
        var waiting = turns.TakeAsync(gone.Token).AsTask();
        await gone.CancelAsync();

        Assert.That(async () => await waiting, Throws.InstanceOf<OperationCanceledException>());
        first.Dispose();
        var next = turns.TakeAsync(CancellationToken.None);
        Assert.That(next.IsCompleted, Is.True);
        (await next).Dispose();
    }

    [Test]
    public async Task On_sql_server_nobody_waits()
    {
        var turns = new WriteTurns(oneAtATime: false);
        using var first = await turns.TakeAsync(CancellationToken.None);
        var second = turns.TakeAsync(CancellationToken.None);
        Assert.That(second.IsCompleted, Is.True);
    }
}
