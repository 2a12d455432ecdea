namespace Shop.Tests.Checkout;

public class SignedInCheckoutTests : ShopFixture
{
    protected override bool ShopPerTest => true;

    private Task<List<(string Slug, decimal Price)>> ProductsAsync(int count) => App.WithDbAsync(async db =>
        (await db.Products.Where(p => !p.Options.Any() && p.Variants.Sum(v => v.StockOnHand) > 20).OrderBy(p => p.Id).Take(count).Select(p => new { p.Slug, p.Price }).ToListAsync())
        .Select(p => (p.Slug, p.Price)).ToList());

    [Test]
    public async Task The_anonymous_cart_merges_into_the_account_cart_at_sign_in()
    {
        var email = Accounts.UniqueEmail();
        await App.CreateAccountAsync(email);
        var products = await ProductsAsync(2);

        // Earlier, signed in on another device, the shopper put product A in their cart.
        using (var other = await App.SignedInBrowserAsync(email))
            await new Shopper(other).AddToCartAsync(products[0].Slug, 2);

        // Now, anonymous on this device, they add A again and B, then sign in.
        using var shopper = new Shopper(App.Browser());
        await shopper.AddToCartAsync(products[0].Slug, 1);
        await shopper.AddToCartAsync(products[1].Slug, 1);
        await shopper.Client.SignInAsync(email);

        var (_, cart) = await shopper.Client.GetPageAsync("/cart");
        var quantities = cart.QuerySelectorAll(".cart-line input[name=quantity]").Select(i => i.GetAttribute("value")).ToList();
        Assert.That(quantities, Is.EquivalentTo(new[] { "3", "1" }));
        Assert.That(cart.Text(".cart-count"), Is.EqualTo("4"));
        Assert.That(await App.WithDbAsync(db => db.Carts.CountAsync()), Is.EqualTo(1), "the anonymous cart is gone");

        // Signing out and in again adds nothing.
        await shopper.Client.PostFormAsync("/account/sign-in", new Dictionary<string, string> { ["Email"] = email, ["Password"] = Accounts.Password });
        var (_, again) = await shopper.Client.GetPageAsync("/cart");
        Assert.That(again.Text(".cart-count"), Is.EqualTo("4"));
    }

    [Test]
    public async Task A_signed_in_shopper_checks_out_with_their_saved_address_and_account_email()
    {
        var email = Accounts.UniqueEmail();
        var user = await App.CreateAccountAsync(email);
        await App.WithDbAsync(async db =>
        {
            db.SavedAddresses.Add(new SavedAddress
            {
                UserId = user.Id, Recipient = "Ada Home", Line1 = "1 Home Street", City = "Bristol", PostalCode = "BS1 1AA", Country = "GB", IsDefault = true,
            });
            await db.SaveChangesAsync();
        });
        var product = (await ProductsAsync(1))[0];
        using var shopper = new Shopper(await App.SignedInBrowserAsync(email));
        await shopper.AddToCartAsync(product.Slug);

        var (_, delivery) = await shopper.Client.GetPageAsync("/checkout");
        Assert.That(delivery.QuerySelector("input[name='Form.Email']"), Is.Null, "no email asked from a signed-in shopper");
        Assert.That(delivery.QuerySelector("input[name='Form.FullName']")?.GetAttribute("value"), Is.EqualTo("Ada Home"));
        var review = await shopper.Client.FollowAsync(await shopper.Client.SubmitFormAsync(delivery, "form.checkout-address"));
        var paid = await shopper.PayAsync(review, "fake-valid-nonce");

        Assert.That(paid.Headers.Location?.ToString(), Does.StartWith("/checkout/confirmation/"));
        var order = await App.WithDbAsync(db => db.Orders.SingleAsync());
        Assert.Multiple(() =>
        {
            Assert.That(order.Status, Is.EqualTo(OrderStatus.Paid));
            Assert.That(order.UserId, Is.EqualTo(user.Id));
            Assert.That(order.Email, Is.EqualTo(email));
            Assert.That(order.ShippingAddress.FullName, Is.EqualTo("Ada Home"));
            Assert.That(order.ShippingAddress.CountryCode, Is.EqualTo("GB"));
        });
        var (status, confirmation) = await shopper.Client.GetPageAsync(paid.Headers.Location!.ToString());
        Assert.That((int)status.StatusCode, Is.EqualTo(200), "the shopper's own confirmation, by account");
        Assert.That(confirmation.QuerySelector(".order-link")?.GetAttribute("href"), Is.EqualTo($"/account/orders/{order.Number}"));
    }
}

public class AccountDeletionTests
{
    [Test]
    public async Task Deleting_an_account_keeps_its_orders_for_the_books_but_unlinks_them_and_drops_the_cart()
    {
        using var app = new ShopApp();
        var email = Accounts.UniqueEmail();
        var user = await app.CreateAccountAsync(email);
        var slug = await app.WithDbAsync(db => db.Products.Where(p => !p.Options.Any() && p.Variants.Sum(v => v.StockOnHand) > 20).OrderBy(p => p.Id).Select(p => p.Slug).FirstAsync());
        using var shopper = new Shopper(await app.SignedInBrowserAsync(email));
        await shopper.AddToCartAsync(slug);
        await shopper.CheckoutAsync("fake-valid-nonce", new Dictionary<string, string?>(Shopper.GuestAddress()) { ["Form.Email"] = null });
        await shopper.AddToCartAsync(slug);

        var response = await shopper.Client.PostFormAsync("/account/delete", new Dictionary<string, string> { ["Password"] = Accounts.Password });

        Assert.That((int)response.StatusCode, Is.EqualTo(302));
        var order = await app.WithDbAsync(db => db.Orders.SingleAsync());
        Assert.That(order.Status, Is.EqualTo(OrderStatus.Paid), "the order is kept");
        Assert.That(order.UserId, Is.Null, "but no longer linked to the deleted account");
        Assert.That(await app.WithDbAsync(db => db.Carts.CountAsync(c => c.UserId == user.Id)), Is.Zero);
    }
}
