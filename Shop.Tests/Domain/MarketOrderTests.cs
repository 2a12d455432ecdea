using Shop.Domain.Cart;
using Shop.Domain.Checkout;
using Shop.Domain.Markets;

namespace Shop.Tests.Domain;

public class MarketOrderTests
{
    private static Address To(string country, string region = "") => new("Buyer", "1 Street", null, "Town", region, "12345", country);

    private static Market Eu() => new(
        ShippingTable.Single(ShippingRates.Default("USD"), new DeliveryPromise(3, 1)),
        new TaxPolicy(TaxPolicyTests.EuZones(), new TaxRule(0.19m, pricesIncludeTax: true), ShopCountry: "DE"));

    private static Order Place(PricedCart cart, Destination to) =>
        Order.Place(OrderNumber.New(), Guid.NewGuid(), "buyer@example.com", null, cart, to, ShippingMethod.Standard, Eu(), null, OrderTests.Now);

    [Test]
    public void An_order_keeps_the_tax_per_rate_of_its_destination()
    {
        var order = Place(OrderTests.Cart((60m, 1)), new Destination(To("FR")));
        Assert.That(order.TaxLines.Select(t => (t.Label, t.Tax)), Is.EqualTo(new[] { ("VAT 20%", new Money(10m, "USD")) }));
        Assert.That(order.Tax, Is.EqualTo(new Money(10m, "USD")));
        Assert.That(order.ReverseCharge, Is.False);
    }

    [Test]
    public void A_quote_reviewed_for_one_country_does_not_pay_an_order_taxed_for_another_even_at_the_same_total()
    {
        var cart = OrderTests.Cart((60m, 1));
        var (germanTotals, _) = OrderTotals.Quote(cart, ShippingMethod.Standard, Eu(), new Destination(To("DE")), null, OrderTests.Now);
        var reviewed = OrderQuote.Of(cart, germanTotals);
        Assert.That(reviewed.Matches(Place(cart, new Destination(To("DE")))), Is.True);
        var french = Place(cart, new Destination(To("FR")));
        Assert.That(french.Total, Is.EqualTo(germanTotals.Total), "inclusive prices: the same total");
        Assert.That(reviewed.Matches(french), Is.False, "but not the same tax");
    }

    [Test]
    public void A_business_order_records_its_VAT_number_and_reverse_charge()
    {
        var order = Place(OrderTests.Cart((60m, 1)), new Destination(To("FR"), "fr 12345678901"));
        Assert.That((order.VatNumber, order.ReverseCharge, order.TaxLines.Count), Is.EqualTo(("FR12345678901", true, 0)));
        Assert.That(order.Total, Is.EqualTo(new Money(50m, "USD")), "60 less the 20 % French VAT within it");
    }

    [Test]
    public void The_tax_of_refunds_in_pieces_adds_up_to_the_orders_tax()
    {
        var order = Place(OrderTests.Cart((60m, 1), (40m, 1)), new Destination(To("DE")));
        Assert.That((order.Total, order.Tax), Is.EqualTo((new Money(100m, "USD"), new Money(15.97m, "USD"))), "100 with 19 % VAT within it");
        var first = order.TaxInRefund(Usd(0m), Usd(50m));
        var second = order.TaxInRefund(Usd(50m), Usd(33.33m));
        var rest = order.TaxInRefund(Usd(83.33m), Usd(16.67m));
        Assert.That((first, second, rest), Is.EqualTo((Usd(7.99m), Usd(5.32m), Usd(2.66m))), "half of 15.97 rounds up; the rest of the tax is left for the last piece");
        Assert.That(first + second + rest, Is.EqualTo(order.Tax));
        order.MarkPaid("txn-1", OrderTests.Now);
        order.Refund(Usd(50m), OrderTests.Now);
        Assert.That(order.TaxRefunded, Is.EqualTo(first), "what was refunded so far holds the first piece's tax");
        Assert.Throws<DomainException>(() => order.TaxInRefund(Usd(60m), Usd(50m)), "more than the order's total");
        Assert.Throws<DomainException>(() => order.TaxInRefund(Usd(0m), Usd(0m)));
    }

    [Test]
    public void A_reverse_charged_order_refunds_no_tax()
    {
        var order = Place(OrderTests.Cart((60m, 1)), new Destination(To("FR"), "FR12345678901"));
        Assert.That(order.TaxInRefund(Usd(0m), Usd(20m)), Is.EqualTo(Usd(0m)));
    }

    private static Money Usd(decimal amount) => new(amount, "USD");
}
