using Shop.Web.Shared;

namespace Shop.Tests.Shared;

/// <summary>Retry-After from a wait: whole seconds, rounded up, so a client that waits what it was told is let in.</summary>
public class RetryAfterTests
{
    [TestCase(59.2, 60)]
    [TestCase(60.0, 60)]
    [TestCase(0.3, 1)]
    [TestCase(0.0, 1)]
    [TestCase(899.001, 900)]
    public void Waits_are_whole_seconds_rounded_up(double seconds, long header) =>
        Assert.That(RetryAfter.Seconds(TimeSpan.FromSeconds(seconds)), Is.EqualTo(header));
}
