using Microsoft.Extensions.Configuration;
using Shop.Web.Shared;
using Shop.Web.Mail;

namespace Shop.Tests.Mail;

/// <summary>Mail goes out in the background: requests never wait for the mail server, and a failed send is tried again.</summary>
public class MailDeliveryTests
{
    private static ShopApp AppWith(MailServer server, LogCapture? log = null, int retries = 3) =>
        new(new() { ["Shop:SeedDemoCatalog"] = "false", ["Mail:Retries"] = $"{retries}", ["Mail:RetryAfter"] = "00:00:00.05" })
        {
            TestServices = services =>
            {
                services.AddSingleton<MailDropFolder>();
                services.AddSingleton<IMailSender>(sp => server.In(sp.GetRequiredService<MailDropFolder>()));
                if (log is not null) services.AddSingleton<ILoggerProvider>(log);
            },
        };

    [Test]
    public async Task Forgot_password_answers_while_the_mail_server_holds_the_mail()
    {
        var server = new MailServer();
        using var app = AppWith(server);
        var email = Accounts.UniqueEmail();
        await app.CreateAccountAsync(email);
        using var client = app.Browser();

        server.Hold.Arm();
        var response = await client.PostFormAsync("/account/forgot-password", new Dictionary<string, string> { ["Email"] = email });
        await server.Hold.Reached; // the reset mail is at the server, which has not answered

        Assert.That(response.Headers.Location?.OriginalString, Is.EqualTo("/account/forgot-password/sent"), "answered while the mail waits");
        server.Hold.Release();
        Assert.That(app.LastMailTo(email).Subject, Does.Contain("Reset your"));
    }

    [Test]
    public async Task Registering_while_the_mail_server_is_down_works_and_the_confirmation_arrives_when_it_is_back()
    {
        var server = new MailServer { FailNext = 2 };
        using var app = AppWith(server);
        using var client = app.Browser();
        var email = Accounts.UniqueEmail();

        var response = await client.PostFormAsync("/account/register",
            new Dictionary<string, string> { ["FullName"] = "Grace Hopper", ["Email"] = email, ["Password"] = Accounts.Password });

        Assert.That(response.Headers.Location?.OriginalString, Is.EqualTo("/account/check-email"));
        Assert.That(app.LastMailTo(email).Subject, Does.Contain("Confirm your email"));
        Assert.That(server.Tries, Is.EqualTo(3), "two refusals, then delivered");
    }

    [Test]
    public void A_mail_that_keeps_failing_is_given_up_after_its_retries_and_an_operator_is_told()
    {
        var log = new LogCapture();
        var server = new MailServer { FailNext = int.MaxValue };
        using var app = AppWith(server, log, retries: 2);

        app.Services.GetRequiredService<MailOutbox>().Enqueue(new MailMessage("lost@example.com", "Your order", "<p>Hi</p>", "Hi"));

        Assert.That(app.MailTo("lost@example.com"), Is.Empty); // waits until the outbox has given up
        Assert.That(server.Tries, Is.EqualTo(3), "the first try and two retries");
        Assert.That(log.Lines.Count(l => l.Contains("trying again in")), Is.EqualTo(2));
        Assert.That(log.Lines, Has.One.Contains("\"Your order\" to l***@example.com after 3 tries").And.Contains("giving up"));
        Assert.That(log.Lines, Has.None.Contains("lost@example.com"), "the address is masked");
    }

    [Test]
    public void A_mail_to_an_address_that_cannot_be_sent_to_is_given_up_at_once_and_the_next_one_goes_out()
    {
        var log = new LogCapture();
        var server = new MailServer();
        using var app = AppWith(server, log, retries: 2);
        var outbox = app.Services.GetRequiredService<MailOutbox>();

        outbox.Enqueue(new MailMessage("a@b.c\r\nBcc: x@y.z", "Your order", "<p>Hi</p>", "Hi"));
        outbox.Enqueue(new MailMessage("next@example.com", "Your order", "<p>Hi</p>", "Hi"));

        Assert.That(app.MailTo("next@example.com"), Has.Count.EqualTo(1));
        Assert.That(server.Tries, Is.EqualTo(2), "one try each, no retry");
        Assert.That(log.Lines, Has.One.Contains("\"Your order\" to a***@y.z: the address cannot be sent to").And.Contains("giving up"));
        Assert.That(log.Lines, Has.None.Contains("trying again"));
        Assert.That(log.Lines, Has.None.Contains("Bcc"), "the address is not written to the log");
        Assert.That(Directory.GetFiles(Path.Combine(app.DataDirectory, "mail")), Has.Length.EqualTo(1), "nothing written for the bad address");
    }

    [Test]
    public async Task A_dropped_mail_file_is_seven_bit_and_says_how_its_text_is_encoded()
    {
        using var app = new ShopApp(new() { ["Shop:SeedDemoCatalog"] = "false" });
        await app.Services.GetRequiredService<IMailSender>().SendAsync(
            new MailMessage("gruss@example.com", "Grüße", "<p>Schöne Grüße – 12,50 €</p>", "Schöne Grüße – 12,50 €"));

        var file = Directory.GetFiles(Path.Combine(app.DataDirectory, "mail"), "*.eml").Single();
        var bytes = await File.ReadAllBytesAsync(file);
        var mail = MimeKit.MimeMessage.Load(file);
        Assert.Multiple(() =>
        {
            Assert.That(bytes.Where(b => b > 127), Is.Empty, "no raw 8-bit text");
            Assert.That(System.Text.Encoding.ASCII.GetString(bytes), Does.Contain("Content-Transfer-Encoding:"));
            Assert.That(mail.TextBody!.Trim(), Is.EqualTo("Schöne Grüße – 12,50 €"));
            Assert.That(mail.HtmlBody!, Does.Contain("Schöne Grüße – 12,50 €"));
            Assert.That(mail.Subject, Is.EqualTo("Grüße"));
        });
    }

    [Test]
    public async Task Mail_waits_while_shoppers_wait_in_the_Pay_queue_and_goes_out_when_none_do()
    {
        var server = new MailServer();
        using var app = new ShopApp(new() { ["Shop:SeedDemoCatalog"] = "false", ["RateLimits:inturn:AtOnce"] = "1" })
        {
            TestServices = services =>
            {
                services.AddSingleton<MailDropFolder>();
                services.AddSingleton<IMailSender>(sp => server.In(sp.GetRequiredService<MailDropFolder>()));
            },
        };
        var queue = app.Services.GetRequiredService<TurnQueue>();
        var served = queue.Enter();
        var waiting = queue.Enter(); // one more than served at once: a shopper waits

        app.Services.GetRequiredService<MailOutbox>().Enqueue(new MailMessage("later@example.com", "Your order", "<p>Hi</p>", "Hi"));
        await Task.Delay(300);
        Assert.That(server.Tries, Is.Zero, "not sent while a shopper waits");

        waiting.Dispose();
        Assert.That(app.MailTo("later@example.com"), Has.Count.EqualTo(1), "sent once none waits, though one is still served");
        served.Dispose();
    }

    [Test]
    public async Task The_Pay_queue_counts_waiting_shoppers_and_a_wait_for_them_ends_when_they_are_gone_or_after_its_limit()
    {
        var queue = new TurnQueue(new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["RateLimits:inturn:AtOnce"] = "2" }).Build());
        var open = Enumerable.Range(0, 3).Select(_ => queue.Enter()).ToList();
        Assert.That(queue.ShoppersWaiting, Is.True, "three open, two served at once");

        var clock = System.Diagnostics.Stopwatch.StartNew();
        await queue.WhenNoneWaitAsync(TimeSpan.FromMilliseconds(200), CancellationToken.None);
        Assert.That(clock.Elapsed, Is.GreaterThanOrEqualTo(TimeSpan.FromMilliseconds(190)), "waited until its limit");

        var wait = queue.WhenNoneWaitAsync(TimeSpan.FromMinutes(1), CancellationToken.None);
        await Task.Delay(100);
        Assert.That(wait.IsCompleted, Is.False, "still waiting");
        open[0].Dispose();
        Assert.That(queue.ShoppersWaiting, Is.False);
        Assert.That(await Task.WhenAny(wait, Task.Delay(TimeSpan.FromSeconds(10))), Is.SameAs(wait), "ends once none waits");
    }

    [TestCase("00:00:30", 1, 30.0)]
    [TestCase("00:00:30", 3, 3000.0)]
    [TestCase("00:00:30", 20, 86400.0)]
    [TestCase("-00:00:05", 1, 0.0)]
    public void Each_wait_before_a_retry_is_ten_times_the_last_and_never_over_a_day_or_negative(string first, int retry, double seconds) =>
        Assert.That(new MailOptions { RetryAfter = TimeSpan.Parse(first) }.WaitBeforeRetry(retry), Is.EqualTo(TimeSpan.FromSeconds(seconds)));

    /// <summary>A mail server that can refuse the next few mails or hold one, in front of the drop folder.</summary>
    private sealed class MailServer
    {
        private int _failNext;
        private int _tries;

        public Hold Hold { get; } = new();

        public int FailNext
        {
            init => _failNext = value;
        }

        public int Tries => Volatile.Read(ref _tries);

        public IMailSender In(IMailSender drop) => new Sender(this, drop);

        private sealed class Sender(MailServer server, IMailSender drop) : IMailSender
        {
            public async Task SendAsync(MailMessage message, CancellationToken cancellationToken = default)
            {
                Interlocked.Increment(ref server._tries);
                await server.Hold.PassAsync();
                if (Interlocked.Decrement(ref server._failNext) >= 0) throw new IOException("451 try again later");
                await drop.SendAsync(message, cancellationToken);
            }
        }
    }
}
