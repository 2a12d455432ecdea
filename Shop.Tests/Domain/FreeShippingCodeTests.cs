using Shop.Domain.Cart;
using Shop.Domain.Checkout;
using Shop.Domain.Markets;

namespace Shop.Tests.Domain;

/// <summary>A free-shipping code: standard shipping costs nothing, the goods keep their price, express is still charged.</summary>
public class FreeShippingCodeTests
{
    private static Money Usd(decimal amount) => new(amount, "USD");

    private static readonly Market Shop = Market.Single(ShippingRates.Default("USD"), new TaxRule(0.10m, pricesIncludeTax: false));

    private static DiscountCode FreeShipping(decimal? minimum = null) => new("SHIPFREE", DiscountKind.FreeShipping, 0m, minimum);

    [Test]
    public void Standard_shipping_is_free_and_the_goods_keep_their_price()
    {
        var (totals, outcome) = OrderTotals.Quote(OrderTests.Cart((20m, 1)), ShippingMethod.Standard, Shop, Destination.Unknown, FreeShipping(), OrderTests.Now);

        Assert.Multiple(() =>
        {
            Assert.That(outcome!.Applies, Is.True);
            Assert.That(outcome.Message, Is.EqualTo("Code SHIPFREE: free standard shipping."));
            Assert.That((totals.Discount, totals.Shipping), Is.EqualTo((Usd(0m), Usd(0m))));
            Assert.That((totals.Tax, totals.Total), Is.EqualTo((Usd(2m), Usd(22m))), "no shipping, so no tax on it either");
        });
    }

    [Test]
    public void Express_is_still_charged_and_the_quote_says_the_code_takes_nothing_off_with_it()
    {
        var (totals, outcome) = OrderTotals.Quote(OrderTests.Cart((20m, 1)), ShippingMethod.Express, Shop, Destination.Unknown, FreeShipping(), OrderTests.Now);
        Assert.That(totals.Shipping, Is.EqualTo(Usd(14.95m)));
        Assert.That((outcome!.Applies, outcome.TakesNothing, outcome.Message),
            Is.EqualTo((true, true, "Code SHIPFREE is for standard shipping: with express shipping it takes nothing off.")), "not refused: the shopper may pay");
    }

    [Test]
    public void An_order_with_express_does_not_carry_the_free_shipping_code_so_no_use_of_it_is_counted()
    {
        Order Place(ShippingMethod method) => Order.Place(OrderNumber.New(), Guid.NewGuid(), "buyer@example.com", null, OrderTests.Cart((20m, 1)),
            new Destination(new Address("Buyer", "1 Street", null, "Town", null, "12345", "US")), method, Shop, FreeShipping(), OrderTests.Now);

        Assert.That((Place(ShippingMethod.Express).DiscountCode, Place(ShippingMethod.Standard).DiscountCode), Is.EqualTo(((string?)null, "SHIPFREE")));
    }

    [Test]
    public void Its_minimum_order_is_kept()
    {
        var (totals, outcome) = OrderTotals.Quote(OrderTests.Cart((20m, 1)), ShippingMethod.Standard, Shop, Destination.Unknown, FreeShipping(30m), OrderTests.Now);
        Assert.That((outcome!.Refusal, totals.Shipping), Is.EqualTo((DiscountRefusal.BelowMinimum, Usd(4.95m))));
    }

    [Test]
    public void A_cart_of_digital_goods_is_told_the_code_is_for_shipping()
    {
        var cart = ShoppingCart.New(OrderTests.Now);
        cart.Add(1, 1, OrderTests.Now);
        var priced = cart.Price(new Dictionary<int, CatalogItem> { [1] = new(1, 1, "E-book", "", "EBOOK-1", Usd(9m), 100, IsDigital: true) }, "USD");

        var outcome = FreeShipping().Apply(priced, OrderTests.Now);

        Assert.That((outcome.Applies, outcome.Message), Is.EqualTo((false, "Code SHIPFREE is for shipping, and nothing in your cart is shipped.")));
    }

    [Test]
    public void It_takes_no_value()
    {
        Assert.That(new DiscountCode("SHIPFREE", DiscountKind.FreeShipping, 12m).Value, Is.EqualTo(0m), "a value typed by mistake is not kept");
    }
}
