namespace Shop.Tests.Security;

/// <summary>SQL injection in every query string and form, open redirects, and requests an attacker crafts by hand.</summary>
public class InjectionAndTamperingTests : ShopFixture
{
    private static readonly string[] SqlPayloads =
    [
        "' OR '1'='1", "'; DROP TABLE Products; --", "\" OR \"\"=\"", "1; SELECT * FROM AspNetUsers --",
        "' UNION SELECT Email, PasswordHash, NULL FROM AspNetUsers --", "%' AND 1=1 --", "1 OR 1=1", "admin'--",
    ];

    private HttpClient _admin = null!;

    [OneTimeSetUp]
    public async Task ArrangeAsync()
    {
        var email = Accounts.UniqueEmail("admin");
        _admin = await App.CreateAccountAndSignInAsync(email, Roles.Admin, Roles.Staff);
    }

    [OneTimeTearDown]
    public void SignOut() => _admin.Dispose();

    private Task<(int Products, int Users)> CountsAsync() =>
        App.WithDbAsync(async db => (await db.Products.CountAsync(), await db.Users.CountAsync()));

    [Test]
    public async Task Sql_in_every_query_string_is_just_text()
    {
        var before = await CountsAsync();
        var templates = new[]
        {
            "/search?q={0}", "/products?sort={0}&minPrice={0}&page={0}", "/c/{0}", "/p/{0}", "/checkout/confirmation/{0}",
            "/account/sign-in?returnUrl={0}", "/admin/products?q={0}&sort={0}&page={0}", "/admin/customers?q={0}",
            "/admin/audit?entity={0}", "/cart?x={0}",
        };
        foreach (var payload in SqlPayloads)
        foreach (var template in templates)
        {
            var url = string.Format(template, Uri.EscapeDataString(payload));
            var response = await _admin.GetAsync(url);
            Assert.That((int)response.StatusCode, Is.LessThan(500), url);
            Assert.That(await response.Content.ReadAsStringAsync(), Does.Not.Contain("AQAAAA").And.Not.Contain("SQLite Error"), url); // no Identity password hash leaks
        }
        Assert.That(await CountsAsync(), Is.EqualTo(before), "nothing was dropped or added");
    }

    [Test]
    public async Task Sql_in_sign_in_registration_checkout_and_discount_forms_is_just_text()
    {
        var before = await CountsAsync();
        var slug = await App.WithDbAsync(db => db.Products.Where(p => !p.Options.Any() && p.Variants.Sum(v => v.StockOnHand) > 50).OrderBy(p => p.Id).Select(p => p.Slug).FirstAsync());
        foreach (var payload in SqlPayloads)
        {
            using var client = App.Browser();
            var signIn = await client.PostSignInAsync(payload, payload);
            Assert.That((int)signIn.StatusCode, Is.LessThan(500));
            var register = await client.PostFormAsync("/account/register", new Dictionary<string, string>
            {
                ["FullName"] = payload, ["Email"] = payload, ["Password"] = payload, ["ConfirmPassword"] = payload,
            });
            Assert.That((int)register.StatusCode, Is.LessThan(500));

            using var shopper = new Shopper(client);
            await shopper.AddToCartAsync(slug);
            var discount = await client.SubmitFormAsync("/cart", "form[action='/cart/discount']", new Dictionary<string, string?> { ["code"] = payload[..Math.Min(30, payload.Length)] });
            Assert.That((int)discount.StatusCode, Is.LessThan(500));
            var address = Shopper.GuestAddress();
            address["Form.FullName"] = payload;
            address["Form.Line1"] = payload;
            address["Form.City"] = payload;
            var checkout = await client.SubmitFormAsync("/checkout", "form.checkout-address", address);
            Assert.That((int)checkout.StatusCode, Is.LessThan(500));
        }
        var after = await CountsAsync();
        Assert.That(after.Products, Is.EqualTo(before.Products));
    }

    [TestCase("//evil.example")]
    [TestCase("https://evil.example/steal")]
    [TestCase("/\\evil.example")]
    [TestCase("http:evil.example")]
    [TestCase("javascript:alert(1)")]
    [TestCase("%2F%2Fevil.example")]
    public async Task Return_urls_never_leave_the_shop(string returnUrl)
    {
        var email = Accounts.UniqueEmail();
        await App.CreateAccountAsync(email);
        using var client = App.Browser();
        var response = await client.PostSignInAsync(email, Accounts.Password, "/account/sign-in?returnUrl=" + Uri.EscapeDataString(returnUrl));
        var location = response.Headers.Location?.ToString() ?? "";
        Assert.That(location, Does.StartWith("/").And.Not.StartWith("//").And.Not.StartWith("/\\"), $"redirected to {location}");
    }

    [Test]
    public async Task Extra_form_fields_cannot_set_roles_or_owners_at_registration()
    {
        var email = Accounts.UniqueEmail();
        using var client = App.Browser();
        await client.PostFormAsync("/account/register", new Dictionary<string, string>
        {
            ["FullName"] = "Sneaky", ["Email"] = email, ["Password"] = Accounts.Password, ["ConfirmPassword"] = Accounts.Password,
            ["Role"] = "Admin", ["Roles"] = "Admin", ["EmailConfirmed"] = "true", ["Id"] = "attacker-chosen-id", ["IsAdmin"] = "true",
        });
        var user = await App.WithDbAsync(db => db.Users.SingleAsync(u => u.Email == email));
        var roles = await App.WithDbAsync(db => db.UserRoles.CountAsync(r => r.UserId == user.Id));
        Assert.That(user.Id, Is.Not.EqualTo("attacker-chosen-id"));
        Assert.That(user.EmailConfirmed, Is.False);
        Assert.That(roles, Is.Zero);
    }

    [Test]
    public async Task A_shopper_gets_403_on_staff_pages_and_staff_posts_change_nothing()
    {
        var email = Accounts.UniqueEmail();
        using var shopper = await App.CreateAccountAndSignInAsync(email);
        var (_, page) = await shopper.GetPageAsync("/");
        var token = page.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value") ?? "";

        foreach (var url in new[] { "/admin", "/admin/products", "/admin/customers", "/admin/audit", "/admin/stock" })
            Assert.That((await shopper.GetAsync(url)).StatusCode, Is.EqualTo(HttpStatusCode.Forbidden), url);
        var before = await CountsAsync();
        var post = await shopper.PostAsync("/admin/products/1/delete", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
        Assert.That((int)post.StatusCode, Is.AnyOf(400, 403, 404));
        Assert.That(await CountsAsync(), Is.EqualTo(before));
    }

    [Test]
    public async Task Anonymous_visitors_are_sent_to_sign_in_from_account_pages()
    {
        using var client = App.Browser();
        foreach (var url in new[] { "/account", "/account/addresses", "/account/orders", "/admin" })
        {
            var response = await client.GetAsync(url);
            Assert.That((int)response.StatusCode, Is.EqualTo(302), url);
            Assert.That(response.Headers.Location?.ToString(), Does.Contain("/account/sign-in"), url);
        }
    }
}
