namespace Shop.Tests.Checkout;

/// <summary>
/// The CVV re-check (Shop:Payments:Braintree:SavedCardCvv): a saved card's CVV is typed at Pay and sent with the charge;
/// the simulated gateway answers Braintree's sandbox CVV values (200 does not match) as an account that rejects a mismatch.
/// </summary>
public class SavedCardCvvTests : ShopFixture
{
    protected override Dictionary<string, string?> Settings => new() { ["Shop:Payments:Braintree:SavedCardCvv"] = "true" };

    private SimulatedBraintreeGateway Gateway => App.Services.GetRequiredService<SimulatedBraintreeGateway>();

    private static readonly Dictionary<string, string?> Address = new(Shopper.GuestAddress()) { ["Form.Email"] = null };

    private async Task<(Shopper Shopper, string UserId, SavedCard Card)> ShopperWithASavedCardAsync(string who)
    {
        var email = Accounts.UniqueEmail(who);
        var user = await App.CreateAccountAsync(email);
        var shopper = new Shopper(await App.SignedInBrowserAsync(email));
        var paid = await shopper.PayAsync(await ReviewAsync(shopper), TestNonces.ValidVisa, new Dictionary<string, string?> { ["saveCard"] = "true" });
        Assert.That(paid.Headers.Location?.ToString(), Does.StartWith("/checkout/confirmation/"));
        var customer = await App.WithDbAsync(db => db.Users.Where(u => u.Id == user.Id).Select(u => u.BraintreeCustomerId).SingleAsync());
        return (shopper, user.Id, (await Gateway.CardsAsync(customer!))!.Single());
    }

    private async Task<IDocument> ReviewAsync(Shopper shopper)
    {
        var slug = await App.WithDbAsync(db => db.Products
            .Where(p => !p.Options.Any() && p.Variants.Sum(v => v.StockOnHand) > 50 && p.Price < 100m && p.IsPublished).OrderBy(p => p.Id).Select(p => p.Slug).FirstAsync());
        await shopper.AddToCartAsync(slug);
        return await shopper.EnterAddressAsync(Address);
    }

    private Task<List<Order>> OrdersAsync(string userId) =>
        App.WithDbAsync(db => db.Orders.Where(o => o.UserId == userId).OrderBy(o => o.Id).ToListAsync());

    private Task<HttpResponseMessage> PayWithSavedCardAsync(Shopper shopper, IDocument review, SavedCard card, string? cvv) =>
        shopper.PayAsync(review, "", new Dictionary<string, string?> { ["savedCard"] = card.Id, ["cvv"] = cvv });

    [Test]
    public async Task The_right_CVV_pays_with_the_saved_card()
    {
        var (shopper, userId, card) = await ShopperWithASavedCardAsync("cvvright");
        using var _ = shopper;
        var review = await ReviewAsync(shopper);

        var paid = await PayWithSavedCardAsync(shopper, review, card, "123");

        var orders = await OrdersAsync(userId);
        Assert.Multiple(() =>
        {
            Assert.That(review.Text(".saved-card-cvv label"), Is.EqualTo("Security code (CVV) of the saved card"));
            Assert.That(paid.Headers.Location?.ToString(), Is.EqualTo($"/checkout/confirmation/{orders.Last().Number}"));
            Assert.That(orders.Select(o => o.Status), Is.EqualTo(new[] { OrderStatus.Paid, OrderStatus.Paid }));
        });
    }

    [Test]
    public async Task A_wrong_CVV_is_refused_with_a_clear_message_and_nothing_is_charged()
    {
        var (shopper, userId, card) = await ShopperWithASavedCardAsync("cvvwrong");
        using var _ = shopper;

        var refused = await PayWithSavedCardAsync(shopper, await ReviewAsync(shopper), card, SandboxCvv.DoesNotMatch);

        var last = (await OrdersAsync(userId)).Last();
        Assert.Multiple(async () =>
        {
            Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.PaymentRequired));
            Assert.That((await refused.ReadHtmlAsync()).Text(".payment-error"), Is.EqualTo("The security code (CVV) did not match. You have not been charged."));
            Assert.That(last.Status, Is.EqualTo(OrderStatus.Cancelled), "no paid order");
            Assert.That(await Gateway.FindByOrderIdAsync(last.Number), Is.TypeOf<TransactionSearchResult.Found>()
                .With.Property("Transactions").All.Property("MoneyTaken").False);
        });
    }

    [Test]
    public async Task A_missing_CVV_is_asked_for_before_any_order_is_placed()
    {
        var (shopper, userId, card) = await ShopperWithASavedCardAsync("cvvmissing");
        using var _ = shopper;

        var asked = await PayWithSavedCardAsync(shopper, await ReviewAsync(shopper), card, " ");

        Assert.That(asked.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((await asked.ReadHtmlAsync()).Text(".payment-error"), Does.Contain("Enter the security code (CVV) of your saved card"));
        Assert.That(await OrdersAsync(userId), Has.Count.EqualTo(1), "only the first order, which saved the card");
    }

    [Test]
    public async Task A_new_card_needs_no_second_CVV()
    {
        var (shopper, userId, _) = await ShopperWithASavedCardAsync("cvvnew");
        using var __ = shopper;

        var paid = await shopper.PayAsync(await ReviewAsync(shopper), TestNonces.ValidMastercard, new Dictionary<string, string?> { ["savedCard"] = "" });

        Assert.That(paid.Headers.Location?.ToString(), Does.StartWith("/checkout/confirmation/"));
        Assert.That((await OrdersAsync(userId)).Select(o => o.Status), Has.All.EqualTo(OrderStatus.Paid));
    }
}
