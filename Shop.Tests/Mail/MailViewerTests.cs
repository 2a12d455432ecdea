using Shop.Web.Mail;
using Shop.Web.Shared;

namespace Shop.Tests.Mail;

/// <summary>/dev/mail: in Development, the mails the shop wrote, newest first, with live links; elsewhere no such page.</summary>
public class MailViewerTests
{
    private ShopApp _app = null!;
    private readonly LogCapture _log = new();

    [OneTimeSetUp]
    public void StartDevelopmentShop() => _app = new ShopApp(new() { ["Shop:SeedDemoCatalog"] = "false", ["Logging:LogLevel:Shop.Web.Mail"] = "Information" })
    {
        Environment = "Development",
        TestServices = s => s.AddSingleton<ILoggerProvider>(_log),
    };

    [OneTimeTearDown]
    public void StopShop() => _app.Dispose();

    [Test]
    public async Task Lists_the_mails_the_shop_just_sent_newest_first_and_shows_one_with_a_clickable_confirmation_link()
    {
        using var client = _app.Browser();
        var email = Accounts.UniqueEmail();
        var registered = await client.PostFormAsync("/account/register",
            new Dictionary<string, string> { ["FullName"] = "Grace Hopper", ["Email"] = email, ["Password"] = Accounts.Password });
        Assert.That(registered.Headers.Location?.OriginalString, Is.EqualTo("/account/check-email"));
        var confirmation = _app.LastMailTo(email);
        var later = Accounts.UniqueEmail();
        await _app.CreateAccountAsync(later);
        await client.PostFormAsync("/account/forgot-password", new Dictionary<string, string> { ["Email"] = later });
        var reset = _app.LastMailTo(later);
        Assert.That(reset.Subject, Does.StartWith("Reset your"));

        var (list, page) = await client.GetPageAsync("/dev/mail");
        Assert.That(list.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(list.Headers.GetValues("Content-Security-Policy").Single(), Is.EqualTo(SecurityHeaders.ContentSecurityPolicy), "the shop's CSP");
        var rows = page.QuerySelectorAll(".dev-mail-list tbody tr").ToList();
        var mine = rows.Where(r => r.Text().Contains(email) || r.Text().Contains(later)).Select(r => r.QuerySelector("td:last-child").Text()).ToList();
        Assert.That(mine, Is.EqualTo(new[] { reset.Subject, confirmation.Subject }), "newest first");
        Assert.That(rows[0].QuerySelector("td").Text(), Does.Match(@"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$"), "the date");

        var href = rows.Single(r => r.Text().Contains(email)).QuerySelector("a")!.GetAttribute("href")!;
        Assert.That(href, Does.Match("^/dev/mail/[0-9a-f-]+$"), "a safe id, not a file name");
        var (shown, mailPage) = await client.GetPageAsync(href);
        Assert.That(shown.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(mailPage.Text("h1"), Is.EqualTo(confirmation.Subject));
        Assert.That(mailPage.Text(".dev-mail-headers"), Does.Contain(email));
        var expected = confirmation.FullLinkTo("/account/confirm-email").OriginalString;
        var links = mailPage.QuerySelectorAll(".dev-mail-body a[href]").Select(a => a.GetAttribute("href")).ToList();
        Assert.That(links, Does.Contain(expected), "the confirmation link is clickable");
        Assert.That(mailPage.QuerySelectorAll(".dev-mail-body *").Select(e => e.LocalName).Distinct(), Is.EquivalentTo(new[] { "a" }),
            "none of the mail's own markup");

        var (confirmed, _) = await client.GetPageAsync(new Uri(expected).PathAndQuery);
        Assert.That(confirmed.StatusCode, Is.EqualTo(HttpStatusCode.OK), "the link works");
    }

    [Test]
    public async Task The_log_line_for_a_written_mail_names_the_viewer()
    {
        await _app.CreateAccountAsync(Accounts.UniqueEmail());
        using var client = _app.Browser();
        var email = Accounts.UniqueEmail();
        await _app.CreateAccountAsync(email);
        await client.PostFormAsync("/account/forgot-password", new Dictionary<string, string> { ["Email"] = email });
        _app.LastMailTo(email);
        Assert.That(_log.Lines, Has.Some.Match("written to .*mail.*; read it at /dev/mail"));
    }

    [TestCase("..")]
    [TestCase("..%2f..%2fappsettings.json")]
    [TestCase("%2e%2e")]
    [TestCase("%2e%2e%2f%2e%2e%2fshop.db")]
    [TestCase("..%5c..%5cshop")]
    [TestCase("20260101-000000-000-00000000000000000000000000000000")]
    [TestCase("20260101-000000-000-00000000000000000000000000000000.eml")]
    [TestCase("ABC")]
    [TestCase("%20")]
    [TestCase("long")]
    public async Task A_hostile_or_unknown_id_is_not_found(string id)
    {
        if (id == "long") id = new string('a', 4000);
        using var client = _app.Browser();
        var response = await client.GetAsync($"/dev/mail/{id}");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound), id);
    }

    [Test]
    public async Task With_smtp_configured_the_viewer_says_new_mail_does_not_arrive_there()
    {
        using var app = new ShopApp(new() { ["Shop:SeedDemoCatalog"] = "false", ["Mail:Smtp:Host"] = "smtp.example" }) { Environment = "Development" };
        using var client = app.Browser();
        var (response, page) = await client.GetPageAsync("/dev/mail");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(page.Text(".alert"), Does.Contain("SMTP"));
        Assert.That(page.Text(".dev-mail-empty"), Does.StartWith("No mail yet"));
    }

    [TestCase("Production")]
    [TestCase("Testing")]
    [TestCase("Staging")]
    public async Task Outside_development_the_viewer_does_not_exist(string environment)
    {
        using var app = new ShopApp(new() { ["Shop:SeedDemoCatalog"] = "false" }) { Environment = environment };
        var email = Accounts.UniqueEmail();
        app.Services.GetRequiredService<MailOutbox>().Enqueue(new MailMessage(email, "Hello", "<p>Hi</p>", "Hi"));
        Assert.That(app.MailTo(email), Has.Count.EqualTo(1), "written to the drop folder");
        // Production answers only on its public address.
        using var client = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions
        {
            BaseAddress = new Uri("https://shop.example"), AllowAutoRedirect = false,
        });
        var id = Path.GetFileNameWithoutExtension(Directory.GetFiles(Path.Combine(app.DataDirectory, "mail"), "*.eml").Single());

        foreach (var url in new[] { "/dev/mail", $"/dev/mail/{id}" })
        {
            var response = await client.GetAsync(url);
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound), url);
        }
    }
}
