namespace Shop.Tests.Account;

/// <summary>Creating an account, confirming it by mail, and the password policy. One shop; every test uses its own emails.</summary>
public class RegistrationTests : ShopFixture
{
    protected override Dictionary<string, string?> Settings => NoDemoCatalog(("Shop:Name", "Corner Store"));

    private static Dictionary<string, string> Registration(string email, string password = Accounts.Password, string name = "Grace Hopper") =>
        new() { ["FullName"] = name, ["Email"] = email, ["Password"] = password };

    [Test]
    public async Task Register_then_confirm_through_the_mailed_link_then_sign_in()
    {
        using var client = App.Browser();
        var email = Accounts.UniqueEmail();

        var response = await client.PostFormAsync("/account/register", Registration(email));
        Assert.That(response.Headers.Location?.OriginalString, Is.EqualTo("/account/check-email"));
        var (_, checkPage) = await client.GetPageAsync("/account/check-email");
        Assert.That(checkPage.Text("h1"), Is.EqualTo("Check your email"));

        var mail = App.LastMailTo(email);
        Assert.Multiple(() =>
        {
            Assert.That(mail.Subject, Is.EqualTo("Confirm your email for Corner Store"));
            Assert.That(mail.From.Mailboxes.Single().Name, Is.EqualTo("Corner Store"));
            // The address is not proved yet: nothing the visitor typed goes into a mail to it.
            Assert.That(mail.TextBody, Does.StartWith("Hello,").And.Contain("/account/confirm-email?").And.Not.Contain("Grace"));
            Assert.That(mail.HtmlBody, Does.Contain("Hello,").And.Not.Contain("Grace"));
        });

        var refused = await client.PostSignInAsync(email, Accounts.Password);
        Assert.That((await refused.ReadHtmlAsync()).Text(".form-errors"), Does.Contain("confirm your email address first"));

        var (confirmed, confirmPage) = await client.ConfirmEmailAsync(mail.LinkTo("/account/confirm-email"));
        Assert.That(confirmed.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(confirmPage.Text("h1"), Is.EqualTo("Email confirmed"));

        await client.SignInAsync(email);
        var (_, home) = await client.GetPageAsync("/");
        Assert.That(home.Texts(".account-nav a, .account-nav button"), Is.EqualTo(new[] { "My account", "Sign out" }));
    }

    [Test]
    public async Task Opening_the_link_alone_confirms_nothing_as_a_mail_scanner_opens_links()
    {
        using var client = App.Browser();
        var email = Accounts.UniqueEmail();
        await client.PostFormAsync("/account/register", Registration(email));
        var link = App.LastMailTo(email).LinkTo("/account/confirm-email");

        using var scanner = App.Browser();
        var (opened, page) = await scanner.GetPageAsync(link);
        var (again, _) = await scanner.GetPageAsync(link);
        var refused = await client.PostSignInAsync(email, Accounts.Password);

        Assert.Multiple(async () =>
        {
            Assert.That(opened.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(again.StatusCode, Is.EqualTo(HttpStatusCode.OK), "the link still works: nothing was used up");
            Assert.That(page.Text("h1"), Is.EqualTo("Confirm your email address"));
            Assert.That(page.Text("form.confirm-address"), Does.Contain(email));
            Assert.That((await refused.ReadHtmlAsync()).Text(".form-errors"), Does.Contain("confirm your email address first"));
        });

        var (_, confirmed) = await client.ConfirmEmailAsync(link);
        Assert.That(confirmed.Text("h1"), Is.EqualTo("Email confirmed"));
        await client.SignInAsync(email);
    }

    [Test]
    public async Task The_button_with_a_made_up_code_confirms_nothing_and_shows_nothing_before_or_after_confirming()
    {
        using var client = App.Browser();
        var email = Accounts.UniqueEmail();
        await client.PostFormAsync("/account/register", Registration(email));
        var link = App.LastMailTo(email).LinkTo("/account/confirm-email");
        var (_, page) = await client.GetPageAsync(link);
        var madeUp = new Dictionary<string, string?> { ["code"] = "bWFkZS11cA" };

        var before = await client.SubmitFormAsync(page, "form.confirm-address", madeUp);
        await client.ConfirmEmailAsync(link);
        var after = await client.SubmitFormAsync(page, "form.confirm-address", madeUp);

        foreach (var response in new[] { before, after })
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That((await response.ReadHtmlAsync()).Text("h1"), Is.EqualTo("This link doesn't work"));
        }
    }

    [Test]
    public async Task Registering_a_taken_email_shows_the_same_page_and_mails_the_owner_instead()
    {
        var email = Accounts.UniqueEmail("owner");
        await App.CreateAccountAsync(email, name: "Real Owner");
        using var client = App.Browser();

        var response = await client.PostFormAsync("/account/register", Registration(email, "another-long-passphrase", "Someone Else"));

        Assert.That(response.Headers.Location?.OriginalString, Is.EqualTo("/account/check-email"), "same answer as a new account");
        var mail = App.LastMailTo(email);
        Assert.That(mail.Subject, Does.StartWith("You already have an account"));
        Assert.That(mail.TextBody, Does.Contain("Hello Real Owner,").And.Contain("/account/forgot-password"));
        Assert.That(await App.WithDbAsync(db => db.Users.CountAsync(u => u.Email == email)), Is.EqualTo(1));
    }

    [Test]
    public async Task A_double_click_on_Create_account_makes_one_account_and_answers_every_post_with_check_your_email()
    {
        using var client = App.Browser();
        var email = Accounts.UniqueEmail("double-click");
        var (_, form) = await client.GetPageAsync("/account/register");

        // The same form sent three times at once: the posts after the first met the first's new account and answered 500.
        var posts = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ =>
            client.SubmitAsync(form, "/account/register", Registration(email))));

        Assert.Multiple(async () =>
        {
            Assert.That(posts.Select(p => (int)p.StatusCode), Is.All.EqualTo(302), "never an error page");
            Assert.That(posts.Select(p => p.Headers.Location?.OriginalString), Is.All.EqualTo("/account/check-email"));
            Assert.That(await App.WithDbAsync(db => db.Users.CountAsync(u => u.Email == email)), Is.EqualTo(1));
        });
    }

    [Test]
    public async Task A_weak_password_is_refused_the_same_way_for_a_taken_email()
    {
        var taken = Accounts.UniqueEmail("taken");
        await App.CreateAccountAsync(taken);
        using var client = App.Browser();

        var forTaken = await client.PostFormAsync("/account/register", Registration(taken, "password123"));
        var forNew = await client.PostFormAsync("/account/register", Registration(Accounts.UniqueEmail(), "password123"));

        Assert.That(forTaken.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(forNew.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((await forTaken.ReadHtmlAsync()).Text("[data-valmsg-for=Password]"),
            Is.EqualTo((await forNew.ReadHtmlAsync()).Text("[data-valmsg-for=Password]")));
    }

    [TestCase("short1234", "Use at least 10 characters.")]
    [TestCase("password123", "That password is too common.")]
    [TestCase("QWERTYUIOP", "That password is too common.")]
    [TestCase("1234567890", "That password is too common.")]
    [TestCase("Passwort1234", "That password is too common.")]
    [TestCase("qwertz12345", "That password is too common.")]
    [TestCase("azertyuiop", "That password is too common.")]
    public async Task Weak_passwords_are_refused_with_a_clear_message(string password, string message)
    {
        using var client = App.Browser();
        var email = Accounts.UniqueEmail();

        var response = await client.PostFormAsync("/account/register", Registration(email, password));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((await response.ReadHtmlAsync()).Text("[data-valmsg-for=Password]"), Does.StartWith(message));
        Assert.That(App.MailTo(email), Is.Empty);
    }

    [Test]
    public async Task An_empty_form_says_what_is_missing()
    {
        using var client = App.Browser();
        var response = await client.PostFormAsync("/account/register", new Dictionary<string, string>());
        var page = await response.ReadHtmlAsync();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.Multiple(() =>
        {
            Assert.That(page.Text("[data-valmsg-for=FullName]"), Is.EqualTo("Enter your name."));
            Assert.That(page.Text("[data-valmsg-for=Email]"), Does.StartWith("Enter your email address."));
            Assert.That(page.Text("[data-valmsg-for=Password]"), Does.StartWith("Choose a password."));
        });
    }

    [Test]
    public async Task The_register_form_carries_client_side_validation_hints()
    {
        using var client = App.Browser();
        var (_, page) = await client.GetPageAsync("/account/register");
        Assert.That(page.QuerySelector("input[name=Password]")?.GetAttribute("data-val-minlength-min"), Is.EqualTo("10"));
        Assert.That(page.QuerySelector("input[name=Email]")?.GetAttribute("data-val-required"), Is.Not.Null);
    }

    [Test]
    public async Task A_typed_name_never_reaches_an_unconfirmed_address_and_is_encoded_for_a_confirmed_one()
    {
        using var client = App.Browser();
        var email = Accounts.UniqueEmail();

        await client.PostFormAsync("/account/register", Registration(email, name: "<b>Eve!</b> & Co"));
        var confirmation = App.LastMailTo(email);
        Assert.That(confirmation.HtmlBody + confirmation.TextBody, Does.Not.Contain("Eve!"), "spam in a name never reaches a stranger's inbox");
        // ("Eve!": a plain "Eve" can turn up by chance in the link's base64 code, "!" cannot.)

        await client.ConfirmEmailAsync(confirmation.LinkTo("/account/confirm-email"));
        await client.PostFormAsync("/account/forgot-password", new Dictionary<string, string> { ["Email"] = email });
        var mail = App.LastMailTo(email);
        Assert.That(mail.HtmlBody, Does.Contain("Hello &lt;b&gt;Eve!&lt;/b&gt; &amp; Co,").And.Not.Contain("<b>Eve!</b>"));
        Assert.That(mail.TextBody, Does.Contain("Hello <b>Eve!</b> & Co,"), "plain text needs no encoding");
    }

    [TestCase("not-base64!!")]
    [TestCase("Q2ZESjhBQUFBQUFBQUFB")]
    public async Task A_tampered_confirmation_link_is_refused_with_a_clear_message(string code)
    {
        var user = await App.CreateAccountAsync(Accounts.UniqueEmail());
        using var client = App.Browser();

        var (response, page) = await client.GetPageAsync($"/account/confirm-email?user={user.Id}&code={code}");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(page.Text("h1"), Is.EqualTo("This link doesn't work"));
    }

    [TestCase("a@b@c")]
    [TestCase("a@")]
    [TestCase("<a@b.c>")]
    [TestCase("a@b.c\r\nBcc: x@y.z")]
    [TestCase("Grace <grace@example.com>")]
    public async Task An_email_the_mail_library_cannot_send_to_is_refused_with_a_message_and_no_mail(string email)
    {
        using var client = App.Browser();
        var mailBefore = App.MailTo(email).Count + MailFiles();

        var response = await client.PostFormAsync("/account/register", Registration(email));
        var page = await response.ReadHtmlAsync();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(page.Text("[data-valmsg-for='Email']"), Is.EqualTo("Enter an email address like name@example.com."));
        Assert.That(App.MailTo(email).Count + MailFiles(), Is.EqualTo(mailBefore), "no mail written");
        Assert.That(await App.WithDbAsync(db => db.Users.CountAsync(u => u.Email == email.Trim())), Is.Zero, "no account");
    }

    private int MailFiles() => Directory.Exists(Path.Combine(App.DataDirectory, "mail")) ? Directory.GetFiles(Path.Combine(App.DataDirectory, "mail")).Length : 0;

    [Test]
    public async Task An_email_with_an_apostrophe_registers_and_signs_in()
    {
        using var client = App.Browser();
        var email = "sean.o'brien." + Guid.NewGuid().ToString("n")[..8] + "@example.ie";

        var response = await client.PostFormAsync("/account/register", Registration(email));
        Assert.That(response.Headers.Location?.OriginalString, Is.EqualTo("/account/check-email"), await response.Content.ReadAsStringAsync());
        await client.ConfirmEmailAsync(App.LastMailTo(email).LinkTo("/account/confirm-email"));

        await client.SignInAsync(email);
    }

    [Test]
    public async Task An_account_someone_else_registered_and_never_confirmed_is_taken_over_by_the_addresss_owner()
    {
        var email = Accounts.UniqueEmail("squatted");
        using (var squatter = App.Browser())
            await squatter.PostFormAsync("/account/register", Registration(email, "the-squatters-passphrase", "Squatter"));
        using var owner = App.Browser();

        await owner.PostFormAsync("/account/register", Registration(email, "the-owners-passphrase-1", "Carol"));
        Assert.That(App.LastMailTo(email).Subject, Does.StartWith("You already have an account"));
        await owner.PostFormAsync("/account/forgot-password", new Dictionary<string, string> { ["Email"] = email });
        var reset = await owner.PostFormAsync(App.LastMailTo(email).LinkTo("/account/reset-password"),
            new Dictionary<string, string> { ["Password"] = "the-owners-passphrase-1" });

        Assert.That(reset.Headers.Location?.OriginalString, Is.EqualTo("/account/reset-password/done"));
        await owner.SignInAsync(email, "the-owners-passphrase-1");
        Assert.That((await App.Browser().PostSignInAsync(email, "the-squatters-passphrase")).StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
    }
}
