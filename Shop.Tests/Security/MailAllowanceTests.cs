namespace Shop.Tests.Security;

/// <summary>The hourly allowance of mail a visitor can make the shop send, counted per mailbox.</summary>
public class MailAllowanceTests
{
    private sealed class Clock : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = new(2026, 12, 6, 9, 0, 0, TimeSpan.Zero);
        public override DateTimeOffset GetUtcNow() => Now;
    }

    [TestCase("Ada+shop@Example.com", "ADA@EXAMPLE.COM")]
    [TestCase(" ada+1+2@example.com ", "ADA@EXAMPLE.COM")]
    [TestCase("ada@example.com", "ADA@EXAMPLE.COM")]
    [TestCase("+news@example.com", "+NEWS@EXAMPLE.COM")]
    public void Plus_addressed_variants_are_one_mailbox(string address, string mailbox) =>
        Assert.That(MailAllowance.Mailbox(address), Is.EqualTo(mailbox));

    [Test]
    public void A_mailbox_gets_its_allowance_an_hour_however_the_address_is_spelled_and_again_the_next_hour()
    {
        var clock = new Clock();
        using var allowance = new MailAllowance(Options.Create(new AccountOptions { MailsPerHour = 3 }), clock);

        var taken = Enumerable.Range(1, 5).Select(i => allowance.TryTake($"victim+{i}@example.com")).ToList();
        var byAccount = allowance.TryTake("some-account", "VICTIM@example.com");
        var otherMailbox = allowance.TryTake("other@example.com");
        clock.Now += TimeSpan.FromHours(1);
        var nextHour = allowance.TryTake("victim+9@example.com");

        Assert.That(taken, Is.EqualTo(new[] { true, true, true, false, false }));
        Assert.That(byAccount, Is.False, "account mail and back-in-stock mail share the mailbox's allowance");
        Assert.That(otherMailbox, Is.True);
        Assert.That(nextHour, Is.True);
    }
}
