using Shop.Tests.Payments;

namespace Shop.Tests.Checkout;

/// <summary>With Braintree keys set, the payment page is Braintree's Hosted Fields card form, served from our files.</summary>
public class HostedFieldsPageTests
{
    private static ShopApp WithKeys(FakeBraintreeServer braintree) => new(new()
    {
        ["Shop:Payments:Braintree:MerchantId"] = "merchant",
        ["Shop:Payments:Braintree:PublicKey"] = "public",
        ["Shop:Payments:Braintree:PrivateKey"] = "private",
        ["Shop:Payments:Braintree:Endpoint"] = braintree.Endpoint.ToString(),
    });

    [Test]
    public async Task The_card_form_speaks_the_page_s_language_its_labels_and_its_script_s_messages()
    {
        await using var braintree = await FakeBraintreeServer.StartAsync();
        braintree.Always("""{"data":{"createClientToken":{"clientToken":"client-token-for-the-browser"}}}""");
        using var app = WithKeys(braintree);
        var slug = await app.WithDbAsync(db => db.Products.Where(p => !p.Options.Any() && p.Variants.Sum(v => v.StockOnHand) > 5).OrderBy(p => p.Id).Select(p => p.Slug).FirstAsync());
        using var shopper = new Shopper(app.Browser());
        await shopper.Client.SubmitFormAsync($"/de/p/{slug}", "form.buy-box", new Dictionary<string, string?> { ["quantity"] = "1" });

        var response = await shopper.Client.SubmitFormAsync("/de/checkout", "form.checkout-address", Shopper.GuestAddress());
        var (_, page) = await shopper.Client.GetPageAsync(response.Headers.Location!.ToString());

        var fields = page.QuerySelector("#hosted-fields")!;
        var messages = System.Text.Json.JsonSerializer.Deserialize<Dictionary<string, string>>(fields.GetAttribute("data-messages")!)!;
        Assert.Multiple(() =>
        {
            Assert.That(fields.QuerySelectorAll("label").Select(l => l.TextContent), Is.EqualTo(new[] { "Kartennummer", "Gültig bis", "CVV" }));
            Assert.That(messages.Keys, Is.EquivalentTo(new[] { "empty", "invalid", "cancelled", "failed", "cvv", "unavailable" }));
            Assert.That(messages["empty"], Is.EqualTo("Geben Sie Ihre Kartendaten ein."));
            Assert.That(messages["cancelled"], Does.StartWith("Die Prüfung bei Ihrer Bank (3-D Secure) wurde abgebrochen."));
        });
    }

    [Test]
    public async Task With_keys_the_payment_page_shows_the_card_form_and_opens_the_csp_to_braintree_there_only()
    {
        await using var braintree = await FakeBraintreeServer.StartAsync();
        braintree.Always("""{"data":{"createClientToken":{"clientToken":"client-token-for-the-browser"}}}""");
        using var app = WithKeys(braintree);
        var slug = await app.WithDbAsync(db => db.Products.Where(p => !p.Options.Any() && p.Variants.Sum(v => v.StockOnHand) > 5).OrderBy(p => p.Id).Select(p => p.Slug).FirstAsync());
        using var shopper = new Shopper(app.Browser());
        await shopper.AddToCartAsync(slug);

        var response = await shopper.Client.SubmitFormAsync("/checkout", "form.checkout-address", Shopper.GuestAddress());
        var review = await shopper.Client.GetAsync(response.Headers.Location!.ToString());
        var page = await review.ReadHtmlAsync();
        var csp = string.Join(" ", review.Headers.GetValues("Content-Security-Policy"));
        var home = await shopper.Client.GetAsync("/");

        Assert.Multiple(() =>
        {
            Assert.That(review.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(page.QuerySelector("#hosted-fields")?.GetAttribute("data-client-token"), Is.EqualTo("client-token-for-the-browser"));
            Assert.That(page.QuerySelector(".test-mode"), Is.Null, "no test-mode banner when real keys are set");
            var fields = page.QuerySelector("#hosted-fields")!;
            Assert.That(fields.GetAttribute("data-three-d-secure"), Is.EqualTo("WhenRequired"));
            Assert.That(fields.GetAttribute("data-amount"), Does.Match(@"^\d+\.\d\d$"));
            Assert.That(fields.GetAttribute("data-email"), Is.EqualTo("guest@example.com"));
            Assert.That(fields.GetAttribute("data-billing"), Does.Contain("\"countryCodeAlpha2\":").And.Contain("\"givenName\":"));
            Assert.That(page.QuerySelectorAll("script[src]").Select(s => s.GetAttribute("src")),
                Has.Some.StartsWith("/lib/braintree-web/hosted-fields.js").And.All.StartsWith("/"));
            Assert.That(page.QuerySelectorAll("script[src]").Select(s => s.GetAttribute("src")),
                Has.Some.StartsWith("/lib/braintree-web/three-d-secure.js"));
            Assert.That(csp, Does.Contain("frame-src https:;").And.Contain("songbird.cardinalcommerce.com").And.Not.Contain("unsafe-inline"));
            Assert.That(string.Join(" ", home.Headers.GetValues("Content-Security-Policy")), Does.Not.Contain("braintree"));
        });
        foreach (var src in page.QuerySelectorAll("script[src]").Select(s => s.GetAttribute("src")!))
            Assert.That((await shopper.Client.GetAsync(src)).StatusCode, Is.EqualTo(HttpStatusCode.OK), src);
    }
}
