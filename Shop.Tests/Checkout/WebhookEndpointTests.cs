using System.Security.Cryptography;

namespace Shop.Tests.Checkout;

public class WebhookEndpointTests : ShopFixture
{
    private const string PublicKey = "test_public_key";
    private const string PrivateKey = "test_private_key";
    protected override bool ShopPerTest => true;

    protected override Dictionary<string, string?> Settings => new()
    {
        // Keys for the signature only: without a merchant id the simulated gateway still takes payments.
        ["Shop:Payments:Braintree:PublicKey"] = PublicKey,
        ["Shop:Payments:Braintree:PrivateKey"] = PrivateKey,
    };

    private static string Payload(string kind, string orderNumber, string amount = "10.00", string currency = "USD") => Convert.ToBase64String(Encoding.UTF8.GetBytes(
        $"""<?xml version="1.0" encoding="UTF-8"?><notification><timestamp type="datetime">2026-11-23T12:00:00Z</timestamp><kind>{kind}</kind><subject><transaction><id>abc123</id><status>settled</status><order-id>{orderNumber}</order-id><amount>{amount}</amount><currency-iso-code>{currency}</currency-iso-code></transaction></subject></notification>""")) + "\n";

    private static string Sign(string payload, string privateKey = PrivateKey)
    {
        var key = SHA1.HashData(Encoding.UTF8.GetBytes(privateKey));
        return $"{PublicKey}|{Convert.ToHexStringLower(HMACSHA1.HashData(key, Encoding.UTF8.GetBytes(payload)))}";
    }

    private async Task<string> PaidOrderAsync(HttpClient? signedIn = null)
    {
        var slug = await App.WithDbAsync(db => db.Products.Where(p => !p.Options.Any() && p.Variants.Sum(v => v.StockOnHand) > 20).OrderBy(p => p.Id).Select(p => p.Slug).FirstAsync());
        var shopper = new Shopper(signedIn ?? App.Browser());
        await shopper.AddToCartAsync(slug);
        await shopper.CheckoutAsync();
        if (signedIn is null) shopper.Dispose();
        return await App.WithDbAsync(db => db.Orders.Select(o => o.Number).SingleAsync());
    }

    private Task<HttpResponseMessage> PostAsync(string? signature, string? payload)
    {
        var fields = new Dictionary<string, string>();
        if (signature is not null) fields["bt_signature"] = signature;
        if (payload is not null) fields["bt_payload"] = payload;
        return App.Browser().PostAsync("/payments/braintree/webhook", new FormUrlEncodedContent(fields));
    }

    private Task<List<string>> TimelineAsync(string number) =>
        App.WithDbAsync(db => db.Orders.Where(o => o.Number == number).SelectMany(o => o.History).Select(h => h.Note).ToListAsync());

    [Test]
    public async Task What_the_gateway_reports_is_on_the_staff_timeline_and_not_on_the_shoppers_order_page()
    {
        using var me = await App.CreateAccountAndSignInAsync(Accounts.UniqueEmail("settled"));
        var number = await PaidOrderAsync(me);
        var total = await App.WithDbAsync(db => db.Orders.Where(o => o.Number == number).Select(o => o.Total).SingleAsync());
        var payload = Payload("transaction_settled", number, total.ToInvariantString());
        await PostAsync(Sign(payload), payload);

        var settled = await App.WithDbAsync(db => db.Orders.Where(o => o.Number == number).SelectMany(o => o.History)
            .SingleAsync(h => h.Note == "Payment settled (Braintree)."));
        var (_, page) = await me.GetPageAsync($"/account/orders/{number}");
        Assert.That(settled.IsInternal, Is.True, "staff's");
        Assert.That(page.Text(".order-history"), Does.Contain("Order placed.").And.Not.Contain("Braintree"), "the shopper's order page");
    }

    [Test]
    public async Task A_signed_settlement_notice_is_added_to_the_order_timeline_once()
    {
        var number = await PaidOrderAsync();
        var payload = Payload("transaction_settled", number);

        var first = await PostAsync(Sign(payload), payload);
        var again = await PostAsync(Sign(payload), payload);

        Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(again.StatusCode, Is.EqualTo(HttpStatusCode.OK), "a repeat delivery is acknowledged");
        Assert.That((await TimelineAsync(number)).Count(n => n.Contains("settled")), Is.EqualTo(1));
    }

    [Test]
    public async Task A_settlement_counts_as_the_orders_payment_only_in_its_amount_and_currency()
    {
        var number = await PaidOrderAsync();
        var total = await App.WithDbAsync(db => db.Orders.Where(o => o.Number == number).Select(o => o.Total).SingleAsync());
        var amount = total.ToInvariantString();
        var right = Payload("transaction_settled", number, amount);
        var otherCurrency = Payload("transaction_disbursed", number, amount, "EUR");

        await PostAsync(Sign(right), right);
        await PostAsync(Sign(otherCurrency), otherCurrency);

        var timeline = await TimelineAsync(number);
        Assert.That(timeline, Has.One.EqualTo("Payment settled (Braintree)."));
        Assert.That(timeline, Has.One.Contains($"for {new Money(total.Amount, "EUR")}, not this order's {total}: not counted as its payment"));
        Assert.That(timeline, Has.None.EqualTo("Payment disbursed to the shop's account."));
    }

    [Test]
    public async Task A_large_signed_notice_over_the_shop_wide_64_kb_field_limit_is_still_read()
    {
        var number = await PaidOrderAsync();
        var xml = $"""<?xml version="1.0" encoding="UTF-8"?><notification><!-- {new string('x', 90_000)} --><timestamp type="datetime">2026-11-23T12:00:00Z</timestamp><kind>transaction_settled</kind><subject><transaction><id>abc123</id><status>settled</status><order-id>{number}</order-id><amount>10.00</amount><currency-iso-code>USD</currency-iso-code></transaction></subject></notification>""";
        var payload = Convert.ToBase64String(Encoding.UTF8.GetBytes(xml)) + "\n";
        Assert.That(payload, Has.Length.GreaterThan(64 * 1024));

        var response = await PostAsync(Sign(payload), payload);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await TimelineAsync(number)).Count(n => n.Contains("settled")), Is.EqualTo(1));
    }

    [Test]
    public async Task Unsigned_tampered_or_foreign_notices_are_refused_and_change_nothing()
    {
        var number = await PaidOrderAsync();
        var payload = Payload("dispute_lost", number);
        var tampered = Payload("dispute_lost", number).Replace("A", "B");
        var before = await TimelineAsync(number);

        var responses = new[]
        {
            await PostAsync(null, payload),
            await PostAsync(Sign(payload), null),
            await PostAsync(Sign(payload), tampered),
            await PostAsync(Sign(payload, "someone_elses_key"), payload),
            await PostAsync("not-even-a-signature", payload),
        };

        Assert.That(responses.Select(r => r.StatusCode), Has.All.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await TimelineAsync(number), Is.EqualTo(before));
    }
}
