using Shop.Web.Shared;

namespace Shop.Tests.Security;

/// <summary>The hourly allowance of mail a visitor can make the shop send, counted per mailbox.</summary>
public class MailAllowanceTests
{
    private sealed class Clock : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = new(2026, 12, 6, 9, 0, 0, TimeSpan.Zero);
        public override DateTimeOffset GetUtcNow() => Now;
    }

    [TestCase("Ada+shop@Example.com", "ada@example.com")]
    [TestCase(" ada+1+2@example.com ", "ada@example.com")]
    [TestCase("ada@example.com", "ada@example.com")]
    [TestCase("+news@example.com", "+news@example.com")]
    [TestCase("a.d.a@example.com", "a.d.a@example.com")]
    public void Plus_addressed_variants_are_one_mailbox(string address, string mailbox) =>
        Assert.That(MailAllowance.Mailbox(address), Is.EqualTo(mailbox));

    [Test]
    public async Task A_mailbox_gets_its_allowance_an_hour_however_the_address_is_spelled_and_again_the_next_hour()
    {
        var clock = new Clock();
        using var counts = new LocalWindowCounts(clock);
        var allowance = new MailAllowance(Options.Create(new AccountOptions { MailsPerHour = 3 }), counts);

        var taken = new List<bool>();
        for (var i = 1; i <= 5; i++) taken.Add(await allowance.TryTakeAsync($"victim+{i}@example.com"));
        var byAccount = await allowance.TryTakeAsync("some-account", "VICTIM@example.com");
        var otherMailbox = await allowance.TryTakeAsync("other@example.com");
        clock.Now += TimeSpan.FromHours(1);
        var nextHour = await allowance.TryTakeAsync("victim+9@example.com");

        Assert.That(taken, Is.EqualTo(new[] { true, true, true, false, false }));
        Assert.That(byAccount, Is.False, "account mail and back-in-stock mail share the mailbox's allowance");
        Assert.That(otherMailbox, Is.True);
        Assert.That(nextHour, Is.True);
    }

    [Test]
    public async Task Two_nodes_give_a_mailbox_its_allowance_once_between_them()
    {
        using var shared = new LocalWindowCounts(new Clock()); // what Redis is to the nodes
        var nodeA = new MailAllowance(Options.Create(new AccountOptions { MailsPerHour = 5 }), shared);
        var nodeB = new MailAllowance(Options.Create(new AccountOptions { MailsPerHour = 5 }), shared);

        var taken = new List<bool>();
        for (var i = 0; i < 12; i++) taken.Add(await (i % 2 == 0 ? nodeA : nodeB).TryTakeAsync("account-1", "real3@nodes.test"));

        Assert.That(taken.Count(t => t), Is.EqualTo(5), "the documented 5 an hour, not 5 per node");
    }
}
