using Shop.Tests.Checkout;

namespace Shop.Tests.Languages;

/// <summary>The flash sale's short answer ("sold out", back to the cart) keeps a German shopper in German, naming the product as they read it.</summary>
public class GermanSoldOutTests
{
    [Test]
    public async Task A_German_shopper_too_late_for_the_last_unit_goes_back_to_the_German_cart()
    {
        using var app = new ShopApp(new() { ["Shop:Languages"] = "en,de,fr" });
        var product = await SaleProducts.OneLeftAsync(app);
        const string german = "Letztes Stück im Schlussverkauf";
        await app.UntranslateProductAsync(product.Id); // a name of the test's own, not the demo's German one
        await app.WithDbAsync(async db =>
        {
            db.Add(new ProductTranslation(product.Id, "de", german, null));
            await db.SaveChangesAsync();
        });
        var shoppers = Enumerable.Range(0, 3).Select(_ => new Shopper(app.Browser())).ToList();
        var reviews = new List<AngleSharp.Dom.IDocument>();
        foreach (var s in shoppers)
        {
            await s.AddToCartAsync(product.Slug);
            reviews.Add(await s.Client.FollowAsync(await s.Client.SubmitFormAsync("/de/checkout", "form.checkout-address", Shopper.GuestAddress())));
        }
        await shoppers[0].PayAsync(reviews[0], "fake-valid-nonce");
        await Task.Delay(Shop.Web.Live.StockFeed.Interval * 2); // as SoldOutShortCutTests: the node learns the stock in the background

        var first = await shoppers[1].PayAsync(reviews[1], "fake-valid-nonce");
        var second = await shoppers[2].PayAsync(reviews[2], "fake-valid-nonce");
        var (_, cart) = await shoppers[2].Client.GetPageAsync(second.Headers.Location!.ToString());
        Assert.Multiple(() =>
        {
            Assert.That(first.Headers.Location?.ToString(), Is.EqualTo("/de/cart"));
            Assert.That(second.Headers.Location?.ToString(), Is.EqualTo("/de/cart"), "the short cut too");
            Assert.That(cart.Text("main"), Does.Contain($"Leider ist {german} gerade ausverkauft"), "the short cut names the product in German");
        });
        shoppers.ForEach(s => s.Dispose());
    }
}
