using Shop.Domain.Checkout;
using Shop.Web.Payments.Simulated;

namespace Shop.Tests.Languages;

/// <summary>Why a payment failed, or why the order changed, in the shopper's language; the gateway's own reason as it gave it.</summary>
public class CheckoutMessageTests : ShopFixture
{
    protected override Dictionary<string, string?> Settings => new()
    {
        ["Shop:Languages"] = "en,de,fr",
        ["Shop:Payments:ThreeDSecure"] = "WhenRequired",
    };

    private Task<List<string>> SlugsAsync(int count) => App.WithDbAsync(db => db.Products
        .Where(p => !p.Options.Any() && p.Variants.Sum(v => v.StockOnHand) >= 50 && p.Price < 100m && p.IsPublished)
        .OrderBy(p => p.Id).Select(p => p.Slug).Take(count).ToListAsync());

    /// <summary>A shopper who chose <paramref name="language"/>, with one product in the cart, on the review page.</summary>
    private async Task<(Shopper Shopper, IDocument Review)> ReviewingAsync(string language)
    {
        var shopper = new Shopper(App.Browser());
        if (language != "en") await shopper.Client.GetAsync($"/language/{language}");
        await shopper.AddToCartAsync((await SlugsAsync(1))[0]);
        return (shopper, await shopper.EnterAddressAsync());
    }

    private async Task<(HttpStatusCode Status, string Error)> PayAsync(string language, string nonce)
    {
        var (shopper, review) = await ReviewingAsync(language);
        using (shopper)
        {
            var response = await shopper.PayAsync(review, nonce);
            return (response.StatusCode, (await response.ReadHtmlAsync()).Text(".payment-error"));
        }
    }

    [TestCase(TestNonces.ProcessorDeclined,
        "Ihre Karte wurde abgelehnt: Do Not Honor (Code 2000). Ihnen wurde nichts berechnet; versuchen Sie es mit einer anderen Karte.")]
    [TestCase(TestNonces.ProcessorFailure,
        "Die Bank Ihrer Karte war nicht erreichbar. Ihnen wurde nichts berechnet; bitte versuchen Sie es gleich noch einmal.")]
    [TestCase(TestNonces.GatewayRejectedFraud, "Die Zahlung wurde von unserer Betrugsprüfung abgelehnt. Ihnen wurde nichts berechnet.")]
    [TestCase(TestNonces.Unavailable,
        "Der Zahlungsdienst ist gerade nicht erreichbar. Ihnen wurde nichts berechnet; bitte versuchen Sie es in ein paar Minuten noch einmal.")]
    [TestCase(TestNonces.Consumed,
        "Ihre Kartendaten konnten nicht verwendet werden. Ihnen wurde nichts berechnet; bitte geben Sie Ihre Karte noch einmal ein.")]
    [TestCase(ThreeDSecureNonces.FailedAuthentication,
        "Ihre Bank konnte nicht bestätigen, dass Sie es sind (3-D Secure). Ihnen wurde nichts berechnet; versuchen Sie es noch einmal oder nehmen Sie eine andere Karte.")]
    public async Task A_failed_payment_is_explained_in_German(string nonce, string german)
    {
        var (status, error) = await PayAsync("de", nonce);
        Assert.That(status, Is.EqualTo(HttpStatusCode.PaymentRequired));
        Assert.That(error, Is.EqualTo(german));
    }

    [Test]
    public async Task French_shipping_choices_put_a_space_before_the_colon()
    {
        using var shopper = new Shopper(App.Browser());
        await shopper.Client.GetAsync("/language/fr");
        await shopper.AddToCartAsync((await SlugsAsync(1))[0]);

        var labels = (await (await shopper.Client.GetAsync("/checkout")).ReadHtmlAsync()).QuerySelectorAll("input[name='Form.ShippingMethod'] + label")
            .Select(l => l.TextContent.Trim()).ToList();

        Assert.That(labels, Is.Not.Empty);
        Assert.That(labels, Has.All.Contains("\u00A0: ").And.None.Matches(@"\S:"), "as French writes it: « sous 5 jours ouvrés : 4,99 $ »");
    }

    [Test]
    public async Task A_declined_card_is_explained_in_French()
    {
        var (_, error) = await PayAsync("fr", TestNonces.ProcessorDeclined);
        Assert.That(error, Is.EqualTo("Votre carte a été refusée : Do Not Honor (code 2000). Vous n’avez pas été débité ; essayez une autre carte."));
    }

    [Test]
    public async Task Payment_details_the_gateway_cannot_use_read_as_one_clean_sentence_without_its_jargon()
    {
        var (_, error) = await PayAsync("en", TestNonces.Consumed);
        var notes = await App.WithDbAsync(db => db.Orders.Include(o => o.History).OrderByDescending(o => o.Id).Select(o => o.History).FirstAsync());
        Assert.That(error, Is.EqualTo("Your card details could not be used. You have not been charged; please enter your card again."));
        Assert.That(error, Does.Not.Contain("..").And.Not.Contain("payment_method_nonce"));
        Assert.That(notes.Where(n => n.IsInternal).Select(n => n.Note), Has.Some.StartsWith("The gateway could not use the payment details: Cannot use a payment_method_nonce"),
            "staff keep the gateway's words, in a note the shopper does not see");
    }

    [Test]
    public async Task Paying_again_from_the_same_page_after_a_decline_says_why_in_German_too()
    {
        var (shopper, review) = await ReviewingAsync("de");
        using (shopper)
        {
            await shopper.PayAsync(review, TestNonces.ProcessorDeclined);
            var again = await shopper.PayAsync(review, TestNonces.ProcessorDeclined); // the same attempt: its order answers
            Assert.That((await again.ReadHtmlAsync()).Text(".payment-error"), Does.StartWith("Ihre Karte wurde abgelehnt: Do Not Honor (Code 2000)."));
        }
    }

    [Test]
    public async Task An_order_changed_since_review_is_explained_in_German_with_the_new_total()
    {
        var (shopper, review) = await ReviewingAsync("de");
        using (shopper)
        {
            await shopper.AddToCartAsync((await SlugsAsync(2))[1]); // another tab
            var paid = await shopper.PayAsync(review, TestNonces.Valid);
            var again = await paid.ReadHtmlAsync();
            Assert.That(paid.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
            Assert.That(again.Text(".payment-error"), Does.StartWith("Ihre Bestellung hat sich geändert, seit Sie sie geprüft haben")
                .And.Contain($"Sie kostet jetzt {again.Text(".pay-button").Replace(" bezahlen", "")}.")
                .And.EndWith("Es wurde nichts berechnet; prüfen Sie sie unten und zahlen Sie noch einmal."));
        }
    }

    /// <summary>A shopper who chose German, with one product in the cart and <paramref name="code"/> (made now, 10% off) applied.</summary>
    private async Task<Shopper> GermanShopperWithCodeAsync(string code)
    {
        await App.WithDbAsync(async db =>
        {
            db.DiscountCodes.Add(new DiscountCode(code, DiscountKind.Percentage, 10m));
            await db.SaveChangesAsync();
        });
        var shopper = new Shopper(App.Browser());
        await shopper.Client.GetAsync("/language/de");
        await shopper.AddToCartAsync((await SlugsAsync(1))[0]);
        await shopper.Client.SubmitFormAsync("/de/cart", "form[action$='/cart/discount']", new Dictionary<string, string?> { ["code"] = code });
        return shopper;
    }

    private Task DisableAsync(string code) => App.WithDbAsync(async db =>
    {
        (await db.DiscountCodes.SingleAsync(d => d.Code == code)).Disable();
        await db.SaveChangesAsync();
    });

    [Test]
    public async Task A_code_staff_switched_off_after_review_is_refused_at_Pay_in_German()
    {
        using var shopper = await GermanShopperWithCodeAsync("PAUSE");
        var review = await shopper.EnterAddressAsync();
        await DisableAsync("PAUSE");

        var paid = await shopper.PayAsync(review, TestNonces.Valid);

        Assert.That(paid.StatusCode, Is.EqualTo(HttpStatusCode.UnprocessableEntity));
        Assert.That((await paid.ReadHtmlAsync()).Text(".payment-error"), Is.EqualTo("Der Code PAUSE gilt nicht mehr."));
    }

    [Test]
    public async Task A_code_switched_off_before_the_review_is_named_there_in_German_with_a_way_back_to_the_review_without_it()
    {
        using var shopper = await GermanShopperWithCodeAsync("HALT");
        await DisableAsync("HALT");

        var review = await shopper.EnterAddressAsync();
        var again = await shopper.Client.FollowAsync(await shopper.Client.SubmitFormAsync(review, ".discount-problem form"));

        Assert.That(review.Texts(".discount-problem p"), Is.EqualTo(new[]
        {
            "Der Code HALT gilt nicht mehr.",
            "Um zu bezahlen, entfernen Sie den Code oder ändern Sie Ihren Warenkorb so, dass er gilt.",
        }));
        Assert.That(review.Text(".discount-problem .remove-code"), Is.EqualTo("Code entfernen"));
        Assert.That(again.Text("h1"), Is.EqualTo("Prüfen und bezahlen"), "back on the review, in German");
        Assert.That(again.QuerySelector(".discount-problem"), Is.Null);
        Assert.That(again.Text(".pay-button"), Does.EndWith("bezahlen"));
    }

    [Test]
    public async Task A_payment_without_its_review_asks_in_German_to_check_the_order()
    {
        var (shopper, review) = await ReviewingAsync("de");
        using (shopper)
        {
            review.QuerySelector("form.payment-form")!.SetAttribute("action", "/checkout/pay?quote=made-up");
            var paid = await shopper.PayAsync(review, TestNonces.Valid);
            Assert.That(paid.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That((await paid.ReadHtmlAsync()).Text(".payment-error"), Is.EqualTo("Bitte prüfen Sie unten Ihre Bestellung und zahlen Sie dann."));
        }
    }
}
