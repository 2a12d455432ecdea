using Shop.Web.Shared;

namespace Shop.Tests.Security;

/// <summary>
/// A made-up email locks at the same attempt as a real account (whose failures the database counts for every node),
/// whichever nodes the attempts reach. Here one shared count stands in for Redis; tools/cluster-test.sh does it for real.
/// </summary>
public class UnknownEmailAttemptsTests
{
    [Test]
    public async Task Failures_alternating_between_two_nodes_lock_an_unknown_email_at_the_fifth()
    {
        using var shared = new LocalWindowCounts(TimeProvider.System);
        var nodes = new[] { new UnknownEmailAttempts(shared), new UnknownEmailAttempts(shared) };

        var locked = new List<bool>();
        for (var i = 0; i < UnknownEmailAttempts.MaxAttempts; i++)
            locked.Add(await nodes[i % 2].FailAndCheckLockedAsync(" Ghost4@nodes.test", CancellationToken.None));

        Assert.That(locked, Is.EqualTo(new[] { false, false, false, false, true }));
    }
}
