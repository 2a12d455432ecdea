namespace Shop.Tests.Checkout;

/// <summary>
/// Stock sold elsewhere or a product taken off sale while it sits in a cart: the review shows what can be bought now,
/// says what changed, and that is what Pay sells (it never sends the shopper round to the cart for good).
/// </summary>
public class CartChangedAtReviewTests : ShopFixture
{
    private Task<Product> SimpleProductAsync(int skip, int stock) => App.WithDbAsync(async db =>
    {
        var p = await db.Products.Include(x => x.Variants).Where(x => x.IsPublished && !x.Options.Any()).OrderBy(x => x.Id).Skip(skip).FirstAsync();
        p.SetStock(stock);
        await db.SaveChangesAsync();
        return p;
    });

    private Task SetStockAsync(int productId, int stock) => App.WithDbAsync(async db =>
    {
        (await db.Products.Include(x => x.Variants).SingleAsync(x => x.Id == productId)).SetStock(stock);
        return await db.SaveChangesAsync();
    });

    private Task TakeOffSaleAsync(int productId) => App.WithDbAsync(async db =>
    {
        (await db.Products.SingleAsync(x => x.Id == productId)).Unpublish();
        return await db.SaveChangesAsync();
    });

    private Task<Order> OrderOfAsync(string email) =>
        App.WithDbAsync(db => db.Orders.Include(o => o.Lines).SingleAsync(o => o.Email == email));

    [Test]
    public async Task Fewer_left_than_the_cart_asks_for_bounces_Pay_once_then_the_review_brings_it_down_and_it_is_paid()
    {
        var product = await SimpleProductAsync(skip: 3, stock: 3);
        var email = Accounts.UniqueEmail("fewer");
        using var shopper = new Shopper(App.Browser());
        await shopper.AddToCartAsync(product.Slug, 3);
        var review = await shopper.EnterAddressAsync(Shopper.GuestAddress(email));
        await SetStockAsync(product.Id, 2); // another shopper bought one meanwhile

        var bounced = await shopper.PayAsync(review, TestNonces.Valid);
        var (_, cart) = await shopper.Client.GetPageAsync("/cart");
        var again = await shopper.EnterAddressAsync(Shopper.GuestAddress(email));
        var paid = await shopper.PayAsync(again, TestNonces.Valid);

        Assert.Multiple(() =>
        {
            Assert.That(bounced.Headers.Location?.ToString(), Is.EqualTo("/cart"));
            Assert.That(cart.Text(".cart-capped"), Does.Contain($"Sorry, {product.Name} has just sold out"), "a warning, not a success");
            Assert.That(cart.QuerySelector(".alert-success"), Is.Null);
            Assert.That(again.Text(".cart-changes"), Does.Contain($"Only 2 of {product.Name} can be bought: your cart now holds 2."));
            Assert.That(paid.Headers.Location?.ToString(), Does.StartWith("/checkout/confirmation/"), "the review's 2 are sold");
        });
        Assert.That((await OrderOfAsync(email)).Lines.Single().Quantity, Is.EqualTo(2));
    }

    [Test]
    public async Task A_product_taken_off_sale_is_taken_out_on_the_review_and_the_rest_is_paid()
    {
        var kept = await SimpleProductAsync(skip: 4, stock: 10);
        var gone = await SimpleProductAsync(skip: 5, stock: 10);
        var email = Accounts.UniqueEmail("offsale");
        using var shopper = new Shopper(App.Browser());
        await shopper.AddToCartAsync(kept.Slug);
        await shopper.AddToCartAsync(gone.Slug);
        await TakeOffSaleAsync(gone.Id);

        var review = await shopper.EnterAddressAsync(Shopper.GuestAddress(email));
        var paid = await shopper.PayAsync(review, TestNonces.Valid);

        Assert.Multiple(() =>
        {
            Assert.That(review.Text(".cart-changes"), Does.Contain($"{gone.Name} sold out or is no longer sold: it was taken out of your cart."));
            Assert.That(review.Text(".review-lines, main"), Does.Not.Contain($"1 × {gone.Name}"));
            Assert.That(paid.Headers.Location?.ToString(), Does.StartWith("/checkout/confirmation/"));
        });
        Assert.That((await OrderOfAsync(email)).Lines.Select(l => l.ProductId), Is.EqualTo(new[] { kept.Id }));
    }

    [Test]
    public async Task A_cart_of_nothing_buyable_goes_back_to_the_cart_with_why()
    {
        var gone = await SimpleProductAsync(skip: 6, stock: 10);
        using var shopper = new Shopper(App.Browser());
        await shopper.AddToCartAsync(gone.Slug);
        var (_, address) = await shopper.Client.GetPageAsync("/checkout");
        await TakeOffSaleAsync(gone.Id);

        var sent = await shopper.Client.SubmitFormAsync(address, "form.checkout-address", Shopper.GuestAddress(Accounts.UniqueEmail("nothing")));
        var landed = await shopper.Client.FollowAsync(sent);

        Assert.That(landed.Text(".cart-capped, main"), Does.Contain("Nothing in your cart can be bought any more"));
    }
}
