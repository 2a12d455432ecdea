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
    public async Task The_shop_queues_its_writers_on_sqlite_only()
    {
        // A server database locks rows, not the whole file: writers there never wait for a turn.
        using var app = new ShopApp();
        var turns = app.Services.GetRequiredService<WriteTurns>();
        var first = await turns.TakeAsync(CancellationToken.None);
        var second = turns.TakeAsync(CancellationToken.None).AsTask();
        var waited = !second.IsCompleted;
        first.Dispose();
        (await second.WaitAsync(TimeSpan.FromSeconds(5))).Dispose();
        Assert.That(waited, Is.EqualTo(!TestDatabases.OnPostgres));
    }

    [Test]
    public async Task The_turn_passes_to_the_next_writer_on_the_spot_not_through_the_thread_pool_queue()
    {
        var turns = new WriteTurns(oneAtATime: true);
        var first = await turns.TakeAsync(CancellationToken.None);
        var secondWrote = false;
        var second = WriteAsync();
        Assert.That(secondWrote, Is.False, "one writer at a time");

        // Ended on a request thread (no synchronization context, as in ASP.NET Core), not the test runner's.
        var wroteWhileTheTurnEnded = await Task.Run(() =>
        {
            first.Dispose();
            return secondWrote;
        });
        Assert.That(wroteWhileTheTurnEnded, Is.True, "the next writer ran before the last one had finished ending its turn");
        await second;
        (await turns.TakeAsync(CancellationToken.None)).Dispose();

        async Task WriteAsync()
        {
            using (await turns.TakeAsync(CancellationToken.None).ConfigureAwait(false)) secondWrote = true;
        }
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
    public async Task A_writer_that_gave_up_is_passed_over()
    {
        var turns = new WriteTurns(oneAtATime: true);
        var first = await turns.TakeAsync(CancellationToken.None);
        using var gone = new CancellationTokenSource();
        var gaveUp = turns.TakeAsync(gone.Token).AsTask();
        var third = turns.TakeAsync(CancellationToken.None).AsTask();
        await gone.CancelAsync();

        await Task.Run(first.Dispose);
        Assert.That(third.IsCompletedSuccessfully, Is.True, "the turn went past the writer who gave up");
        Assert.That(async () => await gaveUp, Throws.InstanceOf<OperationCanceledException>());
        (await third).Dispose();
    }

    [Test]
    public async Task On_sql_server_nobody_waits()
    {
        var turns = new WriteTurns(oneAtATime: false);
        using var first = await turns.TakeAsync(CancellationToken.None);
        var second = turns.TakeAsync(CancellationToken.None);
        Assert.That(second.IsCompleted, Is.True);
    }

    // Writers take turns on SQLite only: on PostgreSQL the second one never waits, so there is nothing to see.
    [Test, Category(TestCategories.SqliteOnly)]
    public async Task A_writer_commits_inside_its_turn_so_the_next_one_sees_its_change()
    {
        using var app = new ShopApp();
        var turns = app.Services.GetRequiredService<WriteTurns>();
        await using var firstScope = app.Services.CreateAsyncScope();
        await using var secondScope = app.Services.CreateAsyncScope();
        var (db1, db2) = (firstScope.ServiceProvider.GetRequiredService<ShopDbContext>(), secondScope.ServiceProvider.GetRequiredService<ShopDbContext>());
        var holding = new TaskCompletionSource();

        var first = turns.RunAsync(db1, async ct =>
        {
            db1.Categories.Add(new Category("Turns", "turns", "", 99));
            await db1.SaveChangesAsync(ct);
            await holding.Task; // the second writer queues meanwhile
            return true;
        }, CancellationToken.None);
        var second = turns.RunAsync(db2, ct => db2.Categories.CountAsync(c => c.Slug == "turns", ct), CancellationToken.None);
        Assert.That(second.IsCompleted, Is.False, "one writer at a time");

        holding.SetResult();
        Assert.That(await second.WaitAsync(TimeSpan.FromSeconds(30)), Is.EqualTo(1), "the first writer's row was committed before the turn passed");
        Assert.That(await first, Is.True);
    }
}
