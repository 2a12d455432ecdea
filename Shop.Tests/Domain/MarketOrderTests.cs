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
        var reviewed = OrderQuote.Of(cart, germanTotals, new Destination(To("FR")), ShippingMethod.Standard, "buyer@example.com");
        var french = Place(cart, new Destination(To("FR")));
        Assert.That(french.Total, Is.EqualTo(germanTotals.Total), "inclusive prices: the same total");
        Assert.That(reviewed.Matches(french), Is.False, "but not the same tax");
    }

    private static readonly Destination Paris = new(To("FR")), Berlin = new(To("DE"));

    /// <summary>Details changed in another tab after the review, each leaving the total and the tax as they were.</summary>
    private static IEnumerable<TestCaseData> ChangedSinceTheReview()
    {
        yield return new TestCaseData(Paris, Paris, ShippingMethod.Standard, "BUYER@example.com").SetName("Nothing that matters changed: it matches");
        yield return new TestCaseData(Paris, new Destination(new Address("Buyer", "9 Other Street", null, "Town", "", "12345", "FR")),
            ShippingMethod.Standard, "buyer@example.com").SetName("Another street");
        yield return new TestCaseData(Paris, new Destination(To("AT")), ShippingMethod.Standard, "buyer@example.com").SetName("Another country at the same rate");
        yield return new TestCaseData(Paris, new Destination(Paris.ShipTo, null, To("AT")), ShippingMethod.Standard, "buyer@example.com").SetName("Another billing address");
        yield return new TestCaseData(new Destination(new Address("Buyer", "1 Street", null, "Town", "", "12345", "FR", company: "Dupont SARL")),
            new Destination(new Address("Buyer", "1 Street", null, "Town", "", "12345", "FR", company: "Martin SA")),
            ShippingMethod.Standard, "buyer@example.com").SetName("Another company");
        yield return new TestCaseData(Paris, new Destination(new Address("Buyer", "1 Street", null, "Town", "", "12345", "FR", company: "Dupont SARL")),
            ShippingMethod.Standard, "buyer@example.com").SetName("A company added");
        yield return new TestCaseData(Berlin, new Destination(Berlin.ShipTo, "DE123456789"), ShippingMethod.Standard, "buyer@example.com").SetName("A VAT number");
        yield return new TestCaseData(Paris, Paris, ShippingMethod.Express, "buyer@example.com").SetName("Another shipping method at the same price");
        yield return new TestCaseData(Paris, Paris, ShippingMethod.Standard, "someone.else@example.com").SetName("Another email");
    }

    [TestCaseSource(nameof(ChangedSinceTheReview))]
    public void A_quote_pays_only_an_order_going_to_whom_and_how_it_was_reviewed(Destination reviewedTo, Destination placedTo, ShippingMethod method, string email)
    {
        var sameRates = Eu() with { Shipping = ShippingTable.Single(new ShippingRates(new Money(4.95m, "USD"), new Money(4.95m, "USD"), null), new DeliveryPromise(3, 1)) };
        var cart = OrderTests.Cart((60m, 1));
        var (totals, _) = OrderTotals.Quote(cart, ShippingMethod.Standard, sameRates, reviewedTo, null, OrderTests.Now);
        var reviewed = OrderQuote.Of(cart, totals, reviewedTo, ShippingMethod.Standard, "buyer@example.com");
        var placed = Order.Place(OrderNumber.New(), Guid.NewGuid(), email, null, cart, placedTo, method, sameRates, null, OrderTests.Now);

        Assert.That((placed.Total, placed.TaxLines.Single().Label), Is.EqualTo((reviewed.Total, totals.Taxes!.Rates.Single().Label)), "the same total and tax row");
        Assert.That(reviewed.Matches(placed), Is.EqualTo(reviewedTo == placedTo && method == ShippingMethod.Standard && email.Trim().Equals("buyer@example.com", StringComparison.OrdinalIgnoreCase)));
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
        order.MarkPaid("txn-1", OrderTests.Now);
        var first = order.Refund(Usd(50m), OrderTests.Now).Tax;
        Assert.That(order.TaxRefunded, Is.EqualTo(first), "what was refunded so far holds the first piece's tax");
        var second = order.Refund(Usd(33.33m), OrderTests.Now).Tax;
        Assert.That(MoneyBack.ShareOf(order, Usd(16.67m)).Tax, Is.EqualTo(Usd(2.66m)), "staff see the last piece's tax before it is sent");
        var rest = order.Refund(Usd(16.67m), OrderTests.Now).Tax;
        Assert.That((first, second, rest), Is.EqualTo((Usd(7.99m), Usd(5.32m), Usd(2.66m))), "half of 15.97 rounds up; the rest of the tax is left for the last piece");
        Assert.That((order.TaxRefunded, order.TaxLeft), Is.EqualTo((order.Tax, Usd(0m))));
        Assert.Throws<DomainException>(() => MoneyBack.ShareOf(order, Usd(1m)), "nothing is left to refund");
        Assert.Throws<DomainException>(() => MoneyBack.ShareOf(Place(OrderTests.Cart((60m, 1)), new Destination(To("DE"))), Usd(0m)));
    }

    [Test]
    public void A_refund_cannot_claim_more_tax_than_is_left_or_than_it_refunds()
    {
        var order = Place(OrderTests.Cart((60m, 1), (40m, 1)), new Destination(To("DE")));
        order.MarkPaid("txn-1", OrderTests.Now);
        Assert.Throws<DomainException>(() => order.Refund(new MoneyBack(Usd(10m), Usd(11m)), OrderTests.Now), "more tax than money");
        Assert.Throws<DomainException>(() => order.Refund(new MoneyBack(Usd(90m), Usd(16m)), OrderTests.Now), "more than the order's 15.97 of tax");
        Assert.That(order.RefundedAmount, Is.EqualTo(Usd(0m)), "nothing recorded");
        Assert.That(MoneyBack.Of(order, Usd(90m), Usd(16m)).Tax, Is.EqualTo(order.Tax), "items' tax is held within what is left");
        Assert.That(MoneyBack.Of(order, Usd(100m), Usd(12m)).Tax, Is.EqualTo(order.Tax), "the refund of all that is left takes all the tax left");
    }

    [Test]
    public void Cancelling_refunds_the_tax_left()
    {
        var order = Place(OrderTests.Cart((60m, 1), (40m, 1)), new Destination(To("DE")));
        order.MarkPaid("txn-1", OrderTests.Now);
        order.Refund(new MoneyBack(Usd(10m), Usd(0.65m)), OrderTests.Now);
        order.Cancel("Out of stock", OrderTests.Now);
        Assert.That((order.RefundedAmount, order.TaxRefunded), Is.EqualTo((order.Total, order.Tax)));
    }

    [Test]
    public void A_reverse_charged_order_refunds_no_tax()
    {
        var order = Place(OrderTests.Cart((60m, 1)), new Destination(To("FR"), "FR12345678901"));
        Assert.That(MoneyBack.ShareOf(order, Usd(20m)).Tax, Is.EqualTo(Usd(0m)));
    }

    private static Money Usd(decimal amount) => new(amount, "USD");

    [TestCase(false, "44.20", "25.50")]
    [TestCase(true, "44.20", "25.50")]
    public void A_line_sold_for_what_was_paid_after_its_share_of_the_discount_without_tax_added_on_top(bool pricesIncludeTax, string first, string second)
    {
        // 52 and 30 with 15 % off: 44.20 and 25.50 of goods; a US shop adds 10 % on top, a German one has 19 % within.
        var market = new Market(ShippingTable.Single(ShippingRates.Default("USD"), new DeliveryPromise(3, 1)),
            new TaxPolicy(TaxPolicyTests.EuZones(), new TaxRule(0.10m, pricesIncludeTax), ShopCountry: pricesIncludeTax ? "DE" : "US"));
        var order = Order.Place(OrderNumber.New(), Guid.NewGuid(), "buyer@example.com", null, OrderTests.Cart((52m, 1), (30m, 1)),
            new Destination(To(pricesIncludeTax ? "DE" : "US", pricesIncludeTax ? "" : "TX")), ShippingMethod.Standard, market,
            new DiscountCode("PCT15", DiscountKind.Percentage, 15m), OrderTests.Now);

        var soldFor = order.Lines.Select(l => l.SoldFor(order.TaxIncluded)).ToList();
        Assert.That(soldFor.Select(m => m.Amount.ToString(System.Globalization.CultureInfo.InvariantCulture)), Is.EqualTo(new[] { first, second }));
        Assert.That(soldFor.Aggregate((a, b) => a + b), Is.EqualTo(order.Subtotal - order.Discount), "the goods as sold, never more than the order");
    }
}
