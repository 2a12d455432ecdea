using Shop.Domain.Markets;
using Shop.Tests.Checkout;
using Shop.Web.Markets;
using static Shop.Tests.Checkout.MarketBuyers;

namespace Shop.Tests.Languages;

/// <summary>A shipping method the shop does not offer to an address, refused in the shopper's language at either step.</summary>
public class ShippingRefusalTests : ShopFixture
{
    protected override Dictionary<string, string?> Settings => new() { ["Shop:Languages"] = "en,de,fr" };

    [OneTimeSetUp]
    public Task LoadMarkets() => App.LoadDemoMarketsAsync();

    private async Task<Shopper> ShopperAsync(string language, int product)
    {
        var shopper = new Shopper(App.Browser());
        await shopper.Client.GetAsync($"/language/{language}");
        await shopper.AddToCartAsync((await App.ProductAsync(product)).Slug);
        return shopper;
    }

    [Test]
    public async Task A_method_not_offered_to_the_address_is_refused_in_German_and_French()
    {
        using var german = await ShopperAsync("de", 0);
        using var french = await ShopperAsync("fr", 0);
        var email = Accounts.UniqueEmail("fern");

        var japan = await german.Client.SubmitFormAsync("/checkout", "form.checkout-address", Buyer(email, "JP", "Tokyo", "100-0001"));
        var express = await french.Client.SubmitFormAsync("/checkout", "form.checkout-address", Buyer(email, "FR", "Paris", "75001", method: "Express"));

        Assert.Multiple(async () =>
        {
            Assert.That(japan.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That((await japan.ReadHtmlAsync()).Text("[data-valmsg-for='Form.ShippingMethod']"),
                Is.EqualTo("Standardversand ist für dieses Lieferziel nicht verfügbar: Japan."));
            Assert.That(express.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That((await express.ReadHtmlAsync()).Text("[data-valmsg-for='Form.ShippingMethod']"),
                Is.EqualTo("Livraison express : non disponible pour cette destination (France)."));
        });
    }

    [Test]
    public async Task Shipping_withdrawn_between_review_and_pay_is_explained_in_German()
    {
        using var shopper = await ShopperAsync("de", 1);
        var email = Accounts.UniqueEmail("zurueck");
        var review = await shopper.EnterAddressAsync(Buyer(email, "DE", "München", "80331", method: "Express"));
        Assert.That(review.QuerySelector("form.payment-form"), Is.Not.Null, "Germany gets express");
        await App.WithDbAsync(async db =>
        {
            (await db.ShippingZones.SingleAsync(z => z.Name == "Germany")).Change("Germany", "CH", null);
            await db.SaveChangesAsync();
        });

        var paid = await shopper.PayAsync(review, TestNonces.Valid);
        var address = await shopper.Client.FollowAsync(paid);

        Assert.That(paid.Headers.Location?.OriginalString, Does.EndWith("/checkout"));
        Assert.That(address.Text(".alert-warning"), Is.EqualTo("Expressversand ist für dieses Lieferziel nicht verfügbar: Deutschland."));
        Assert.That(await App.WithDbAsync(db => db.Orders.CountAsync(o => o.Email == email)), Is.Zero, "no order was placed");
    }
}
