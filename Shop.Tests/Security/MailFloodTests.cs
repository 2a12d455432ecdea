using Shop.Web.Mail;

namespace Shop.Tests.Security;

/// <summary>
/// Nobody can use the shop to flood an inbox: mail a visitor can trigger is limited per account and per address
/// (Shop:Accounts:MailsPerHour, 5 by default). A failed send is logged without the address.
/// </summary>
public class MailFloodTests : ShopFixture
{
    protected override Dictionary<string, string?> Settings => NoDemoCatalog();

    [Test]
    public async Task Reset_mails_stop_after_five_an_hour_for_one_account_and_the_page_answers_the_same()
    {
        var email = Accounts.UniqueEmail("flooded");
        await App.CreateAccountAsync(email);
        using var attacker = App.Browser();

        for (var i = 0; i < 8; i++)
        {
            var response = await attacker.PostFormAsync("/account/forgot-password", new Dictionary<string, string> { ["Email"] = email });
            Assert.That(response.Headers.Location?.OriginalString, Is.EqualTo("/account/forgot-password/sent"));
        }

        Assert.That(App.MailTo(email), Has.Count.EqualTo(5));
    }

    [Test]
    public async Task Registering_an_address_again_and_again_sends_it_at_most_five_mails()
    {
        var victim = Accounts.UniqueEmail("victim");
        using var attacker = App.Browser();
        for (var i = 0; i < 8; i++)
        {
            await attacker.PostFormAsync("/account/register", new Dictionary<string, string>
            {
                ["FullName"] = "Cheap pills at spam.example", ["Email"] = victim, ["Password"] = Accounts.Password, ["ConfirmPassword"] = Accounts.Password,
            });
        }

        var mails = App.MailTo(victim);
        Assert.That(mails, Has.Count.EqualTo(5));
        Assert.That(mails.Select(m => m.TextBody), Has.None.Contain("spam.example"), "the typed name never reaches an unconfirmed address");
    }

    [Test]
    public async Task Email_change_mails_to_one_address_are_limited_and_the_page_says_so()
    {
        var target = Accounts.UniqueEmail("target");
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 6; i++)
        {
            var email = Accounts.UniqueEmail("asker");
            using var session = await App.CreateAccountAndSignInAsync(email);
            var response = await session.PostFormAsync("/account/email", new Dictionary<string, string> { ["NewEmail"] = target, ["CurrentPassword"] = Accounts.Password });
            statuses.Add(response.StatusCode);
        }

        Assert.That(App.MailTo(target), Has.Count.EqualTo(5), "several accounts cannot flood one address together");
        Assert.That(statuses[..5], Has.All.EqualTo(HttpStatusCode.Redirect));
        Assert.That(statuses[5], Is.EqualTo(HttpStatusCode.TooManyRequests));
    }

    [Test]
    public async Task A_mail_that_cannot_be_sent_is_logged_without_the_address()
    {
        var log = new LogCapture();
        using var app = new ShopApp(new() { ["Shop:SeedDemoCatalog"] = "false", ["Mail:Retries"] = "0", ["Logging:LogLevel:Default"] = "Information" })
        {
            TestServices = s =>
            {
                s.AddSingleton<ILoggerProvider>(log);
                s.AddSingleton<IMailSender, RefusingMailServer>();
            },
        };
        var email = Accounts.UniqueEmail("private");
        await app.CreateAccountAsync(email);
        using var client = app.Browser();

        await client.PostFormAsync("/account/forgot-password", new Dictionary<string, string> { ["Email"] = email });
        await app.Services.GetRequiredService<MailOutbox>().SentAsync(CancellationToken.None);

        var failures = log.Lines.Where(l => l.Contains("Could not send mail", StringComparison.Ordinal)).ToList();
        Assert.That(failures, Is.Not.Empty);
        Assert.That(failures, Has.All.Contain(MaskedEmail.Of(email)).And.None.Contain(email).IgnoreCase);
        Assert.That(log.Lines, Has.None.Contain(email).IgnoreCase);
    }

    /// <summary>A mail server that refuses the recipient, quoting the address as real servers do.</summary>
    private sealed class RefusingMailServer : IMailSender
    {
        public Task SendAsync(MailMessage message, CancellationToken cancellationToken = default) =>
            throw new InvalidOperationException($"550 5.1.1 <{message.To}>: Recipient address rejected");
    }
}
