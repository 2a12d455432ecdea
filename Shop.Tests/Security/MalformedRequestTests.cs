using System.Net.Http.Headers;

namespace Shop.Tests.Security;

/// <summary>
/// Requests no browser sends, against a real Kestrel port (where the body-size limits live): each gets a 4xx with a
/// page, never a 500, and the shop keeps serving.
/// </summary>
public class MalformedRequestTests : ShopFixture
{
    protected override ShopApp CreateShop() => new ShopServer();

    protected override HttpClient CreateVisitor() => new() { BaseAddress = new Uri(((ShopServer)App).BaseUrl) };

    [TearDown]
    public async Task TheShopStillServes() =>
        Assert.That((await Visitor.GetAsync("/")).StatusCode, Is.EqualTo(HttpStatusCode.OK));

    [Test]
    public async Task A_form_just_over_one_megabyte_in_many_small_fields_is_refused_as_too_large()
    {
        // Every field is within the field limits; only the body size is over, which Kestrel enforces.
        var fields = Enumerable.Range(0, 40).Select(i => $"f{i}=" + new string('b', 30 * 1024));
        var body = new StringContent(string.Join("&", fields), Encoding.ASCII, "application/x-www-form-urlencoded");
        var response = await Visitor.PostAsync("/account/sign-in", body);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.RequestEntityTooLarge));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("That was too much to send"));
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
        var response = await Visitor.GetAsync(url);
        Assert.That((int)response.StatusCode, Is.LessThan(500), url);
    }

    [Test]
    public async Task Invalid_bytes_in_a_form_body_are_not_a_500()
    {
        var content = new ByteArrayContent([0x71, 0x3D, 0xFF, 0xFE, 0xC0, 0xAF, 0x26, 0x25, 0x5A, 0x5A]);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/x-www-form-urlencoded") { CharSet = "utf-8" };
        var response = await Visitor.PostAsync("/cart/add", content);
        Assert.That((int)response.StatusCode, Is.InRange(400, 499));
    }

    [Test]
    public async Task A_malformed_webhook_is_refused_with_400()
    {
        var response = await Visitor.PostAsync("/payments/braintree/webhook",
            new StringContent("{\"not\":\"a form\"}", Encoding.UTF8, "application/json"));
        Assert.That((int)response.StatusCode, Is.InRange(400, 499));
    }
}
