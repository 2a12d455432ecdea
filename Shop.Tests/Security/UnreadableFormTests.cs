namespace Shop.Tests.Security;

/// <summary>
/// Posted forms the shop refuses to read: too large, too many fields, a field too long. Each gets the friendly
/// 413 or 400 page (never the 500 page), in memory (TestServer) and on a real Kestrel port, which alone enforces
/// the 1 MB body limit; the shop keeps serving afterwards.
/// </summary>
[TestFixture(Host.TestServer)]
[TestFixture(Host.Kestrel)]
public class UnreadableFormTests(UnreadableFormTests.Host host) : ShopFixture
{
    public enum Host { TestServer, Kestrel }

    protected override ShopApp CreateShop() => host == Host.Kestrel ? new ShopServer() : new ShopApp();

    protected override HttpClient CreateVisitor() => App is ShopServer server
        ? new HttpClient { BaseAddress = new Uri(server.BaseUrl) }
        : App.CreateClient(new() { AllowAutoRedirect = false });

    [TearDown]
    public async Task TheShopStillServes() =>
        Assert.That((await Visitor.GetAsync("/")).StatusCode, Is.EqualTo(HttpStatusCode.OK));

    [Test]
    public async Task A_huge_form_post_is_refused_with_a_4xx_page()
    {
        // Kestrel stops reading at 1 MB (413); TestServer has no body limit, so the 64 KB field limit refuses it (400).
        // Either way the form is refused before any action or antiforgery check runs.
        var body = new StringContent("q=" + new string('a', 3 * 1024 * 1024), Encoding.ASCII, "application/x-www-form-urlencoded");
        var response = await Visitor.PostAsync("/cart/add", body);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.That((int)response.StatusCode, host == Host.Kestrel ? Is.EqualTo(413) : Is.AnyOf(400, 413));
        Assert.That(html, Does.Contain("Back to the shop"));
        if (response.StatusCode == HttpStatusCode.RequestEntityTooLarge)
            Assert.That(html, Does.Contain("That was too much to send").And.Contain("larger than the shop accepts"));
        Assert.That(html, Does.Not.Contain("Something went wrong on our side"));
    }

    [TestCase(3 * 1024 * 1024)]
    [TestCase(100 * 1024)]
    public async Task A_payment_form_too_large_is_refused_with_a_4xx_page(int length)
    {
        // Pay reads its form before its place in the queue (Shared/RateLimits): a form it cannot read gets the same
        // friendly page as everywhere, not the 500 page.
        var body = new StringContent("attemptKey=" + new string('a', length), Encoding.ASCII, "application/x-www-form-urlencoded");
        var response = await Visitor.PostAsync("/checkout/pay", body);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.That((int)response.StatusCode, length > 1024 * 1024 && host == Host.Kestrel ? Is.EqualTo(413) : Is.AnyOf(400, 413));
        Assert.That(html, Does.Contain("Back to the shop").And.Not.Contain("Something went wrong on our side"));
    }

    [Test]
    public async Task A_nul_character_in_a_query_is_dropped()
    {
        // No field holds one, and PostgreSQL cannot compare one: the search is for "lamp".
        var (response, page) = await Visitor.GetPageAsync("/search?q=la%00mp");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(page.QuerySelector("#filter-q")?.GetAttribute("value"), Is.EqualTo("lamp"));
        var twice = await Visitor.GetAsync("/search?q%00=a&q=b&Q%00=c");
        Assert.That(twice.StatusCode, Is.EqualTo(HttpStatusCode.OK), "names that meet once the NUL is gone");
    }

    [Test]
    public async Task A_form_with_a_nul_character_is_refused_with_a_400_page()
    {
        var response = await Visitor.PostFormAsync("/account/sign-in", new Dictionary<string, string> { ["Email"] = "a\0@example.com", ["Password"] = "x" });
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), Does.Contain("That request didn't make sense"));
    }

    [Test]
    public async Task A_form_with_thousands_of_fields_is_refused_with_a_400_page()
    {
        // The sign-in form with its valid antiforgery token, plus 5000 fields: only the field-count limit refuses it.
        var extra = Enumerable.Range(0, 5000).ToDictionary(i => $"f{i}", _ => "1");
        var response = await Visitor.PostFormAsync("/account/sign-in", extra);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(html, Does.Contain("That request didn't make sense").And.Contain("Back to the shop"));
    }

    [Test]
    public async Task A_form_field_over_the_length_limit_is_refused_with_a_400_page()
    {
        // 100 KB in one field of a valid sign-in form: under the 1 MB body limit, over the 64 KB field limit.
        var response = await Visitor.PostFormAsync("/account/sign-in", new Dictionary<string, string> { ["Email"] = new string('c', 100 * 1024) });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), Does.Contain("That request didn't make sense"));
    }

    [Test]
    public async Task The_same_sign_in_form_within_the_limits_reaches_the_sign_in_page()
    {
        // The control: the same form, token and client within the limits get the sign-in page's own answer.
        var response = await Visitor.PostFormAsync("/account/sign-in", new Dictionary<string, string> { ["Email"] = "nobody@example.com", ["Password"] = "not the password" });
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.That(html, Does.Contain(Shop.Web.Account.SignInController.InvalidMessage));
        Assert.That(html, Does.Not.Contain("That request didn't make sense"));
    }
}
