using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Shop.Tests.Support;

namespace Shop.Tests.Security;

/// <summary>
/// Requests no browser sends, against a real Kestrel port (where the body-size limits live): each gets a 4xx with a
/// page, never a 500, and the shop keeps serving.
/// </summary>
public class MalformedRequestTests
{
    private ShopServer _server = null!;
    private HttpClient _client = null!;

    [OneTimeSetUp]
    public void StartShop()
    {
        _server = new ShopServer();
        _client = new HttpClient { BaseAddress = new Uri(_server.BaseUrl) };
    }

    [OneTimeTearDown]
    public void StopShop()
    {
        _client.Dispose();
        _server.Dispose();
    }

    [TearDown]
    public async Task TheShopStillServes() =>
        Assert.That((await _client.GetAsync("/")).StatusCode, Is.EqualTo(HttpStatusCode.OK));

    [Test]
    [Ignore("Known defect (see issue 6 note): a POST whose form Kestrel cannot read (over 1 MB or over 200 fields) ends on the 500 page instead of 400/413; the shop keeps serving.")]
    public async Task A_huge_form_post_is_refused_with_a_4xx_page()
    {
        // Kestrel stops reading at 1 MB; the form cannot be read, so the request is refused before any action runs.
        var body = new StringContent("q=" + new string('a', 3 * 1024 * 1024), Encoding.ASCII, "application/x-www-form-urlencoded");
        var response = await _client.PostAsync("/cart/add", body);
        Assert.That((int)response.StatusCode, Is.AnyOf(400, 413));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("Back to the shop"));
    }

    [Test]
    [Ignore("Known defect (see issue 6 note): a POST whose form Kestrel cannot read (over 1 MB or over 200 fields) ends on the 500 page instead of 400/413; the shop keeps serving.")]
    public async Task A_form_with_thousands_of_fields_is_refused_without_a_500()
    {
        var body = new StringContent(string.Join("&", Enumerable.Range(0, 5000).Select(i => $"f{i}=1")), Encoding.ASCII, "application/x-www-form-urlencoded");
        var response = await _client.PostAsync("/cart/add", body);
        Assert.That((int)response.StatusCode, Is.InRange(400, 499));
    }

    [TestCase("/search?q=%ZZ%E0%80")]
    [TestCase("/search?q=%C0%AF%C0%AF")]
    [TestCase("/p/%FF%FE")]
    [TestCase("/c/%00")]
    [TestCase("/checkout/confirmation/..%2F..%2Fetc%2Fpasswd")]
    [TestCase("/media/..%2F..%2Fshop.db")]
    [TestCase("/media/products/..%5C..%5Cshop.db")]
    [TestCase("/admin/products/abc/edit")]
    [TestCase("/products?page=1e9999&sort=%00")]
    public async Task Odd_urls_get_a_4xx_or_a_page_never_a_500(string url)
    {
        var response = await _client.GetAsync(url);
        Assert.That((int)response.StatusCode, Is.LessThan(500), url);
    }

    [Test]
    public async Task Invalid_bytes_in_a_form_body_are_not_a_500()
    {
        var content = new ByteArrayContent([0x71, 0x3D, 0xFF, 0xFE, 0xC0, 0xAF, 0x26, 0x25, 0x5A, 0x5A]);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/x-www-form-urlencoded") { CharSet = "utf-8" };
        var response = await _client.PostAsync("/cart/add", content);
        Assert.That((int)response.StatusCode, Is.InRange(400, 499));
    }

    [Test]
    public async Task A_malformed_webhook_is_refused_with_400()
    {
        var response = await _client.PostAsync("/payments/braintree/webhook",
            new StringContent("{\"not\":\"a form\"}", Encoding.UTF8, "application/json"));
        Assert.That((int)response.StatusCode, Is.InRange(400, 499));
    }
}
