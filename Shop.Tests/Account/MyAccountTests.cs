namespace Shop.Tests.Account;

/// <summary>"My account": profile, password, email, orders, deleting the account; and that it is closed to visitors.</summary>
public class MyAccountTests : ShopFixture
{
    // Sessions are checked against the security stamp on every request here, so "other devices are signed out"
    // is visible at once; the default (one minute) only delays it.
    protected override Dictionary<string, string?> Settings => NoDemoCatalog(("Shop:Accounts:SessionCheckInterval", "00:00:00"));

    [TestCase("/account")]
    [TestCase("/account/orders")]
    [TestCase("/account/addresses")]
    [TestCase("/account/addresses/new")]
    [TestCase("/account/password")]
    [TestCase("/account/email")]
    [TestCase("/account/two-factor")]
    [TestCase("/account/two-factor/enable")]
    [TestCase("/account/delete")]
    [TestCase("/account/data")]
    public async Task Account_pages_send_visitors_to_sign_in_and_back(string url)
    {
        using var client = App.Browser();
        var response = await client.GetAsync(url);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(response.Headers.Location?.PathAndQuery, Is.EqualTo("/account/sign-in?ReturnUrl=" + Uri.EscapeDataString(url)));
    }

    [Test]
    public async Task Profile_name_is_saved_and_shown_encoded()
    {
        var email = Accounts.UniqueEmail();
        using var client = await App.CreateAccountAndSignInAsync(email);

        var response = await client.PostFormAsync("/account", new Dictionary<string, string> { ["Profile.FullName"] = "<script>x</script> Ada" });
        Assert.That(response.Headers.Location?.OriginalString, Is.EqualTo("/account"));

        var html = await (await client.GetAsync("/account")).Content.ReadAsStringAsync();
        Assert.That(html, Does.Not.Contain("<script>x</script>"));
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);
        Assert.That(page.QuerySelector("input[name='Profile.FullName']")?.GetAttribute("value"), Is.EqualTo("<script>x</script> Ada"));
        Assert.That(page.Text(".status-message"), Is.EqualTo("Your profile was saved."));
    }

    [Test]
    public async Task An_empty_name_is_refused()
    {
        var email = Accounts.UniqueEmail();
        using var client = await App.CreateAccountAndSignInAsync(email);

        var response = await client.PostFormAsync("/account", new Dictionary<string, string> { ["Profile.FullName"] = " " });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((await response.ReadHtmlAsync()).Text("[data-valmsg-for='Profile.FullName']"), Is.EqualTo("Enter your name."));
    }

    [Test]
    public async Task Changing_the_password_signs_out_the_other_sessions_but_not_this_one()
    {
        var email = Accounts.UniqueEmail();
        using var laptop = await App.CreateAccountAndSignInAsync(email);
        using var phone = await App.SignedInBrowserAsync(email);
        Assert.That((await phone.GetAsync("/account")).StatusCode, Is.EqualTo(HttpStatusCode.OK));

        var response = await laptop.PostFormAsync("/account/password", new Dictionary<string, string>
        {
            ["CurrentPassword"] = Accounts.Password, ["NewPassword"] = "fresh-orchard-lantern-7",
        });

        Assert.That(response.Headers.Location?.OriginalString, Is.EqualTo("/account"));
        Assert.That((await laptop.GetAsync("/account")).StatusCode, Is.EqualTo(HttpStatusCode.OK), "this session continues");
        var old = await phone.GetAsync("/account");
        Assert.That(old.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), "the other session's cookie no longer works");
        Assert.That(old.Headers.Location?.AbsolutePath, Is.EqualTo("/account/sign-in"));
        using var fresh = App.Browser();
        await fresh.SignInAsync(email, "fresh-orchard-lantern-7");
    }

    [Test]
    public async Task Changing_the_password_needs_the_current_one()
    {
        var email = Accounts.UniqueEmail();
        using var client = await App.CreateAccountAndSignInAsync(email);

        var response = await client.PostFormAsync("/account/password", new Dictionary<string, string>
        {
            ["CurrentPassword"] = "not-my-password-1", ["NewPassword"] = "fresh-orchard-lantern-7",
        });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((await response.ReadHtmlAsync()).Text("[data-valmsg-for=CurrentPassword]"), Is.EqualTo("Your current password is not right."));
    }

    [Test]
    public async Task Changing_the_email_takes_effect_only_through_the_link_sent_to_the_new_address()
    {
        var email = Accounts.UniqueEmail("old");
        var newEmail = Accounts.UniqueEmail("new");
        using var client = await App.CreateAccountAndSignInAsync(email);

        var response = await client.PostFormAsync("/account/email", new Dictionary<string, string> { ["NewEmail"] = newEmail, ["CurrentPassword"] = Accounts.Password });
        Assert.That(response.Headers.Location?.OriginalString, Is.EqualTo("/account"));
        var (_, before) = await client.GetPageAsync("/account/email");
        Assert.That(before.Text(".current-email"), Is.EqualTo(email), "nothing changes before the link is opened");

        var (confirmed, page) = await client.ConfirmEmailChangeAsync(App.LastMailTo(newEmail).LinkTo("/account/email/confirm"));
        Assert.That(confirmed.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(page.Text("h1"), Is.EqualTo("Email changed"));
        var (_, after) = await client.GetPageAsync("/account/email");
        Assert.That(after.Text(".current-email"), Is.EqualTo(newEmail), "this session stays signed in");

        using var other = App.Browser();
        Assert.That((await other.PostSignInAsync(email, Accounts.Password)).StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        await other.SignInAsync(newEmail);
    }

    [Test]
    public async Task Opening_the_email_change_link_alone_changes_nothing_as_a_mail_scanner_opens_links()
    {
        var email = Accounts.UniqueEmail("old");
        var newEmail = Accounts.UniqueEmail("typo");
        var user = await App.CreateAccountAsync(email);
        using var client = await App.SignedInBrowserAsync(email);
        await client.PostFormAsync("/account/email", new Dictionary<string, string> { ["NewEmail"] = newEmail, ["CurrentPassword"] = Accounts.Password });
        var link = App.LastMailTo(newEmail).LinkTo("/account/email/confirm");

        using var scanner = App.Browser();
        var (opened, page) = await scanner.GetPageAsync(link);
        var (again, _) = await scanner.GetPageAsync(link);

        Assert.Multiple(async () =>
        {
            Assert.That(opened.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(again.StatusCode, Is.EqualTo(HttpStatusCode.OK), "the link still works: nothing was used up");
            Assert.That(page.Text("h1"), Is.EqualTo("Confirm your new email address"));
            Assert.That(page.Text("form.confirm-email-change"), Does.Contain(newEmail));
            Assert.That(await App.WithDbAsync(db => db.Users.Where(u => u.Id == user.Id).Select(u => u.Email).SingleAsync()), Is.EqualTo(email));
        });
        Assert.That(App.MailTo(email).Select(m => m.Subject ?? ""), Has.None.Contains("was changed"), "no change, no notice");
        using (var reader = App.Browser())
        {
            var (_, german) = await reader.GetPageAsync("/de" + link);
            var (_, french) = await reader.GetPageAsync("/fr" + link);
            Assert.That((german.Text("h1"), french.Text("h1")), Is.EqualTo(("Bestätigen Sie Ihre neue E-Mail-Adresse", "Confirmez votre nouvelle adresse e-mail")));
        }

        var (_, tampered) = await scanner.GetPageAsync(Regex.Replace(link, "email=[^&]*", "email=" + Uri.EscapeDataString(Accounts.UniqueEmail("other"))));
        Assert.That(tampered.Text("h1"), Is.EqualTo("This link doesn't work"), "the code holds for the address it was mailed to only");

        var (pressed, done) = await scanner.ConfirmEmailChangeAsync(link);
        Assert.That(pressed.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(done.Text("h1"), Is.EqualTo("Email changed"));
        await App.CreateAccountAsync(email); // the old address is free: the account moved
    }

    [Test]
    public async Task An_email_change_link_for_an_address_taken_meanwhile_is_refused()
    {
        var email = Accounts.UniqueEmail();
        var wanted = Accounts.UniqueEmail("wanted");
        using var client = await App.CreateAccountAndSignInAsync(email);
        await client.PostFormAsync("/account/email", new Dictionary<string, string> { ["NewEmail"] = wanted, ["CurrentPassword"] = Accounts.Password });
        await App.CreateAccountAsync(wanted);

        var (response, page) = await client.ConfirmEmailChangeAsync(App.LastMailTo(wanted).LinkTo("/account/email/confirm"));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(page.Text(".email-change-result"), Does.Contain("Another account already uses that email address"));
    }

    [Test]
    public async Task Order_history_says_no_orders_yet()
    {
        var email = Accounts.UniqueEmail();
        using var client = await App.CreateAccountAndSignInAsync(email);

        var (response, page) = await client.GetPageAsync("/account/orders");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(page.Text(".empty-orders"), Does.StartWith("No orders yet"));
    }

    [Test]
    public async Task The_delete_page_says_what_goes_and_that_orders_are_kept()
    {
        using var client = await App.CreateAccountAndSignInAsync(Accounts.UniqueEmail());

        var (_, page) = await client.GetPageAsync("/account/delete");

        Assert.That(page.Text("main"), Does.Contain("your reviews, your back-in-stock requests"));
        Assert.That(page.Text(".account-kept"), Does.Contain("Your orders and their invoices are kept").And.Contain("no longer linked to an account"));
    }

    [Test]
    public async Task Deleting_the_account_needs_the_password_then_removes_the_person_and_their_addresses()
    {
        var email = Accounts.UniqueEmail();
        var user = await App.CreateAccountAsync(email);
        using var client = await App.SignedInBrowserAsync(email);
        await client.PostFormAsync("/account/addresses/new", new Dictionary<string, string>
        {
            ["Recipient"] = "Ada", ["Line1"] = "1 Main St", ["City"] = "Springfield", ["Region"] = "IL", ["PostalCode"] = "12345", ["Country"] = "US",
        });

        var wrong = await client.PostFormAsync("/account/delete", new Dictionary<string, string> { ["Password"] = "not-my-password-1" });
        Assert.That(wrong.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((await wrong.ReadHtmlAsync()).Text("[data-valmsg-for=Password]"), Is.EqualTo(Shop.Web.Account.Reauthentication.WrongPasswordOrCode));

        var deleted = await client.PostFormAsync("/account/delete", new Dictionary<string, string> { ["Password"] = Accounts.Password });
        Assert.That(deleted.Headers.Location?.OriginalString, Is.EqualTo("/account/deleted"));
        var (_, page) = await client.GetPageAsync("/account/deleted");
        Assert.That(page.Text(".account-deleted"), Does.Contain("removed your account"));

        Assert.That(await App.WithDbAsync(db => db.Users.AnyAsync(u => u.Id == user.Id)), Is.False);
        Assert.That(await App.WithDbAsync(db => db.SavedAddresses.AnyAsync(a => a.UserId == user.Id)), Is.False);
        Assert.That((await client.GetAsync("/account")).StatusCode, Is.EqualTo(HttpStatusCode.Redirect), "signed out");
        using var other = App.Browser();
        Assert.That((await (await other.PostSignInAsync(email, Accounts.Password)).ReadHtmlAsync()).Text(".form-errors"), Is.EqualTo(Shop.Web.Account.SignInController.InvalidMessage));
    }
}
