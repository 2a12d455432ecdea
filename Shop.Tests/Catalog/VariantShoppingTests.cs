using Shop.Web.Catalog;

namespace Shop.Tests.Catalog;

/// <summary>A shirt in sizes and colours, bought as a shopper would: the picker without JavaScript, cart, checkout, order, mail.</summary>
public class VariantShoppingTests : ShopFixture
{
    protected override bool ShopPerTest => true;

    private const string Slug = "test-linen-shirt";

    /// <summary>Size S/M/L × Colour Blue/White; L / White costs more, S / Blue is sold out, the rest have 5 each.</summary>
    private async Task<Dictionary<string, int>> ShirtAsync()
    {
        return await App.WithDbAsync(async db =>
        {
            var category = await db.Categories.OrderBy(c => c.Id).Select(c => c.Id).FirstAsync();
            var shirt = new Product("Test Linen Shirt", Slug, "TLS", "Cool in summer.", 39m, category, DateTimeOffset.UtcNow);
            shirt.DefineOptions([("Size", ["S", "M", "L"]), ("Colour", ["Blue", "White"])]);
            shirt.AddImage("/media/demo/test-front-640.webp", "The shirt from the front");
            shirt.AddImage("/media/demo/test-white-640.webp", "The white shirt");
            shirt.Publish();
            db.Products.Add(shirt);
            await db.SaveChangesAsync();
            foreach (var v in shirt.Variants)
            {
                shirt.SetStock(v.Id, v.Title == "S / Blue" ? 0 : 5);
                var white = v.Title.EndsWith("White", StringComparison.Ordinal) ? "/media/demo/test-white-640.webp" : null;
                shirt.ChangeVariant(v.Id, v.Sku, v.Title == "L / White" ? 45m : null, null, 200, white, published: true);
            }
            await db.SaveChangesAsync();
            return shirt.Variants.ToDictionary(v => v.Title, v => v.Id);
        });
    }

    private Task<int> StockAsync(int variantId) => App.WithDbAsync(db => db.Variants.Where(v => v.Id == variantId).Select(v => v.StockOnHand).SingleAsync());

    [Test]
    public async Task The_picker_works_without_javascript_and_answers_with_the_chosen_variant()
    {
        var ids = await ShirtAsync();
        using var client = App.Browser();

        var (_, first) = await client.GetPageAsync($"/p/{Slug}");
        Assert.Multiple(() =>
        {
            Assert.That(first.QuerySelectorAll("form.variant-picker fieldset legend").Select(l => l.Text()), Is.EqualTo(new[] { "Size: S", "Colour: White" }),
                "the first combination in stock is chosen");
            Assert.That(first.QuerySelector("form.buy-box input[name=variantId]")!.GetAttribute("value"), Is.EqualTo(ids["S / White"].ToString()));
            Assert.That(first.Text("label[for='o2-0']"), Is.EqualTo("Blue (unavailable)"), "S / Blue is sold out: shown, marked, not hidden");
            Assert.That(first.QuerySelector("label[for='o2-0']")!.ClassList, Does.Contain("unavailable"));
            Assert.That(first.QuerySelector(".gallery-main img")!.GetAttribute("alt"), Is.EqualTo("The white shirt"), "the variant's picture leads");
        });

        // The plain form asks the server for L / White: its price, stock, SKU and picture come back.
        var (_, large) = await client.GetPageAsync($"/p/{Slug}?o1=L&o2=White");
        Assert.Multiple(() =>
        {
            Assert.That(large.Text(".variant-price .price"), Is.EqualTo("$45.00"));
            Assert.That(large.Text(".stock-state"), Is.EqualTo("Only 5 left"));
            Assert.That(large.Text(".variant-sku"), Is.EqualTo("TLS-L-WHIT"));
            Assert.That(large.QuerySelector("form.buy-box input[name=variantId]")!.GetAttribute("value"), Is.EqualTo(ids["L / White"].ToString()));
        });

        var (_, soldOut) = await client.GetPageAsync($"/p/{Slug}?o1=S&o2=Blue");
        var button = soldOut.QuerySelector("form.buy-box button")!;
        Assert.That((soldOut.Text(".stock-state"), button.HasAttribute("disabled"), button.Text()), Is.EqualTo(("Sold out", true, "Sold out")));

        var (_, shared) = await client.GetPageAsync($"/p/{Slug}?variant={ids["M / Blue"]}");
        Assert.That(shared.QuerySelectorAll("form.variant-picker input:checked").Select(i => i.GetAttribute("value")), Is.EqualTo(new[] { "M", "Blue" }));

        foreach (var junk in new[] { "?o1=XXL&o2=Blue", "?variant=abc", "?variant=999999&o1=%00", $"?o1={new string('x', 5000)}" })
        {
            var (response, page) = await client.GetPageAsync($"/p/{Slug}{junk}");
            Assert.That((int)response.StatusCode, Is.EqualTo(200), junk);
            Assert.That(page.QuerySelector("form.buy-box"), Is.Not.Null, junk);
        }
    }

    [Test]
    public async Task Lists_say_from_the_lowest_price_and_in_stock_when_any_variant_is()
    {
        await ShirtAsync();
        using var client = App.Browser();
        var (_, page) = await client.GetPageAsync("/search?q=Test+Linen");
        var card = page.QuerySelector(".product-card")!;
        Assert.That(card.Text(), Does.Contain("from $39.00"));
        Assert.That(card.QuerySelector(".text-danger"), Is.Null, "not sold out: most variants have stock");

        var (_, bySku) = await client.GetPageAsync("/search?q=TLS-M-BLUE");
        Assert.That(bySku.ProductNames(), Is.EqualTo(new[] { "Test Linen Shirt" }), "a variant's SKU finds its product");
    }

    [Test]
    public async Task Two_variants_go_through_cart_checkout_order_page_and_mail_named_by_their_options()
    {
        var ids = await ShirtAsync();
        using var shopper = new Shopper(App.Browser());
        await shopper.Client.SubmitFormAsync($"/p/{Slug}?o1=M&o2=Blue", "form.buy-box", new Dictionary<string, string?> { ["quantity"] = "1" });
        await shopper.Client.SubmitFormAsync($"/p/{Slug}?o1=L&o2=White", "form.buy-box", new Dictionary<string, string?> { ["quantity"] = "2" });

        var (_, cart) = await shopper.Client.GetPageAsync("/cart");
        Assert.That(cart.Texts(".cart-line h2"), Is.EqualTo(new[] { "Test Linen Shirt — M / Blue", "Test Linen Shirt — L / White" }));
        Assert.That(cart.Texts(".cart-line .line-total"), Is.EqualTo(new[] { "$39.00", "$90.00" }));

        var review = await shopper.EnterAddressAsync(Shopper.GuestAddress("variants@example.com"));
        Assert.That(review.Text(".summary-line"), Does.Contain("Test Linen Shirt — M / Blue"));
        var paid = await shopper.PayAsync(review, "fake-valid-nonce");
        var confirmation = await shopper.Client.FollowAsync(paid);
        Assert.That(confirmation.Text("main"), Does.Contain("Test Linen Shirt — L / White").And.Contain("TLS-L-WHIT"));

        var order = await App.WithDbAsync(db => db.Orders.Include(o => o.Lines).SingleAsync());
        Assert.Multiple(async () =>
        {
            Assert.That(order.Lines.Select(l => (l.VariantId, l.VariantTitle, l.Sku, l.UnitPrice.Amount, l.Quantity)).OrderBy(l => l.VariantTitle).ToList(),
                Is.EqualTo(new[] { (ids["L / White"], "L / White", "TLS-L-WHIT", 45m, 2), (ids["M / Blue"], "M / Blue", "TLS-M-BLUE", 39m, 1) }));
            Assert.That(await StockAsync(ids["M / Blue"]), Is.EqualTo(4));
            Assert.That(await StockAsync(ids["L / White"]), Is.EqualTo(3));
            Assert.That(await StockAsync(ids["M / White"]), Is.EqualTo(5), "other variants are untouched");
            Assert.That(App.LastMailTo("variants@example.com").TextBody, Does.Contain("Test Linen Shirt — M / Blue"));
        });
    }

    [Test]
    public async Task A_flash_sale_on_one_variant_sells_exactly_its_stock_while_another_variant_stays_on_sale()
    {
        var ids = await ShirtAsync();
        var shoppers = Enumerable.Range(0, 12).Select(_ => new Shopper(App.Browser())).ToList();
        var reviews = await Task.WhenAll(shoppers.Select(async s =>
        {
            await s.Client.SubmitFormAsync($"/p/{Slug}?o1=M&o2=Blue", "form.buy-box", new Dictionary<string, string?> { ["quantity"] = "1" });
            return await s.EnterAddressAsync();
        }));
        var responses = await Task.WhenAll(shoppers.Select((s, i) => s.PayAsync(reviews[i], "fake-valid-nonce")));

        Assert.That(responses.Select(r => (int)r.StatusCode), Has.None.GreaterThanOrEqualTo(500));
        Assert.That(responses.Count(r => r.Headers.Location?.ToString().StartsWith("/checkout/confirmation/") == true), Is.EqualTo(5), "exactly the 5 units");
        Assert.That(await StockAsync(ids["M / Blue"]), Is.Zero);
        Assert.That(await StockAsync(ids["M / White"]), Is.EqualTo(5), "the sale of one variant leaves the others alone");

        using var late = new Shopper(App.Browser());
        await late.Client.SubmitFormAsync($"/p/{Slug}?o1=M&o2=White", "form.buy-box", new Dictionary<string, string?> { ["quantity"] = "1" });
        var paid = await late.CheckoutAsync();
        Assert.That(paid.Headers.Location?.ToString(), Does.StartWith("/checkout/confirmation/"), "M / White is still on sale");
        Assert.That(await StockAsync(ids["M / White"]), Is.EqualTo(4));
        shoppers.ForEach(s => s.Dispose());
    }
}
