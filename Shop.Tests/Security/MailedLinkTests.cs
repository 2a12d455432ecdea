using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;

namespace Shop.Tests.Security;

/// <summary>
/// Account takeover through a forged Host: a reset, confirmation or email-change mail must link to the shop's
/// configured public address, whatever host the request named. In Production only that host is served at all.
/// </summary>
public class MailedLinkTests : ShopFixture
{
    private const string PublicUrl = "https://shop.example";
    protected override Dictionary<string, string?> Settings => NoDemoCatalog(("Shop:PublicUrl", PublicUrl));

    /// <summary>A browser whose requests name the attacker's host, as a forged Host header does.</summary>
    private HttpClient Forged() => App.CreateClient(new WebApplicationFactoryClientOptions
    {
        BaseAddress = new Uri("http://evil.example/"), AllowAutoRedirect = false, HandleCookies = true,
    });

    [Test]
    public async Task A_reset_mail_links_to_the_public_address_not_to_a_forged_host()
    {
        var email = Accounts.UniqueEmail("victim");
        await App.CreateAccountAsync(email);
        using var attacker = Forged();

        var response = await attacker.PostFormAsync("/account/forgot-password", new Dictionary<string, string> { ["Email"] = email });

        Assert.That(response.Headers.Location?.OriginalString, Is.EqualTo("/account/forgot-password/sent"));
        var link = App.LastMailTo(email).FullLinkTo("/account/reset-password");
        Assert.That(link.GetLeftPart(UriPartial.Authority), Is.EqualTo(PublicUrl));
    }

    [Test]
    public async Task Confirmation_and_already_registered_mails_link_to_the_public_address()
    {
        var email = Accounts.UniqueEmail("new");
        using var visitor = Forged();
        var form = new Dictionary<string, string>
        {
            ["FullName"] = "Ada", ["Email"] = email, ["Password"] = Accounts.Password, ["ConfirmPassword"] = Accounts.Password,
        };

        await visitor.PostFormAsync("/account/register", form);
        await visitor.PostFormAsync("/account/register", form);

        var mails = App.MailTo(email);
        Assert.That(mails, Has.Count.EqualTo(2));
        Assert.That(mails[0].FullLinkTo("/account/confirm-email").GetLeftPart(UriPartial.Authority), Is.EqualTo(PublicUrl));
        Assert.That(mails[1].FullLinkTo("/account/sign-in").GetLeftPart(UriPartial.Authority), Is.EqualTo(PublicUrl));
        Assert.That(mails[1].TextBody, Does.Contain(PublicUrl + "/account/forgot-password").And.Not.Contain("evil.example"));
    }

    [Test]
    public async Task An_email_change_mail_links_to_the_public_address()
    {
        var email = Accounts.UniqueEmail();
        var newEmail = Accounts.UniqueEmail("moved");
        await App.CreateAccountAsync(email);
        using var client = Forged();
        await client.SignInAsync(email);

        await client.PostFormAsync("/account/email", new Dictionary<string, string> { ["NewEmail"] = newEmail, ["CurrentPassword"] = Accounts.Password });

        Assert.That(App.LastMailTo(newEmail).FullLinkTo("/account/email/confirm").GetLeftPart(UriPartial.Authority), Is.EqualTo(PublicUrl));
    }

    [Test]
    public void Production_refuses_to_start_without_a_public_address_and_names_the_key()
    {
        // What the operator then sees: FirstStartTests.Production_without_a_public_address_ends_in_one_sentence_naming_the_setting
        var error = Assert.Throws<Shop.Web.StartupFailure>(() => ShopUrlIn("Production", ""));

        Assert.That(error!.Message, Does.StartWith("Shop:PublicUrl is not set"));
    }

    [TestCase("shop.example")]
    [TestCase("ftp://shop.example")]
    [TestCase("https://shop.example/?next=evil")]
    public void A_public_address_that_is_not_an_http_url_stops_the_start(string value)
    {
        var error = Assert.Throws<Shop.Web.StartupFailure>(() => ShopUrlIn("Development", value));

        Assert.That(error!.Message, Does.StartWith("Shop:PublicUrl must be an absolute http or https address"));
    }

    private static Shop.Web.Shared.ShopUrl ShopUrlIn(string environment, string value) => Shop.Web.Shared.ShopUrl.From(
        new ConfigurationBuilder().AddInMemoryCollection([new(Shop.Web.Shared.ShopUrl.Key, value)]).Build(),
        new Microsoft.Extensions.Hosting.Internal.HostingEnvironment { EnvironmentName = environment });

    [Test]
    public async Task In_production_only_the_public_host_is_served_and_a_forwarded_host_cannot_change_it()
    {
        using var server = new ShopServer(new()
        {
            ["environment"] = "Production", ["Shop:SeedDemoCatalog"] = "false", ["Shop:PublicUrl"] = PublicUrl,
            ["ForwardedHeaders:KnownProxies:0"] = "127.0.0.1",
        });
        var email = Accounts.UniqueEmail("victim");
        await server.CreateAccountAsync(email);
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true }) { BaseAddress = new Uri(server.BaseUrl) };

        using var forged = new HttpRequestMessage(HttpMethod.Get, "/account/forgot-password") { Headers = { Host = "evil.example" } };
        Assert.That((await client.SendAsync(forged)).StatusCode, Is.EqualTo(HttpStatusCode.BadRequest), "a forged Host is refused");

        // Through the trusted proxy (loopback): the Host is the shop's, X-Forwarded-Host names the attacker.
        client.DefaultRequestHeaders.Host = "shop.example";
        client.DefaultRequestHeaders.Add("X-Forwarded-Host", "evil.example");
        var response = await client.PostFormAsync("/account/forgot-password", new Dictionary<string, string> { ["Email"] = email });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(server.LastMailTo(email).FullLinkTo("/account/reset-password").GetLeftPart(UriPartial.Authority), Is.EqualTo(PublicUrl));
    }

    [Test]
    public async Task Without_a_public_address_outside_production_links_go_to_the_servers_own_address()
    {
        using var server = new ShopServer(new() { ["Shop:SeedDemoCatalog"] = "false" });
        var email = Accounts.UniqueEmail();
        await server.CreateAccountAsync(email);
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true }) { BaseAddress = new Uri("http://localhost:" + new Uri(server.BaseUrl).Port) };

        await client.PostFormAsync("/account/forgot-password", new Dictionary<string, string> { ["Email"] = email });

        Assert.That(server.LastMailTo(email).FullLinkTo("/account/reset-password").GetLeftPart(UriPartial.Authority), Is.EqualTo(server.BaseUrl));
    }
}
