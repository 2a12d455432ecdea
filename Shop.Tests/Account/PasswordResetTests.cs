namespace Shop.Tests.Account;

/// <summary>Forgot password: mail, link, new password; links that are used, tampered with or expired are refused clearly.</summary>
public class PasswordResetTests : ShopFixture
{
    protected override Dictionary<string, string?> Settings => NoDemoCatalog();

    private static Dictionary<string, string> Email(string email) => new() { ["Email"] = email };

    private async Task<string> RequestResetLinkAsync(HttpClient client, string email)
    {
        var response = await client.PostFormAsync("/account/forgot-password", Email(email));
        Assert.That(response.Headers.Location?.OriginalString, Is.EqualTo("/account/forgot-password/sent"));
        return App.LastMailTo(email).LinkTo("/account/reset-password");
    }

    [Test]
    public async Task Forgot_password_mails_a_link_that_sets_a_new_password_once()
    {
        var email = Accounts.UniqueEmail();
        await App.CreateAccountAsync(email);
        using var client = App.Browser();

        var link = await RequestResetLinkAsync(client, email);
        Assert.That(App.LastMailTo(email).TextBody, Does.Contain("works for 3 hours"));

        var reset = await client.PostFormAsync(link, new Dictionary<string, string> { ["Password"] = "a-brand-new-passphrase" });
        Assert.That(reset.Headers.Location?.OriginalString, Is.EqualTo("/account/reset-password/done"));

        Assert.That((await client.PostSignInAsync(email, Accounts.Password)).StatusCode, Is.EqualTo(HttpStatusCode.BadRequest), "old password is gone");
        await client.SignInAsync(email, "a-brand-new-passphrase");

        var (again, page) = await client.GetPageAsync(link);
        Assert.That(again.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest), "a used link no longer works");
        Assert.That(page.Text(".link-invalid"), Does.Contain("expired, was already used"));
    }

    [Test]
    public async Task A_double_click_on_Set_password_answers_both_posts_as_done()
    {
        var email = Accounts.UniqueEmail();
        await App.CreateAccountAsync(email);
        using var client = App.Browser();
        var link = await RequestResetLinkAsync(client, email);
        var (_, page) = await client.GetPageAsync(link);
        var password = new Dictionary<string, string> { ["Password"] = "a-brand-new-passphrase" };

        // Two at once, then one more a moment later: the link was used by the first, for the password each carries.
        var posts = await Task.WhenAll(client.SubmitAsync(page, link, password), client.SubmitAsync(page, link, password));
        var later = await client.SubmitAsync(page, link, password);
        var other = await client.SubmitAsync(page, link, new Dictionary<string, string> { ["Password"] = "another-new-passphrase" });

        Assert.Multiple(async () =>
        {
            Assert.That(posts.Append(later).Select(p => p.Headers.Location?.OriginalString), Is.All.EqualTo("/account/reset-password/done"));
            Assert.That(other.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest), "a used link sets no other password");
            Assert.That((await other.ReadHtmlAsync()).Text(".link-invalid"), Does.Contain("expired, was already used"));
        });
        await client.SignInAsync(email, "a-brand-new-passphrase");
    }

    [Test]
    public async Task Forgot_password_answers_the_same_for_an_unknown_email_and_sends_nothing()
    {
        using var client = App.Browser();
        var email = Accounts.UniqueEmail("nobody");

        var response = await client.PostFormAsync("/account/forgot-password", Email(email));

        Assert.That(response.Headers.Location?.OriginalString, Is.EqualTo("/account/forgot-password/sent"));
        Assert.That(App.MailTo(email), Is.Empty);
    }

    [Test]
    public async Task A_tampered_reset_link_is_refused_with_a_clear_message()
    {
        var email = Accounts.UniqueEmail();
        await App.CreateAccountAsync(email);
        using var client = App.Browser();
        var link = await RequestResetLinkAsync(client, email);
        var tampered = link[..^6] + (link[^6] == 'A' ? 'B' : 'A') + link[^5..];

        var (response, page) = await client.GetPageAsync(tampered);
        var (cut, _) = await client.GetPageAsync(link[..(link.IndexOf("code=", StringComparison.Ordinal) + 8)]);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(page.Text("h1"), Is.EqualTo("This link doesn't work"));
        Assert.That(cut.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
    }

    [Test]
    public async Task A_tampered_code_posted_by_hand_does_not_change_the_password()
    {
        var email = Accounts.UniqueEmail();
        var user = await App.CreateAccountAsync(email);
        using var client = App.Browser();
        var link = await RequestResetLinkAsync(client, email);
        var (_, page) = await client.GetPageAsync(link);

        var response = await client.SubmitAsync(page, link, new Dictionary<string, string>
        {
            ["Code"] = Shop.Web.Account.LinkCodes.Encode("forged-token"), ["UserId"] = user.Id, ["Password"] = "attacker-chosen-password",
        });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((await response.ReadHtmlAsync()).Text(".link-invalid"), Does.Contain("expired, was already used"));
        await client.SignInAsync(email);
    }

    [Test]
    public async Task A_new_password_must_follow_the_policy()
    {
        var email = Accounts.UniqueEmail();
        await App.CreateAccountAsync(email);
        using var client = App.Browser();
        var link = await RequestResetLinkAsync(client, email);

        var response = await client.PostFormAsync(link, new Dictionary<string, string> { ["Password"] = "iloveyou123" });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((await response.ReadHtmlAsync()).Text("[data-valmsg-for=Password]"), Does.StartWith("That password is too common."));
    }

    [Test]
    public async Task A_reset_link_stops_working_when_its_lifetime_is_over()
    {
        // A zero lifetime makes every link expired by the time it is opened: no waiting, no clock tricks.
        using var app = new ShopApp(new() { ["Shop:SeedDemoCatalog"] = "false", ["Shop:Accounts:LinkLifetime"] = "00:00:00" });
        var email = Accounts.UniqueEmail();
        await app.CreateAccountAsync(email);
        using var client = app.Browser();

        await client.PostFormAsync("/account/forgot-password", Email(email));
        var link = app.LastMailTo(email).LinkTo("/account/reset-password");
        var (response, page) = await client.GetPageAsync(link);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(page.Text(".link-invalid"), Does.Contain("has expired"));
    }
}
