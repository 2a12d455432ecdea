namespace Shop.Tests.Checkout;

/// <summary>
/// PayPal beside the card form (Shop:Payments:Braintree:PayPal): its nonce goes through the same exactly-once Pay as a
/// card's, the order records the PayPal payer, and with the setting off there is no PayPal choice and a PayPal nonce is
/// refused. What a nonce is comes from the gateway, never from the form.
/// </summary>
public abstract class PayPalCheckoutTests(bool payPal) : ShopFixture
{
    protected override Dictionary<string, string?> Settings => new() { ["Shop:Payments:Braintree:PayPal"] = payPal ? "true" : "false" };

    protected SimulatedBraintreeGateway Gateway => App.Services.GetRequiredService<SimulatedBraintreeGateway>();

    protected Task<(string Slug, int Id)> ProductAsync() => App.WithDbAsync(async db =>
    {
        var p = await db.Products.Where(p => !p.Options.Any() && p.IsPublished && p.Variants.Sum(v => v.StockOnHand) >= 50 && p.Price < 100m)
            .OrderBy(p => p.Id).FirstAsync();
        return (p.Slug, p.Id);
    });

    protected Task<int> StockAsync(int id) => App.WithDbAsync(db => db.Products.Where(p => p.Id == id).Select(p => p.Variants.Sum(v => v.StockOnHand)).SingleAsync());

    protected Task<List<Order>> OrdersOfAsync(string email) => App.WithDbAsync(db => db.Orders.Where(o => o.Email == email).ToListAsync());

    protected async Task<int> ChargesAsync(string number) =>
        await Gateway.FindByOrderIdAsync(number) is TransactionSearchResult.Found f ? f.Transactions.Count : -1;

    [Test]
    public async Task The_review_step_offers_PayPal_only_when_it_is_on()
    {
        using var shopper = new Shopper(App.Browser());
        await shopper.AddToCartAsync((await ProductAsync()).Slug);
        var review = await shopper.EnterAddressAsync();

        if (payPal)
            Assert.That(review.Text(".payment-form .paypal"), Does.Contain("Or pay with PayPal").And.Contain(TestNonces.PayPalPayerEmail));
        else
            Assert.That(review.QuerySelector(".payment-form .paypal"), Is.Null);
    }
}

/// <summary>PayPal on: its nonce pays through the card's exactly-once path, and the order says PayPal.</summary>
public class PayPalOnCheckoutTests() : PayPalCheckoutTests(payPal: true)
{
    [Test]
    public async Task Two_Pays_with_the_same_PayPal_nonce_make_one_order_and_one_charge()
    {
        var (slug, id) = await ProductAsync();
        var stock = await StockAsync(id);
        var email = Accounts.UniqueEmail("paypal");
        using var shopper = new Shopper(App.Browser());
        await shopper.AddToCartAsync(slug);
        var review = await shopper.EnterAddressAsync(Shopper.GuestAddress(email));

        var responses = await Task.WhenAll(shopper.PayAsync(review, TestNonces.PayPalOneTime), shopper.PayAsync(review, TestNonces.PayPalOneTime));
        var again = await shopper.PayAsync(review, TestNonces.PayPalOneTime); // a refresh re-posting the form

        var order = (await OrdersOfAsync(email)).Single();
        Assert.Multiple(async () =>
        {
            Assert.That(responses.Append(again).Select(r => r.Headers.Location?.ToString()), Has.All.EqualTo($"/checkout/confirmation/{order.Number}"));
            Assert.That(await ChargesAsync(order.Number), Is.EqualTo(1));
            Assert.That(await StockAsync(id), Is.EqualTo(stock - 1));
            Assert.That(order.Status, Is.EqualTo(OrderStatus.Paid));
            Assert.That(order.PaymentMethod, Is.EqualTo(PaymentMethod.PayPal));
            Assert.That(order.PayerEmail, Is.EqualTo(TestNonces.PayPalPayerEmail));
        });
    }

    [Test]
    public async Task The_confirmation_and_the_staff_order_page_say_PayPal_and_the_payer()
    {
        using var shopper = new Shopper(App.Browser());
        await shopper.AddToCartAsync((await ProductAsync()).Slug);
        var confirmation = await shopper.Client.FollowAsync(await shopper.CheckoutAsync(TestNonces.PayPalOneTime));
        var number = await App.WithDbAsync(db => db.Orders.OrderByDescending(o => o.Id).Select(o => o.Number).FirstAsync());

        using var staff = await App.CreateAccountAndSignInAsync(Accounts.UniqueEmail("staff"), Roles.Staff);
        var (_, page) = await staff.GetPageAsync($"/admin/orders/{number}");

        Assert.That(confirmation.Text(".payment-method"), Does.Contain($"PayPal ({TestNonces.PayPalPayerEmail}), through Braintree"));
        Assert.That(page.Text(".paid-with"), Is.EqualTo($"PayPal ({TestNonces.PayPalPayerEmail})"));
    }

    [Test]
    public async Task A_card_order_says_card()
    {
        using var shopper = new Shopper(App.Browser());
        await shopper.AddToCartAsync((await ProductAsync()).Slug);
        var confirmation = await shopper.Client.FollowAsync(await shopper.CheckoutAsync(TestNonces.ValidVisa));
        var order = await App.WithDbAsync(db => db.Orders.OrderByDescending(o => o.Id).FirstAsync());

        Assert.That(confirmation.Text(".payment-method"), Does.StartWith("Card, through Braintree"));
        Assert.That((order.PaymentMethod, order.PayerEmail), Is.EqualTo((PaymentMethod.Card, (string?)null)));
    }
}

/// <summary>PayPal off: no PayPal choice, and a PayPal nonce posted anyway is refused before any charge.</summary>
public class PayPalOffCheckoutTests() : PayPalCheckoutTests(payPal: false)
{
    [Test]
    public async Task With_PayPal_off_a_PayPal_nonce_is_refused_and_nothing_is_charged()
    {
        var (slug, id) = await ProductAsync();
        var stock = await StockAsync(id);
        var email = Accounts.UniqueEmail("nopaypal");
        using var shopper = new Shopper(App.Browser());
        await shopper.AddToCartAsync(slug);

        var response = await shopper.CheckoutAsync(TestNonces.PayPalOneTime, Shopper.GuestAddress(email));

        var order = (await OrdersOfAsync(email)).Single();
        var page = await response.ReadHtmlAsync();
        Assert.Multiple(async () =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.PaymentRequired));
            Assert.That(page.Text(".payment-error"), Is.EqualTo(Shop.Web.Payments.PaymentRefusals.PayPalOff));
            Assert.That(order.Status, Is.EqualTo(OrderStatus.Cancelled), "not paid: the held stock went back");
            Assert.That(await ChargesAsync(order.Number), Is.Zero);
            Assert.That(await StockAsync(id), Is.EqualTo(stock));
            var (_, cart) = await shopper.Client.GetPageAsync("/cart");
            Assert.That(cart.Texts(".cart-line"), Has.Count.EqualTo(1), "the cart is kept for a card");
        });
    }
}
