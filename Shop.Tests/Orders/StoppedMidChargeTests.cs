using System.Globalization;
using Shop.Web.Data;
using Shop.Web.Orders;

namespace Shop.Tests.Orders;

/// <summary>
/// The shop stops mid-charge: the card is charged and the shop never hears it, so Pay empties no cart. When the payment
/// is settled later (the reconciler, or staff asking the gateway), what the order bought leaves the shopper's cart;
/// what they added since stays.
/// </summary>
public class StoppedMidChargeTests : OrdersFixture
{
    protected override Action<IServiceCollection>? TestServices => services =>
    {
        services.AddSingleton<HeldGateway>();
        services.AddSingleton<IPaymentGateway>(sp => sp.GetRequiredService<HeldGateway>());
    };

    [Test]
    public async Task A_payment_settled_later_takes_what_it_bought_out_of_the_cart()
    {
        var (bought, added) = (await ProductAsync(0), await ProductAsync(1));
        var email = Unique("stopped");
        using var shopper = new Shopper(await App.CreateAccountAndSignInAsync(email));
        await shopper.AddToCartAsync(bought.Slug, 2);
        App.Services.GetRequiredService<HeldGateway>().StopAfterNextCharge();
        var stopped = await shopper.CheckoutAsync(TestNonces.Valid, Shopper.GuestAddress(email));
        var number = await App.WithDbAsync(db => db.Orders.Where(o => o.Email == email).Select(o => o.Number).SingleAsync());
        var (_, before) = await shopper.Client.GetPageAsync("/cart");
        await shopper.AddToCartAsync(added.Slug); // meanwhile, something else
        await shopper.AddToCartAsync(bought.Slug); // and one more of the same

        var says = await SettleAsync(number);
        var (_, after) = await shopper.Client.GetPageAsync("/cart");
        var again = await SettleAsync(number);
        var (_, later) = await shopper.Client.GetPageAsync("/cart");

        Assert.Multiple(() =>
        {
            Assert.That(stopped.StatusCode, Is.EqualTo(HttpStatusCode.InternalServerError), "the shop stopped: no answer about the charge");
            Assert.That(before.QuerySelectorAll(".cart-line"), Has.Count.EqualTo(1), "Pay emptied nothing");
            Assert.That(says, Is.EqualTo(PaymentReconciliation.GatewaySays.Paid));
            Assert.That(CartQuantities(after), Is.EquivalentTo(new Dictionary<string, int> { [bought.Name] = 1, [added.Name] = 1 }),
                "the two bought are out; what was added since stays");
            Assert.That(again, Is.EqualTo(PaymentReconciliation.GatewaySays.Paid));
            Assert.That(CartQuantities(later), Is.EquivalentTo(CartQuantities(after)), "taken out once");
        });
    }

    [Test]
    public async Task A_payment_settled_after_the_shopper_signed_in_takes_what_it_bought_out_of_the_merged_cart()
    {
        var (bought, kept) = (await ProductAsync(0), await ProductAsync(1));
        var email = Unique("merged");
        using var account = new Shopper(await App.CreateAccountAndSignInAsync(email));
        await account.AddToCartAsync(kept.Slug); // the account's own cart, from another browser
        using var guest = new Shopper(App.Browser());
        await guest.AddToCartAsync(bought.Slug, 2);
        App.Services.GetRequiredService<HeldGateway>().StopAfterNextCharge();
        var stopped = await guest.CheckoutAsync(TestNonces.Valid, Shopper.GuestAddress(email));
        var number = await App.WithDbAsync(db => db.Orders.Where(o => o.Email == email).Select(o => o.Number).SingleAsync());
        await guest.Client.SignInAsync(email); // the anonymous cart goes into the account's
        var (_, merged) = await guest.Client.GetPageAsync("/cart");

        var says = await SettleAsync(number);
        var (_, after) = await guest.Client.GetPageAsync("/cart");

        Assert.Multiple(() =>
        {
            Assert.That(stopped.StatusCode, Is.EqualTo(HttpStatusCode.InternalServerError), "the shop stopped: no answer about the charge");
            Assert.That(CartQuantities(merged), Is.EquivalentTo(new Dictionary<string, int> { [bought.Name] = 2, [kept.Name] = 1 }), "merged at sign-in");
            Assert.That(says, Is.EqualTo(PaymentReconciliation.GatewaySays.Paid));
            Assert.That(CartQuantities(after), Is.EquivalentTo(new Dictionary<string, int> { [kept.Name] = 1 }),
                "what the order bought left the cart it was merged into; the account's own line stays");
        });
    }

    /// <summary>What staff's "ask the gateway" and the reconciler both do with a pending order.</summary>
    private async Task<PaymentReconciliation.GatewaySays> SettleAsync(string number)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var order = await scope.ServiceProvider.GetRequiredService<ShopDbContext>().Orders.Whole().SingleAsync(o => o.Number == number);
        return await scope.ServiceProvider.GetRequiredService<PaymentReconciliation>().AskGatewayAsync(order, CancellationToken.None);
    }

    private static Dictionary<string, int> CartQuantities(IDocument cart) => cart.QuerySelectorAll(".cart-line").ToDictionary(
        l => l.QuerySelector("h2")!.TextContent.Trim(), l => int.Parse(l.QuerySelector("input[name=quantity]")!.GetAttribute("value")!, CultureInfo.InvariantCulture));
}
