using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Microsoft.Playwright;
using Shop.Tests.Payments;
using static Microsoft.Playwright.Assertions;

namespace Shop.Tests.Browser;

/// <summary>
/// The card form with real keys: the shop's hosted-fields.js against a stand-in for braintree-web (served in place of
/// Braintree's scripts) and a fake Braintree API. The stand-in's verifyCard swaps the nonce as Braintree's does and
/// always claims liabilityShifted: the shop must go by what the API says about the new nonce, not by the browser.
/// </summary>
public class HostedFieldsThreeDSecureJourneyTests : FakeBraintreeBrowserTest
{
    private const string Confirmed = "tokencc_3ds_confirmed";
    private const string NotConfirmed = "tokencc_3ds_not_confirmed";

    [Test]
    public async Task A_card_the_bank_confirms_is_charged_with_the_nonce_verifyCard_returned()
    {
        await Page.AddFirstProductOfAsync("kitchen");
        await Page.EnterDeliveryAsync("hosted@example.com");

        await Page.GetByLabel("Card number (stand-in)").FillAsync("4000 0000 0000 1091");
        await Page.Locator(".pay-button").ClickAsync();

        await Expect(Page).ToHaveURLAsync(new Regex("/checkout/confirmation/SHP-"));
        var verified = await Page.EvaluateAsync<JsonElement>("() => JSON.parse(sessionStorage.getItem('verifyCard'))");
        Assert.Multiple(() =>
        {
            Assert.That(verified.GetProperty("nonce").GetString(), Is.EqualTo("tokencc_4000001091"), "the nonce Hosted Fields gave");
            Assert.That(verified.GetProperty("bin").GetString(), Is.EqualTo("400000"));
            Assert.That(verified.GetProperty("amount").GetString(), Does.Match(@"^\d+\.\d\d$"));
            Assert.That(verified.GetProperty("email").GetString(), Is.EqualTo("hosted@example.com"));
            Assert.That(verified.GetProperty("billingAddress").GetProperty("givenName").GetString(), Is.EqualTo("Grace"));
            var charged = Braintree.Requests.Where(r => r.Query.Contains("chargePaymentMethod", StringComparison.Ordinal)).ToList();
            Assert.That(charged.Select(r => r.Input.GetProperty("paymentMethodId").GetString()), Is.EqualTo(new[] { Confirmed }));
        });
    }

    [Test]
    public async Task A_card_the_bank_cannot_confirm_is_refused_whatever_the_browser_says()
    {
        await Page.AddFirstProductOfAsync("audio");
        await Page.EnterDeliveryAsync("hosted-refused@example.com");

        await Page.GetByLabel("Card number (stand-in)").FillAsync("4000 0000 0000 1000");
        await Page.Locator(".pay-button").ClickAsync();

        await Expect(Page.Locator(".payment-error")).ToContainTextAsync("could not confirm it was you (3-D Secure)");
        Assert.That(Braintree.Requests.Where(r => r.Query.Contains("chargePaymentMethod", StringComparison.Ordinal)
            && r.Input.GetProperty("paymentMethodId").GetString() == NotConfirmed), Is.Empty, "never charged");
        await Page.GotoAsync("/cart");
        await Expect(Page.Locator(".cart-line")).ToHaveCountAsync(1);
    }

    protected override async Task AnswerAsync(RecordedRequest request, HttpContext context)
    {
        if (request.Query.Contains("createClientToken", StringComparison.Ordinal))
        {
            await FakeBraintreeServer.Json(context, """{"data":{"createClientToken":{"clientToken":"client-token"}}}""");
            return;
        }
        if (request.Query.Contains("PaymentMethodThreeDSecure", StringComparison.Ordinal))
        {
            var confirmed = request.Variables.GetProperty("id").GetString() == Confirmed;
            var authentication = confirmed
                ? """{"liabilityShifted":true,"liabilityShiftPossible":true,"authenticationStatus":"AUTHENTICATE_SUCCESSFUL","cardEnrolled":"YES"}"""
                : """{"liabilityShifted":false,"liabilityShiftPossible":true,"authenticationStatus":"AUTHENTICATE_FAILED","cardEnrolled":"YES"}""";
            await FakeBraintreeServer.Json(context, $$"""{"data":{"node":{"__typename":"PaymentMethod","id":"x","details":{"__typename":"CreditCardDetails","threeDSecure":{"authentication":{{authentication}} } } } } }""");
            return;
        }
        var transaction = request.Input.GetProperty("transaction");
        var currency = Shop.Services.GetRequiredService<IOptions<Shop.Web.ShopOptions>>().Value.Currency;
        await FakeBraintreeServer.Json(context, $$"""
            {"data":{"chargePaymentMethod":{"transaction":{"id":"dHJhbnNhY3Rpb25fMw","legacyId":"3","status":"SUBMITTED_FOR_SETTLEMENT",
             "orderId":"{{transaction.GetProperty("orderId").GetString()}}","amount":{"value":"{{transaction.GetProperty("amount").GetString()}}","currencyCode":"{{currency}}"},"statusHistory":[]} } } }
            """);
    }
}
