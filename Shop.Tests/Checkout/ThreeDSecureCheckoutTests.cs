using Shop.Web.Payments.Simulated;
using N = Shop.Web.Payments.Simulated.ThreeDSecureNonces;

namespace Shop.Tests.Checkout;

/// <summary>
/// 3-D Secure before the charge, per policy: the simulated gateway answers for Braintree's 3-D Secure test nonces as
/// the sandbox does, and the shop charges or refuses by what the gateway says, never by what the browser says.
/// </summary>
[TestFixture(ThreeDSecurePolicy.WhenRequired)]
[TestFixture(ThreeDSecurePolicy.Always)]
[TestFixture(ThreeDSecurePolicy.Off)]
public class ThreeDSecureCheckoutTests(ThreeDSecurePolicy policy) : ShopFixture
{
    // PayPal on: a PayPal account is charged whatever the policy.
    protected override Dictionary<string, string?> Settings => new()
    {
        ["Shop:Payments:ThreeDSecure"] = policy.ToString(),
        ["Shop:Payments:Braintree:PayPal"] = "true",
    };

    private static IEnumerable<TestCaseData> Cards()
    {
        // nonce, outcome recorded, charged under WhenRequired, charged under Always
        yield return new(N.Authenticated, ThreeDSecureOutcome.Authenticated, true, true);
        yield return new(N.ChallengeAuthenticated, ThreeDSecureOutcome.Authenticated, true, true);
        yield return new(N.AttemptsNotParticipating, ThreeDSecureOutcome.Authenticated, true, true);
        yield return new(N.FailedAuthentication, ThreeDSecureOutcome.Failed, false, false);
        yield return new(N.FailedSignature, ThreeDSecureOutcome.Failed, false, false);
        yield return new(N.NotEnrolled, ThreeDSecureOutcome.NotEnrolled, true, false);
        yield return new(N.Bypassed, ThreeDSecureOutcome.NotEnrolled, true, false);
        yield return new(N.LookupError, ThreeDSecureOutcome.Error, true, false);
        yield return new(N.MpiAuthenticateError, ThreeDSecureOutcome.Error, true, false);
        yield return new(TestNonces.ValidVisa, ThreeDSecureOutcome.NotRun, true, false);
        yield return new(TestNonces.PayPalOneTime, ThreeDSecureOutcome.NotApplicable, true, true);
    }

    [TestCaseSource(nameof(Cards))]
    public async Task The_policy_decides_by_the_gateway_s_3DS_result(string nonce, ThreeDSecureOutcome outcome, bool whenRequired, bool always)
    {
        var charged = policy switch { ThreeDSecurePolicy.Off => true, ThreeDSecurePolicy.Always => always, _ => whenRequired };
        var recorded = policy == ThreeDSecurePolicy.Off ? ThreeDSecureOutcome.NotChecked : outcome;
        using var shopper = new Shopper(App.Browser());
        await shopper.AddToCartAsync(await SlugAsync());

        var response = await shopper.CheckoutAsync(nonce);

        var order = await App.WithDbAsync(db => db.Orders.OrderByDescending(o => o.Id).FirstAsync());
        Assert.That(order.ThreeDSecure, Is.EqualTo(recorded));
        if (charged)
        {
            Assert.That((int)response.StatusCode, Is.EqualTo(302));
            Assert.That(order.Status, Is.EqualTo(OrderStatus.Paid));
            return;
        }
        var page = await response.ReadHtmlAsync();
        Assert.Multiple(async () =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.PaymentRequired));
            Assert.That(page.Text(".payment-error"), Does.Contain("3-D Secure").And.Contain("not been charged"));
            Assert.That(order.Status, Is.EqualTo(OrderStatus.Cancelled));
            Assert.That(await ChargesAsync(order.Number), Is.Zero, "refused before any charge");
            var (_, cart) = await shopper.Client.GetPageAsync("/cart");
            Assert.That(cart.Texts(".cart-line"), Has.Count.EqualTo(1), "the cart is kept for another card");
        });
    }

    [Test]
    public async Task A_gateway_that_cannot_say_charges_nothing()
    {
        using var shopper = new Shopper(App.Browser());
        await shopper.AddToCartAsync(await SlugAsync());

        var response = await shopper.CheckoutAsync(TestNonces.Unavailable);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.PaymentRequired));
        Assert.That((await response.ReadHtmlAsync()).Text(".payment-error"), Does.Contain("not available").And.Contain("not been charged"));
    }

    [Test]
    public async Task Staff_see_the_outcome_on_the_order_page()
    {
        using var shopper = new Shopper(App.Browser());
        await shopper.AddToCartAsync(await SlugAsync());
        await shopper.CheckoutAsync(N.Authenticated);
        var number = await App.WithDbAsync(db => db.Orders.OrderByDescending(o => o.Id).Select(o => o.Number).FirstAsync());

        using var staff = await App.CreateAccountAndSignInAsync(Accounts.UniqueEmail("staff"), Roles.Staff);
        var (_, page) = await staff.GetPageAsync($"/admin/orders/{number}");

        Assert.That(page.Text(".three-d-secure"), Does.Contain(policy == ThreeDSecurePolicy.Off ? "not checked" : "liability shifted to the bank"));
    }

    private Task<string> SlugAsync() => App.WithDbAsync(db => db.Products
        .Where(p => !p.Options.Any() && p.Variants.Sum(v => v.StockOnHand) >= 50 && p.Price < 100m).OrderBy(p => p.Id).Select(p => p.Slug).FirstAsync());

    private async Task<int> ChargesAsync(string number) =>
        await App.Services.GetRequiredService<SimulatedBraintreeGateway>().FindByOrderIdAsync(number) is TransactionSearchResult.Found f ? f.Transactions.Count : -1;
}
