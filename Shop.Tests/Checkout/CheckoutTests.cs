using System.Globalization;
using Shop.Domain.Checkout;
using Shop.Web.Orders;

namespace Shop.Tests.Checkout;

public class CheckoutTests : ShopFixture
{
    protected override bool ShopPerTest => true;

    protected override Dictionary<string, string?> Settings => ReconcileWhenAsked;

    private Shopper NewShopper() => new(App.Browser());

    private Task<(string Slug, int Id, int Stock, decimal Price)> ProductAsync(int minStock = 20) => App.WithDbAsync(async db =>
    {
        var p = await db.Products.Where(p => !p.Options.Any() && p.Variants.Sum(v => v.StockOnHand) >= minStock && p.Price < 100m)
            .OrderBy(p => p.Id).Select(p => new { p.Slug, p.Id, Stock = p.Variants.Sum(v => v.StockOnHand), p.Price }).FirstAsync();
        return (p.Slug, p.Id, p.Stock, p.Price);
    });

    private Task<int> StockAsync(int productId) => App.WithDbAsync(db => db.Products.Where(p => !p.Options.Any() && p.Id == productId).Select(p => p.Variants.Sum(v => v.StockOnHand)).SingleAsync());

    private Task<List<Order>> OrdersAsync() => App.WithDbAsync(db => db.Orders.Include(o => o.Lines).Include(o => o.History).ToListAsync());

    private int ChargesFor(string orderNumber)
    {
        var gateway = App.Services.GetRequiredService<SimulatedBraintreeGateway>();
        var found = gateway.FindByOrderIdAsync(orderNumber).Result;
        return found is TransactionSearchResult.Found f ? f.Transactions.Count : -1;
    }

    [Test]
    public async Task Guest_checkout_with_the_test_card_pays_takes_stock_and_empties_the_cart()
    {
        var p = await ProductAsync();
        using var shopper = NewShopper();
        await shopper.AddToCartAsync(p.Slug, 2);

        var review = await shopper.EnterAddressAsync();
        Assert.That(review.Text(".test-mode"), Does.Contain("Test mode: no money moves"));
        Assert.That(review.Text(".ship-to"), Does.Contain("Ada Lovelace"));
        var response = await shopper.PayAsync(review, TestNonces.Valid);
        var confirmation = await shopper.Client.FollowAsync(response);

        var order = (await OrdersAsync()).Single();
        Assert.Multiple(async () =>
        {
            Assert.That(confirmation.Text("h1"), Is.EqualTo("Thank you! Your order is confirmed."));
            Assert.That(confirmation.Text(".order-number"), Is.EqualTo(order.Number));
            Assert.That(confirmation.Texts(".order-lines tbody tr"), Has.Count.EqualTo(1));
            Assert.That(order.Status, Is.EqualTo(OrderStatus.Paid));
            Assert.That(order.Email, Is.EqualTo("guest@example.com"));
            Assert.That(order.Subtotal.Amount, Is.EqualTo(p.Price * 2));
            Assert.That(order.Lines.Single().Quantity, Is.EqualTo(2));
            Assert.That(await StockAsync(p.Id), Is.EqualTo(p.Stock - 2));
            Assert.That(ChargesFor(order.Number), Is.EqualTo(1));
        });
        var (_, cart) = await shopper.Client.GetPageAsync("/cart");
        Assert.That(cart.Text(".empty-cart"), Does.Contain("Your cart is empty"));
    }

    [Test]
    public async Task The_confirmation_says_where_it_goes_when_it_arrives_how_it_was_paid_and_links_to_the_order()
    {
        var p = await ProductAsync();
        using var shopper = NewShopper();
        await shopper.AddToCartAsync(p.Slug);
        var confirmation = await shopper.Client.FollowAsync(await shopper.CheckoutAsync(TestNonces.Valid));

        var order = (await OrdersAsync()).Single();
        var arrives = new DeliveryPromise(3, 1).ArrivesBy(ShippingMethod.Standard, DateOnly.FromDateTime(order.PlacedAt.UtcDateTime));
        Assert.Multiple(() =>
        {
            Assert.That(confirmation.Text(".ship-to"), Does.Contain("Ada Lovelace").And.Contain("12 Analytical Row").And.Contain("United Kingdom"));
            Assert.That(confirmation.Text(".delivery-estimate"), Is.EqualTo(
                $"Standard shipping, within 3 working days: arrives by {arrives.ToString("dddd d MMMM", CultureInfo.InvariantCulture)}."));
            Assert.That(confirmation.Text(".payment-method"), Does.StartWith("Card, through Braintree (test mode: no money moved)."));
            Assert.That(confirmation.QuerySelector(".order-link")?.GetAttribute("href"), Is.EqualTo($"/checkout/confirmation/{order.Number}"));
        });
    }

    [Test]
    public async Task A_declined_card_shows_the_reason_and_keeps_stock_and_cart()
    {
        var p = await ProductAsync();
        using var shopper = NewShopper();
        await shopper.AddToCartAsync(p.Slug, 1);

        var response = await shopper.CheckoutAsync(TestNonces.ProcessorDeclined);
        var page = await response.ReadHtmlAsync();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.PaymentRequired));
        Assert.That(page.Text(".payment-error"), Does.Contain("declined").And.Contain("Do Not Honor").And.Contain("not been charged"));
        Assert.That(await StockAsync(p.Id), Is.EqualTo(p.Stock));
        Assert.That((await OrdersAsync()).Single().Status, Is.EqualTo(OrderStatus.Cancelled));
        var (_, cart) = await shopper.Client.GetPageAsync("/cart");
        Assert.That(cart.Texts(".cart-line"), Has.Count.EqualTo(1), "the cart is intact");

        // The same page offers another try, which works with a good card.
        var retry = await shopper.PayAsync(page, TestNonces.Valid);
        Assert.That((int)retry.StatusCode, Is.EqualTo(302));
        var orders = await OrdersAsync();
        Assert.That(orders.Count(o => o.Status == OrderStatus.Paid), Is.EqualTo(1));
        Assert.That(await StockAsync(p.Id), Is.EqualTo(p.Stock - 1));
    }

    [Test]
    public async Task A_fraud_rejection_is_explained_too()
    {
        var p = await ProductAsync();
        using var shopper = NewShopper();
        await shopper.AddToCartAsync(p.Slug);
        var page = await (await shopper.CheckoutAsync(TestNonces.GatewayRejectedFraud)).ReadHtmlAsync();
        Assert.That(page.Text(".payment-error"), Does.Contain("fraud checks"));
    }

    [Test]
    public async Task Submitting_the_payment_twice_makes_one_order_and_one_charge()
    {
        var p = await ProductAsync();
        using var shopper = NewShopper();
        await shopper.AddToCartAsync(p.Slug);
        var review = await shopper.EnterAddressAsync();

        var first = await shopper.PayAsync(review, TestNonces.Valid);
        var second = await shopper.PayAsync(review, TestNonces.Valid); // a double click, or a refresh re-posting the form

        var order = (await OrdersAsync()).Single();
        Assert.That(first.Headers.Location, Is.EqualTo(second.Headers.Location));
        Assert.That(ChargesFor(order.Number), Is.EqualTo(1));
        Assert.That(await StockAsync(p.Id), Is.EqualTo(p.Stock - 1));
    }

    [Test]
    public async Task Parallel_double_submits_still_make_one_order()
    {
        var p = await ProductAsync();
        using var shopper = NewShopper();
        await shopper.AddToCartAsync(p.Slug);
        var review = await shopper.EnterAddressAsync();

        var responses = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => shopper.PayAsync(review, TestNonces.Valid)));

        Assert.That(responses.Select(r => (int)r.StatusCode), Has.All.EqualTo(302));
        var orders = await OrdersAsync();
        Assert.That(orders, Has.Count.EqualTo(1));
        Assert.That(ChargesFor(orders[0].Number), Is.EqualTo(1));
        Assert.That(await StockAsync(p.Id), Is.EqualTo(p.Stock - 1));
    }

    [Test]
    public async Task A_gateway_timeout_leaves_the_order_pending_until_the_reconciler_settles_it()
    {
        var p = await ProductAsync();
        using var shopper = NewShopper();
        await shopper.AddToCartAsync(p.Slug);

        var pending = await shopper.Client.FollowAsync(await shopper.CheckoutAsync(TestNonces.Timeout));
        Assert.That(pending.Text("h1"), Is.EqualTo("We're confirming your payment"));
        Assert.That((await OrdersAsync()).Single().Status, Is.EqualTo(OrderStatus.Pending));
        Assert.That(await StockAsync(p.Id), Is.EqualTo(p.Stock - 1), "the units stay set aside meanwhile");

        await using (var scope = App.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<PaymentReconciliation>().ReconcileAsync(CancellationToken.None);

        var order = (await OrdersAsync()).Single();
        Assert.That(order.Status, Is.EqualTo(OrderStatus.Paid));
        Assert.That(ChargesFor(order.Number), Is.EqualTo(1), "reconciling never charges again");
        var (_, after) = await shopper.Client.GetPageAsync($"/checkout/confirmation/{order.Number}");
        Assert.That(after.Text("h1"), Is.EqualTo("Thank you! Your order is confirmed."));
    }

    [Test]
    public async Task A_pending_order_the_reconciler_finds_unpaid_is_cancelled_and_the_shopper_is_mailed()
    {
        var p = await ProductAsync();
        using var shopper = NewShopper();
        await shopper.AddToCartAsync(p.Slug, 2);
        await shopper.CheckoutAsync(TestNonces.Timeout, Shopper.GuestAddress("unconfirmed@example.com"));
        var pending = (await OrdersAsync()).Single();
        // The lost charge never took money after all (it was voided at the gateway).
        var gateway = App.Services.GetRequiredService<IPaymentGateway>();
        var found = (TransactionSearchResult.Found)await gateway.FindByOrderIdAsync(pending.Number);
        await gateway.ReverseAsync(found.Transactions.Single().Id);

        await using (var scope = App.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<PaymentReconciliation>().ReconcileAsync(CancellationToken.None);

        var order = (await OrdersAsync()).Single();
        Assert.That(order.Status, Is.EqualTo(OrderStatus.Cancelled));
        Assert.That(await StockAsync(p.Id), Is.EqualTo(p.Stock), "its units are back on the shelf");
        var mail = App.LastMailTo("unconfirmed@example.com");
        Assert.That(mail.Subject, Does.Contain(order.Number).And.Contain("was not placed"));
        Assert.That(mail.TextBody, Does.Contain("You have not been charged."));
    }

    [Test]
    public async Task A_pending_order_with_no_charge_at_the_gateway_is_cancelled_and_its_stock_returned()
    {
        var p = await ProductAsync();
        using var shopper = NewShopper();
        await shopper.AddToCartAsync(p.Slug, 3);
        await shopper.CheckoutAsync(TestNonces.Unavailable); // refused outright: cancelled at once
        Assert.That((await OrdersAsync()).Single().Status, Is.EqualTo(OrderStatus.Cancelled));
        Assert.That(await StockAsync(p.Id), Is.EqualTo(p.Stock));
    }

    [Test]
    public async Task Amounts_and_prices_posted_with_the_payment_are_ignored()
    {
        var p = await ProductAsync();
        using var shopper = NewShopper();
        await shopper.AddToCartAsync(p.Slug);
        var review = await shopper.EnterAddressAsync();
        await shopper.PayAsync(review, TestNonces.Valid, new Dictionary<string, string?>
        {
            ["amount"] = "0.01", ["total"] = "0.01", ["Total"] = "0.01", ["price"] = "0.01", ["status"] = "Shipped",
        });

        var order = (await OrdersAsync()).Single();
        Assert.That(order.Total.Amount, Is.EqualTo(p.Price + (p.Price >= 50m ? 0m : 4.95m)));
        Assert.That(order.Status, Is.EqualTo(OrderStatus.Paid));
    }

    [Test]
    public async Task After_signing_out_the_next_person_on_the_browser_does_not_find_the_last_shoppers_address()
    {
        var p = await ProductAsync();
        var email = Accounts.UniqueEmail("private");
        var me = new Shopper(await App.CreateAccountAndSignInAsync(email));
        using var _ = me;
        await me.AddToCartAsync(p.Slug);
        await me.EnterAddressAsync(new Dictionary<string, string?>(Shopper.GuestAddress(email)) { ["Form.FullName"] = "Sam Private", ["Form.Line1"] = "42 Secret Lane" });
        var (_, account) = await me.Client.GetPageAsync("/account");
        await me.Client.SubmitFormAsync(account, "form.sign-out-form");

        await me.AddToCartAsync(p.Slug);
        var (_, checkout) = await me.Client.GetPageAsync("/checkout");
        var review = await me.Client.GetAsync("/checkout/review");

        Assert.That(checkout.QuerySelector("form.checkout-address")!.OuterHtml, Does.Not.Contain("Secret Lane").And.Not.Contain("Sam Private").And.Not.Contain(email));
        Assert.That(review.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), "no review of someone else's draft");
    }

    [Test]
    public async Task After_signing_out_an_accounts_order_confirmation_is_not_shown_to_the_browser()
    {
        var p = await ProductAsync();
        var me = new Shopper(await App.CreateAccountAndSignInAsync(Accounts.UniqueEmail("shared")));
        using var _ = me;
        await me.AddToCartAsync(p.Slug);
        var paid = await me.CheckoutAsync();
        var confirmation = paid.Headers.Location!.ToString();
        var (whileSignedIn, _) = await me.Client.GetPageAsync(confirmation);
        var (_, account) = await me.Client.GetPageAsync("/account");
        await me.Client.SubmitFormAsync(account, "form.sign-out-form");

        var (afterwards, _) = await me.Client.GetPageAsync(confirmation);

        Assert.That(whileSignedIn.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(afterwards.StatusCode, Is.EqualTo(HttpStatusCode.NotFound), "the next person on a shared browser");
    }

    [TestCase(true)]
    [TestCase(false)]
    public async Task An_orders_attempt_key_shows_it_to_no_other_browser(bool buyerSignedIn)
    {
        var p = await ProductAsync();
        using var buyer = buyerSignedIn ? new Shopper(await App.CreateAccountAndSignInAsync(Accounts.UniqueEmail("key"))) : NewShopper();
        await buyer.AddToCartAsync(p.Slug);
        var buyersReview = await buyer.EnterAddressAsync();
        var key = buyersReview.QuerySelector("form.payment-form input[name=attemptKey]")!.GetAttribute("value");
        var confirmation = (await buyer.PayAsync(buyersReview, TestNonces.Valid)).Headers.Location!.ToString();

        // A stranger who read the key (a saved page, a cache) posts it with a checkout of their own, then with none.
        using var stranger = NewShopper();
        await stranger.AddToCartAsync(p.Slug);
        var strangersReview = await stranger.EnterAddressAsync();
        var withDraft = await stranger.PayAsync(strangersReview, TestNonces.Valid, new Dictionary<string, string?> { ["attemptKey"] = key });
        var seenWithDraft = await stranger.Client.GetAsync(confirmation);
        var own = await stranger.PayAsync(strangersReview, TestNonces.Valid);
        var withoutDraft = await stranger.PayAsync(strangersReview, TestNonces.Valid, new Dictionary<string, string?> { ["attemptKey"] = key });
        var seenWithoutDraft = await stranger.Client.GetAsync(confirmation);

        Assert.Multiple(() =>
        {
            Assert.That(withDraft.Headers.Location?.ToString(), Is.EqualTo(confirmation), "its outcome answers, granting nothing");
            Assert.That(seenWithDraft.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(own.Headers.Location?.ToString(), Does.StartWith("/checkout/confirmation/").And.Not.EqualTo(confirmation));
            Assert.That(seenWithoutDraft.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        });
        Assert.That((await buyer.Client.GetAsync(confirmation)).StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task Another_shopper_cannot_see_an_order_confirmation()
    {
        var p = await ProductAsync();
        using var buyer = NewShopper();
        await buyer.AddToCartAsync(p.Slug);
        var confirmation = await buyer.CheckoutAsync();
        var url = confirmation.Headers.Location!.ToString();

        using var stranger = NewShopper();
        Assert.That((await stranger.Client.GetAsync(url)).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That((await buyer.Client.GetAsync(url)).StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task Address_mistakes_are_shown_next_to_the_fields()
    {
        var p = await ProductAsync();
        using var shopper = NewShopper();
        await shopper.AddToCartAsync(p.Slug);
        var address = Shopper.GuestAddress("not-an-email");
        address["Form.FullName"] = "";
        address["Form.CountryCode"] = "Britain";
        var response = await shopper.Client.SubmitFormAsync("/checkout", "form.checkout-address", address);
        var page = await response.ReadHtmlAsync();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(page.Text("[data-valmsg-for='Form.Email']"), Does.Contain("email address"));
        Assert.That(page.Text("[data-valmsg-for='Form.FullName']"), Does.Contain("name"));
        Assert.That(page.Text("[data-valmsg-for='Form.CountryCode']"), Does.Contain("Choose a country from the list."));
    }

    [Test]
    public async Task Hidden_characters_in_an_address_are_refused_by_their_field()
    {
        var p = await ProductAsync();
        using var shopper = NewShopper();
        await shopper.AddToCartAsync(p.Slug);
        var address = Shopper.GuestAddress(Accounts.UniqueEmail("hidden"));
        address["Form.Line1"] = "Straße 1 \u202edesrever";
        address["Form.Line2"] = "Hinterhaus\u0007";

        var response = await shopper.Client.SubmitFormAsync("/checkout", "form.checkout-address", address);
        var page = await response.ReadHtmlAsync();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(page.Text("[data-valmsg-for='Form.Line1']"), Is.EqualTo(Shop.Web.Shared.AddressValidator<object>.HiddenCharacters));
        Assert.That(page.Text("[data-valmsg-for='Form.Line2']"), Is.EqualTo(Shop.Web.Shared.AddressValidator<object>.HiddenCharacters));
    }

    [Test]
    public async Task A_tampered_tick_box_is_refused_with_a_message_by_it()
    {
        var p = await ProductAsync();
        using var shopper = NewShopper();
        await shopper.AddToCartAsync(p.Slug);
        var address = Shopper.GuestAddress(Accounts.UniqueEmail("tick"));
        address["Form.BillingSameAsDelivery"] = "maybe";

        var response = await shopper.Client.SubmitFormAsync("/checkout", "form.checkout-address", address);
        var page = await response.ReadHtmlAsync();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(page.Text("[data-valmsg-for='Form.BillingSameAsDelivery']"), Is.EqualTo("Tick the box or leave it empty."));
    }

    [Test]
    public async Task Checkout_with_an_empty_cart_goes_back_to_the_cart()
    {
        using var shopper = NewShopper();
        var response = await shopper.Client.GetAsync("/checkout");
        Assert.That(response.Headers.Location?.ToString(), Is.EqualTo("/cart"));
    }

    [Test]
    public async Task A_guest_email_the_mail_library_cannot_send_to_is_refused_with_a_message_and_no_order_or_mail()
    {
        var p = await ProductAsync();
        using var shopper = NewShopper();
        await shopper.AddToCartAsync(p.Slug);
        foreach (var email in new[] { "a@b@c", "a@", "<a@b.c>", "a@b.c\r\nBcc: x@y.z", "Ada <a@b.c>" })
        {
            var response = await shopper.Client.SubmitFormAsync("/checkout", "form.checkout-address", Shopper.GuestAddress(email));
            var page = await response.ReadHtmlAsync();
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest), email);
            Assert.That(page.Text("[data-valmsg-for='Form.Email']"), Is.EqualTo("Enter an email address like name@example.com."), email);
        }
        Assert.That((await shopper.Client.GetAsync("/checkout/review")).StatusCode, Is.EqualTo(HttpStatusCode.Redirect), "no address was taken");
        Assert.That(await OrdersAsync(), Is.Empty);
        Assert.That(Directory.Exists(Path.Combine(App.DataDirectory, "mail")) ? Directory.GetFiles(Path.Combine(App.DataDirectory, "mail")) : [], Is.Empty, "no mail");
    }
}
