namespace Shop.Tests.Payments;

/// <summary>Saved cards against the fake Braintree: saving with a charge, reading a customer's cards, deleting.</summary>
public class BraintreeVaultContractTests : BraintreeContractFixture
{
    [Test]
    public async Task A_charge_that_saves_the_card_names_the_customer_and_returns_the_saved_card()
    {
        Server.Always("""
            {"data":{"chargePaymentMethod":{"transaction":{"id":"dHhuX3NhdmU","legacyId":"txnsave","status":"SUBMITTED_FOR_SETTLEMENT",
             "amount":{"value":"10.00","currencyCode":"USD"},"paymentMethod":{"id":"cGF5bWVudG1ldGhvZF9jY19hYmM"},"statusHistory":[]}}}}
            """);

        var result = await Gateway().ChargeAsync(TenDollars() with { SaveForCustomerId = "Y3VzdG9tZXJfMTIz" });

        var transaction = Server.Requests.Single().Input.GetProperty("transaction");
        Assert.Multiple(() =>
        {
            Assert.That(transaction.GetProperty("customerId").GetString(), Is.EqualTo("Y3VzdG9tZXJfMTIz"));
            Assert.That(transaction.GetProperty("vaultPaymentMethodAfterTransacting").GetProperty("when").GetString(), Is.EqualTo("ON_SUCCESSFUL_TRANSACTION"));
            Assert.That(result, Is.TypeOf<ChargeResult.Paid>().With.Property("SavedCardId").EqualTo("cGF5bWVudG1ldGhvZF9jY19hYmM"));
        });
    }

    [Test]
    public async Task A_plain_charge_saves_nothing()
    {
        await Gateway().ChargeAsync(TenDollars());
        var transaction = Server.Requests.Single().Input.GetProperty("transaction");
        Assert.That(transaction.TryGetProperty("vaultPaymentMethodAfterTransacting", out _), Is.False);
        Assert.That(transaction.TryGetProperty("customerId", out _), Is.False);
    }

    [Test]
    public async Task A_customers_cards_are_read_with_brand_last_four_and_expiry()
    {
        Server.Always("""
            {"data":{"node":{"__typename":"Customer","paymentMethods":{"edges":[
              {"node":{"id":"cGF5bWVudG1ldGhvZF8x","details":{"__typename":"CreditCardDetails","brandCode":"VISA","last4":"1111","expirationMonth":"12","expirationYear":"2030"}}},
              {"node":{"id":"cGF5bWVudG1ldGhvZF8y","details":{"__typename":"PayPalAccountDetails"}}},
              {"node":{"id":"cGF5bWVudG1ldGhvZF8z","details":{"__typename":"CreditCardDetails","brandCode":"AMERICAN_EXPRESS","last4":"0005","expirationMonth":"01","expirationYear":"2031"}}}]}}}}
            """);

        var cards = await Gateway().CardsAsync("Y3VzdG9tZXJfMTIz");

        Assert.That(cards, Is.EqualTo(new[]
        {
            new SavedCard("cGF5bWVudG1ldGhvZF8x", "Visa", "1111", "12", "2030"),
            new SavedCard("cGF5bWVudG1ldGhvZF8z", "American Express", "0005", "01", "2031"),
        }));
    }

    [Test]
    public async Task An_outage_is_not_an_empty_vault()
    {
        Server.Always("{}", status: 503);
        Assert.That(await Gateway().CardsAsync("Y3VzdG9tZXJfMTIz"), Is.Null);
        Assert.That(await Gateway().DeleteCustomerAsync("Y3VzdG9tZXJfMTIz"), Is.False);
    }

    [Test]
    public async Task Deleting_what_braintree_no_longer_has_counts_as_done()
    {
        Server.Always("""{"data":{"deleteCustomer":null},"errors":[{"message":"not found","extensions":{"errorClass":"NOT_FOUND"}}]}""");
        Assert.That(await Gateway().DeleteCustomerAsync("Y3VzdG9tZXJfMTIz"), Is.True);
    }
}
