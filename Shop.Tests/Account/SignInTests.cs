namespace Shop.Tests.Account;

/// <summary>Signing in and out, failures that give nothing away, lockout, and where a sign-in may send you.</summary>
public class SignInTests : ShopFixture
{
    protected override Dictionary<string, string?> Settings => NoDemoCatalog();

    [Test]
    public async Task Sign_in_sets_a_secure_session_cookie_and_sign_out_ends_it()
    {
        var email = Accounts.UniqueEmail();
        await App.CreateAccountAsync(email, name: "Ada Lovelace");
        using var client = App.Browser();

        var response = await client.PostSignInAsync(email, Accounts.Password);

        Assert.That(response.Headers.Location?.OriginalString, Is.EqualTo("/"));
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("shop.auth=", StringComparison.Ordinal));
        Assert.That(cookie, Does.Contain("httponly").IgnoreCase.And.Contain("samesite=lax").IgnoreCase);
        Assert.That(cookie, Does.Not.Contain("expires").IgnoreCase, "without 'remember me' the cookie ends with the browser session");
        var (_, account) = await client.GetPageAsync("/account");
        Assert.That(account.QuerySelector("input[name='Profile.FullName']")?.GetAttribute("value"), Is.EqualTo("Ada Lovelace"));

        var signOut = await client.PostFormAsync("/account", new Dictionary<string, string>(), "form.sign-out-form");
        Assert.That(signOut.Headers.Location?.OriginalString, Is.EqualTo("/"));
        var after = await client.GetAsync("/account");
        Assert.That(after.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(after.Headers.Location?.PathAndQuery, Does.StartWith("/account/sign-in"));
    }

    [Test]
    public async Task Remember_me_keeps_the_cookie_beyond_the_browser_session()
    {
        var email = Accounts.UniqueEmail();
        await App.CreateAccountAsync(email);
        using var client = App.Browser();

        var response = await client.PostSignInAsync(email, Accounts.Password, rememberMe: true);

        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("shop.auth=", StringComparison.Ordinal));
        Assert.That(cookie, Does.Contain("expires").IgnoreCase);
    }

    [Test]
    public async Task A_tick_box_sent_with_a_made_up_value_is_refused_with_the_form_not_a_server_error()
    {
        var email = Accounts.UniqueEmail();
        await App.CreateAccountAsync(email);
        using var client = App.Browser();

        var response = await client.PostFormAsync("/account/sign-in", new Dictionary<string, string>
        {
            ["Email"] = email, ["Password"] = Accounts.Password, ["RememberMe"] = "ja",
        });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        var page = await response.ReadHtmlAsync();
        Assert.That(page.Text("[data-valmsg-for=RememberMe]") + page.Text(".form-errors"), Does.Contain(Shop.Web.Shared.TickBoxBinder.NotATick));
        Assert.That(page.QuerySelector("input[name=Email]")?.GetAttribute("value"), Is.EqualTo(email), "what was typed stays");
    }

    [Test]
    public async Task Sign_out_is_refused_without_an_antiforgery_token_and_not_offered_as_a_get()
    {
        var email = Accounts.UniqueEmail();
        using var client = await App.CreateAccountAndSignInAsync(email);

        var forged = await client.PostAsync("/account/sign-out", new FormUrlEncodedContent([]));
        var get = await client.GetAsync("/account/sign-out");

        Assert.That(forged.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(get.StatusCode, Is.AnyOf(HttpStatusCode.NotFound, HttpStatusCode.MethodNotAllowed));
        Assert.That((await client.GetAsync("/account")).StatusCode, Is.EqualTo(HttpStatusCode.OK), "still signed in");
    }

    [Test]
    public async Task Sign_in_with_wrong_password_says_invalid_without_revealing_the_account()
    {
        var email = Accounts.UniqueEmail();
        await App.CreateAccountAsync(email);
        using var client = App.Browser();

        var wrongPassword = await client.PostSignInAsync(email, "not-the-password-at-all");
        var unknownEmail = await client.PostSignInAsync(Accounts.UniqueEmail("nobody"), "not-the-password-at-all");

        Assert.That(wrongPassword.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(unknownEmail.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        var wrongPage = await wrongPassword.ReadHtmlAsync();
        var unknownPage = await unknownEmail.ReadHtmlAsync();
        Assert.That(wrongPage.Text(".form-errors"), Is.EqualTo(SignInController.InvalidMessage));
        Assert.That(unknownPage.Text(".form-errors"), Is.EqualTo(wrongPage.Text(".form-errors")));
        Assert.That(wrongPage.QuerySelector("input[name=Password]")?.GetAttribute("value"), Is.Null.Or.Empty, "a password is never sent back");
    }

    [Test]
    public async Task An_unconfirmed_account_with_a_wrong_password_gets_the_plain_invalid_message()
    {
        using var client = App.Browser();
        var email = Accounts.UniqueEmail("unconfirmed");
        await client.PostFormAsync("/account/register", new Dictionary<string, string>
        {
            ["FullName"] = "Not Yet", ["Email"] = email, ["Password"] = Accounts.Password,
        });

        var response = await client.PostSignInAsync(email, "not-the-password-at-all");

        Assert.That((await response.ReadHtmlAsync()).Text(".form-errors"), Is.EqualTo(SignInController.InvalidMessage),
            "only someone who knows the password learns that the email needs confirming");
    }

    [Test]
    public async Task Five_failed_sign_ins_lock_the_account_for_15_minutes_even_for_the_right_password()
    {
        var email = Accounts.UniqueEmail();
        await App.CreateAccountAsync(email);
        using var client = App.Browser();

        for (var i = 1; i <= 4; i++)
        {
            var failed = await client.PostSignInAsync(email, $"wrong-password-{i}-xx");
            Assert.That((await failed.ReadHtmlAsync()).Text(".form-errors"), Is.EqualTo(SignInController.InvalidMessage), $"attempt {i}");
        }
        var fifth = await client.PostSignInAsync(email, "wrong-password-5-xx");
        var rightPassword = await client.PostSignInAsync(email, Accounts.Password);

        Assert.That((await fifth.ReadHtmlAsync()).Text(".form-errors"), Is.EqualTo(SignInController.LockedOutMessage));
        Assert.That(rightPassword.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((await rightPassword.ReadHtmlAsync()).Text(".form-errors"), Does.Contain("locked for 15 minutes"));
        var lockoutEnd = await App.WithDbAsync(db => Task.FromResult(db.Users.Single(u => u.Email == email).LockoutEnd));
        Assert.That(lockoutEnd, Is.EqualTo(DateTimeOffset.UtcNow.AddMinutes(15)).Within(TimeSpan.FromMinutes(1)));
    }

    [Test]
    public async Task An_unknown_email_also_shows_lockout_after_five_attempts_so_lockout_reveals_nothing()
    {
        using var client = App.Browser();
        var email = Accounts.UniqueEmail("nobody");

        var messages = new List<string>();
        for (var i = 1; i <= 5; i++)
            messages.Add((await (await client.PostSignInAsync(email, "whatever-password")).ReadHtmlAsync()).Text(".form-errors"));

        Assert.That(messages.Take(4), Has.All.EqualTo(SignInController.InvalidMessage));
        Assert.That(messages[4], Is.EqualTo(SignInController.LockedOutMessage));
    }

    [Test]
    public async Task Sign_in_returns_to_the_local_page_that_asked_for_it()
    {
        var email = Accounts.UniqueEmail();
        await App.CreateAccountAsync(email);
        using var client = App.Browser();

        var challenge = await client.GetAsync("/account/addresses");
        Assert.That(challenge.Headers.Location?.PathAndQuery, Is.EqualTo("/account/sign-in?ReturnUrl=%2Faccount%2Faddresses"));

        var response = await client.PostSignInAsync(email, Accounts.Password, challenge.Headers.Location!.PathAndQuery);
        Assert.That(response.Headers.Location?.OriginalString, Is.EqualTo("/account/addresses"));
    }

    [TestCase("//evil.example")]
    [TestCase("https://evil.example")]
    [TestCase("/\\evil.example")]
    [TestCase("http:evil.example")]
    [TestCase("javascript:alert(1)")]
    public async Task Sign_in_never_redirects_off_site(string returnUrl)
    {
        var email = Accounts.UniqueEmail();
        await App.CreateAccountAsync(email);
        using var client = App.Browser();
        var url = "/account/sign-in?returnUrl=" + Uri.EscapeDataString(returnUrl);

        var (_, page) = await client.GetPageAsync(url);
        Assert.That(page.QuerySelector("input[name=ReturnUrl]")?.GetAttribute("value"), Is.Null.Or.Empty, "not even carried in the form");

        var response = await client.PostFormAsync(url, new Dictionary<string, string>
        {
            ["Email"] = email, ["Password"] = Accounts.Password, ["ReturnUrl"] = returnUrl,
        });
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(response.Headers.Location?.OriginalString, Is.EqualTo("/"));
    }

    [Test]
    public async Task Header_shows_sign_in_and_register_to_visitors()
    {
        using var client = App.Browser();
        var (_, page) = await client.GetPageAsync("/");
        Assert.That(page.Texts(".account-nav a"), Is.EqualTo(new[] { "Sign in", "Register" }));
    }
}
