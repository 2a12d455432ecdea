using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Playwright;
using Shop.Tests.Payments;
using static Microsoft.Playwright.Assertions;

namespace Shop.Tests.Browser;

/// <summary>
/// PayPal and a saved card's CVV with real keys: the shop's paypal-checkout.js and hosted-fields.js against a stand-in
/// for braintree-web and PayPal's buttons (fake-braintree-web.js) and a fake Braintree API. PayPal's own window is not
/// simulated. The API, not the browser, says what the nonce is and who paid.
/// </summary>
public class PayPalHostedJourneyTests : FakeBraintreeBrowserTest
{
    private const string PayPalNonce = "paypal_nonce_stand_in";
    private const string Customer = "Y3VzdG9tZXJfcHA";
    private const string SavedCardId = "cGF5bWVudG1ldGhvZF9wcA";

    protected override Dictionary<string, string?> MoreSettings => new()
    {
        ["Shop:Payments:Braintree:PayPal"] = "true",
        ["Shop:Payments:Braintree:SavedCardCvv"] = "true",
    };

    private List<RecordedRequest> Charges(string mutation) =>
        Braintree.Requests.Where(r => r.Query.Contains(mutation + "(input", StringComparison.Ordinal)).ToList();

    [Test]
    public async Task Shopper_pays_with_PayPal_beside_the_card_form()
    {
        await Page.AddFirstProductOfAsync("kitchen");
        var review = Page.WaitForResponseAsync(r => r.Url.EndsWith("/checkout/review", StringComparison.Ordinal));
        await Page.EnterDeliveryAsync("paypal-hosted@example.com");
        var csp = (await (await review).AllHeadersAsync())["content-security-policy"];

        var button = Page.GetByRole(AriaRole.Button, new() { Name = "PayPal (stand-in)" });
        await Expect(button).ToBeVisibleAsync();
        await Page.LookAsync("review-paypal-button");
        await button.ClickAsync();

        await Expect(Page).ToHaveURLAsync(new Regex("/checkout/confirmation/SHP-"));
        await Expect(Page.Locator(".payment-method")).ToContainTextAsync("PayPal (payer@example.com), through Braintree");
        var payment = await Page.EvaluateAsync<JsonElement>("() => JSON.parse(sessionStorage.getItem('createPayment'))");
        Assert.Multiple(() =>
        {
            Assert.That(csp, Does.Contain("script-src 'self' ").And.Contain("https://www.paypal.com"), "PayPal's SDK may load");
            Assert.That(payment.GetProperty("flow").GetString(), Is.EqualTo("checkout"));
            Assert.That(payment.GetProperty("amount").GetString(), Does.Match(@"^\d+\.\d\d$"));
            Assert.That(payment.GetProperty("currency").GetString(), Is.EqualTo("USD"));
            Assert.That(Charges("chargePayPalAccount").Select(r => r.Input.GetProperty("paymentMethodId").GetString()), Is.EqualTo(new[] { PayPalNonce }));
            Assert.That(Charges("chargePaymentMethod"), Is.Empty);
        });
    }

    [Test]
    public async Task Shopper_types_the_saved_card_s_CVV_in_Braintree_s_field()
    {
        var email = Accounts.UniqueEmail("cvvhosted");
        var user = await Shop.CreateAccountAsync(email);
        await Shop.WithDbAsync(db => db.Users.Where(u => u.Id == user.Id).ExecuteUpdateAsync(s => s.SetProperty(u => u.BraintreeCustomerId, Customer)));
        await Page.GotoAsync("/account/sign-in");
        await FillSignInFormAsync(Page, email, Accounts.Password);
        await Page.AddFirstProductOfAsync("kitchen");
        await Page.EnterDeliveryAsync(email);

        await Expect(Page.GetByLabel(new Regex("^Visa ending 1111 expires"))).ToBeCheckedAsync();
        var cvv = Page.GetByLabel("CVV (stand-in)");
        await Page.Locator(".pay-button").ClickAsync();
        await Expect(Page.Locator(".saved-card-cvv .payment-step-error")).ToHaveTextAsync("Enter the security code (CVV) of your saved card.");
        await cvv.FillAsync("200");
        await Page.Locator(".pay-button").ClickAsync();
        await Expect(Page.Locator(".payment-error")).ToHaveTextAsync("The security code (CVV) did not match. You have not been charged.");
        await Page.GetByLabel("CVV (stand-in)").FillAsync("123");
        await Page.Locator(".pay-button").ClickAsync();

        await Expect(Page).ToHaveURLAsync(new Regex("/checkout/confirmation/SHP-"));
        Assert.That(Charges("chargeCreditCard").Select(r => (r.Input.GetProperty("paymentMethodId").GetString(),
            r.Input.GetProperty("options").GetProperty("tokenizedCvv").GetString())),
            Is.EqualTo(new[] { (SavedCardId, "tokencvv_200"), (SavedCardId, "tokencvv_123") }));
    }

    protected override async Task AnswerAsync(RecordedRequest request, HttpContext context)
    {
        var query = request.Query;
        if (query.Contains("createClientToken", StringComparison.Ordinal))
        {
            await FakeBraintreeServer.Json(context, """{"data":{"createClientToken":{"clientToken":"client-token"}}}""");
            return;
        }
        if (query.Contains("CustomerCards", StringComparison.Ordinal))
        {
            await FakeBraintreeServer.Json(context, $$"""
                {"data":{"node":{"__typename":"Customer","paymentMethods":{"edges":[{"node":{"id":"{{SavedCardId}}",
                 "details":{"__typename":"CreditCardDetails","brandCode":"VISA","last4":"1111","expirationMonth":"12","expirationYear":"2030"} } } ] } } } }
                """);
            return;
        }
        if (query.Contains("PaymentMethodThreeDSecure", StringComparison.Ordinal))
        {
            var details = request.Variables.GetProperty("id").GetString() == PayPalNonce
                ? """{"__typename":"PayPalAccountDetails","email":"payer@example.com"}"""
                : """{"__typename":"CreditCardDetails","threeDSecure":null}""";
            await FakeBraintreeServer.Json(context, $$"""{"data":{"node":{"__typename":"PaymentMethod","id":"x","details":{{details}} } } }""");
            return;
        }
        var mutation = new[] { "chargePayPalAccount", "chargeCreditCard", "chargePaymentMethod" }.First(m => query.Contains(m + "(input", StringComparison.Ordinal));
        var rejected = request.Input.TryGetProperty("options", out var options) && options.GetProperty("tokenizedCvv").GetString() == "tokencvv_200";
        var transaction = request.Input.GetProperty("transaction");
        var currency = Shop.Services.GetRequiredService<IOptions<Shop.Web.ShopOptions>>().Value.Currency;
        var (status, history) = rejected
            ? ("GATEWAY_REJECTED", """{"status":"GATEWAY_REJECTED","gatewayRejectionReason":"CVV"}""")
            : ("SUBMITTED_FOR_SETTLEMENT", "");
        await FakeBraintreeServer.Json(context, $$"""
            {"data":{"{{mutation}}":{"transaction":{"id":"dHJhbnNhY3Rpb25fcHA{{Braintree.Requests.Count}}","legacyId":"pp","status":"{{status}}",
             "orderId":"{{transaction.GetProperty("orderId").GetString()}}","amount":{"value":"{{transaction.GetProperty("amount").GetString()}}","currencyCode":"{{currency}}"},"statusHistory":[{{history}}]} } } }
            """);
    }
}
