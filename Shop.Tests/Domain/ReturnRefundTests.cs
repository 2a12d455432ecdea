using System.Globalization;
using Shop.Domain.Cart;
using Shop.Domain.Checkout;
using Shop.Domain.Markets;

namespace Shop.Tests.Domain;

/// <summary>A returned item is refunded what was paid for it: its own discount and its own tax, not a share of the order's.</summary>
public class ReturnRefundTests
{
    private static readonly ReturnWindow Window = new(30);
    private static Address In(string country, string? region = null) => new("Buyer", "1 Street", null, "Town", region, "12345", country);

    private static CatalogItem Item(int id, decimal price, string currency, TaxClass taxClass = TaxClass.Standard) =>
        new(id, id, $"Item {id}", "", $"ITEM-{id}", new Money(price, currency), 100, TaxClass: taxClass, WeightGrams: 500);

    private static Order Delivered(Market market, Destination to, DiscountCode? code, params (CatalogItem Item, int Quantity)[] lines)
    {
        var cart = ShoppingCart.New(OrderTests.Now);
        foreach (var (item, quantity) in lines) cart.Add(item.VariantId, quantity, OrderTests.Now);
        var currency = lines[0].Item.UnitPrice.Currency;
        var order = Order.Place(OrderNumber.New(), Guid.NewGuid(), "buyer@example.com", null,
            cart.Price(lines.ToDictionary(l => l.Item.VariantId, l => l.Item), currency), to, ShippingMethod.Standard, market, code, OrderTests.Now);
        for (var i = 0; i < order.Lines.Count; i++) typeof(OrderLine).GetProperty(nameof(OrderLine.Id))!.SetValue(order.Lines[i], i + 1);
        order.MarkPaid("txn-1", OrderTests.Now);
        order.Ship("TRACK-1", OrderTests.Now);
        order.MarkDelivered(OrderTests.Now);
        return order;
    }

    private static ReturnRequest Return(Order order, int line, int quantity = 1) =>
        ReturnRequest.Ask(order, [(order.Lines[line].Id, quantity, "Not needed")], [], Window, OrderTests.Now.AddDays(3));

    /// <summary>A US shop, prices without tax: New York charges 8.875 % on goods and shipping, 0 % on books; 4.95 shipping, free from 50.</summary>
    private static Market NewYork() => new(
        ShippingTable.Single(ShippingRates.Default("USD"), new DeliveryPromise(3, 1)),
        new TaxPolicy([new TaxZone("New York", "Sales tax", "US", "NY", 0.08875m, 0m)], new TaxRule(0m, pricesIncludeTax: false), ShopCountry: "US"));

    [Test]
    public void An_item_the_code_did_not_cover_is_refunded_its_full_price_and_the_discounted_one_its_discounted_price()
    {
        var code = new DiscountCode("LAMP50", DiscountKind.Percentage, 50m);
        code.LimitTo([1], []);
        var order = Delivered(NewYork(), new Destination(In("US", "TX")), code, (Item(1, 115m, "USD"), 1), (Item(2, 119.99m, "USD"), 1));

        Assert.That(order.Total, Is.EqualTo(new Money(177.49m, "USD")));
        Assert.That(Return(order, 1).RefundFor(order, withShipping: false, []).Amount, Is.EqualTo(new Money(119.99m, "USD")), "the pen had no discount");
        Assert.That(Return(order, 0).RefundFor(order, withShipping: false, []).Amount, Is.EqualTo(new Money(57.50m, "USD")), "the lamp was half off");
    }

    [Test]
    public void A_zero_rated_book_is_refunded_without_tax_it_never_paid()
    {
        var order = Delivered(NewYork(), new Destination(In("US", "NY")), null, (Item(1, 115m, "USD"), 1), (Item(2, 14.99m, "USD", TaxClass.Reduced), 1));

        Assert.That((order.Tax, order.Total), Is.EqualTo((new Money(10.21m, "USD"), new Money(140.20m, "USD"))));
        Assert.That(Return(order, 1).RefundFor(order, withShipping: false, []).Amount, Is.EqualTo(new Money(14.99m, "USD")));
        Assert.That(Return(order, 0).RefundFor(order, withShipping: false, []).Amount, Is.EqualTo(new Money(125.21m, "USD")), "the lamp with all the tax");
    }

    [Test]
    public void A_reverse_charged_business_is_refunded_the_net_it_paid_for_the_item_and_the_shipping()
    {
        // A German shop, prices with VAT; a French business with a VAT number pays the net: 2 × 11.95 / 1.2 and 9.95 / 1.2.
        var market = new Market(ShippingTable.Single(new ShippingRates(new Money(9.95m, "EUR"), new Money(19.95m, "EUR"), null), new DeliveryPromise(3, 1)),
            new TaxPolicy(TaxPolicyTests.EuZones(), new TaxRule(0.19m, pricesIncludeTax: true), ShopCountry: "DE"));
        var order = Delivered(market, new Destination(In("FR"), "FR12345678901"), null, (Item(1, 11.95m, "EUR"), 2));

        Assert.That(order.Total, Is.EqualTo(new Money(28.21m, "EUR")));
        Assert.That(Return(order, 0).RefundFor(order, withShipping: false, []).Amount, Is.EqualTo(new Money(9.96m, "EUR")));
        Assert.That(Return(order, 0).RefundFor(order, withShipping: true, []).Amount, Is.EqualTo(new Money(18.25m, "EUR")));
    }

    [TestCase(false, false)]
    [TestCase(true, false)]
    [TestCase(false, true)]
    [TestCase(true, true)]
    public void What_each_line_and_the_shipping_were_paid_add_up_to_the_total(bool pricesIncludeTax, bool perLine)
    {
        var policy = new TaxPolicy(TaxPolicyTests.EuZones(), new TaxRule(0.19m, pricesIncludeTax), perLine, ShopCountry: "DE");
        var lines = new[] { new TaxableLine(new Money(33.33m, "EUR"), TaxClass.Standard), new TaxableLine(new Money(10.01m, "EUR"), TaxClass.Reduced),
            new TaxableLine(new Money(7.77m, "EUR"), TaxClass.Standard) };

        var taxes = policy.Compute(lines, new Money(5m, "EUR"), new Money(4.95m, "EUR"), new Destination(In("DE")));

        Assert.That(taxes.LinesPaid, Has.Count.EqualTo(3));
        Assert.That(taxes.LinesPaid.Aggregate(taxes.ShippingPaid, (sum, paid) => sum + paid), Is.EqualTo(taxes.Total));
        Assert.That(taxes.LinesTax, Has.Count.EqualTo(3));
        Assert.That(taxes.LinesTax.Aggregate(Money.Zero("EUR"), (sum, tax) => sum + tax), Is.LessThan(taxes.Tax), "the shipping's tax is the rest");
    }

    /// <summary>A German shop, prices with VAT: a lamp at 19 % and a book at 7 %, 4.95 shipping split by their values: 3.30 at 19 %, 1.65 at 7 %.</summary>
    private static Order LampAndBook(Destination? to = null, string? vat = null)
    {
        var market = new Market(ShippingTable.Single(new ShippingRates(new Money(4.95m, "EUR"), new Money(9.95m, "EUR"), null), new DeliveryPromise(3, 1)),
            new TaxPolicy(TaxPolicyTests.EuZones(), new TaxRule(0.19m, pricesIncludeTax: true), ShopCountry: "DE"));
        return Delivered(market, to ?? new Destination(In("DE")), null, (Item(1, 29.99m, "EUR"), 1), (Item(2, 14.99m, "EUR", TaxClass.Reduced), 1));
    }

    [Test]
    public void A_returned_book_gives_back_its_own_reduced_tax_not_a_share_of_the_orders()
    {
        var order = LampAndBook();
        Assert.That(order.Tax, Is.EqualTo(new Money(6.41m, "EUR")),
            "19 % within 29.99 + 3.30 = 5.32 (4.79 the lamp's), 7 % within 14.99 + 1.65 = 1.09 (0.98 the book's): 0.64 on the shipping");

        var back = Return(order, 1).RefundFor(order, withShipping: false, []);
        Assert.That(back, Is.EqualTo(new MoneyBack(new Money(14.99m, "EUR"), new Money(0.98m, "EUR"))), "14.99 with 7 % VAT within it");
        order.Refund(back, OrderTests.Now);
        Assert.That(order.TaxRefunded, Is.EqualTo(new Money(0.98m, "EUR")), "the invoice and the export read this");

        var lamp = Return(order, 0).RefundFor(order, withShipping: true, []);
        Assert.That(lamp, Is.EqualTo(new MoneyBack(new Money(34.94m, "EUR"), new Money(5.43m, "EUR"))),
            "the lamp with its 19 % (4.79) and the shipping with its 0.53 at 19 % and 0.11 at 7 %");
        Assert.That(lamp, Is.EqualTo(new MoneyBack(order.RefundableAmount, order.TaxLeft)), "all that was left");
    }

    [Test]
    public void A_returned_item_of_a_reverse_charged_order_gives_back_no_tax()
    {
        var order = LampAndBook(new Destination(In("FR"), "FR12345678901"));
        Assert.That(Return(order, 0).RefundFor(order, withShipping: true, []).Tax, Is.EqualTo(Money.Zero("EUR")));
    }

    /// <summary>A US shop (tax on top) selling to Germany at 19 %: 3 knives at 62.50 were paid 223.13, of which tax 35.63.</summary>
    [TestCase(new[] { 1, 1, 1 }, new[] { "74.38", "74.37", "74.38" }, new[] { "11.88", "11.87", "11.88" })]
    [TestCase(new[] { 2, 1 }, new[] { "148.75", "74.38" }, new[] { "23.75", "11.88" })]
    [TestCase(new[] { 1, 2 }, new[] { "74.38", "148.75" }, new[] { "11.88", "23.75" })]
    public void Returns_of_part_of_a_line_add_up_to_exactly_what_the_line_and_its_tax_were_paid(int[] split, string[] amounts, string[] taxes)
    {
        var market = new Market(ShippingTable.Single(ShippingRates.Default("USD"), new DeliveryPromise(3, 1)),
            new TaxPolicy(TaxPolicyTests.EuZones(), new TaxRule(0m, pricesIncludeTax: false), ShopCountry: "US"));
        var order = Delivered(market, new Destination(In("DE")), null, (Item(1, 62.50m, "USD"), 3), (Item(2, 30m, "USD"), 1));
        Assert.That((order.Lines[0].Paid, order.Lines[0].TaxPaid), Is.EqualTo((new Money(223.13m, "USD"), new Money(35.63m, "USD"))));

        var refunded = new List<ReturnRequest>();
        MoneyBack Refund(int line, int quantity)
        {
            var r = ReturnRequest.Ask(order, [(order.Lines[line].Id, quantity, "Not needed")], refunded, Window, OrderTests.Now.AddDays(3));
            r.Approve(OrderTests.Now);
            r.Receive(new Dictionary<int, bool>(), OrderTests.Now);
            var back = r.RefundFor(order, withShipping: false, refunded);
            order.Refund(back, OrderTests.Now);
            r.MarkRefunded(back.Amount, withShipping: false, OrderTests.Now);
            refunded.Add(r);
            return back;
        }
        var knives = split.Select(quantity => Refund(0, quantity)).ToList();
        var paringKnife = Refund(1, 1);

        Assert.Multiple(() =>
        {
            Assert.That(knives.Select(b => b.Amount.Amount.ToString(CultureInfo.InvariantCulture)), Is.EqualTo(amounts));
            Assert.That(knives.Select(b => b.Tax.Amount.ToString(CultureInfo.InvariantCulture)), Is.EqualTo(taxes));
            Assert.That(paringKnife, Is.EqualTo(new MoneyBack(new Money(35.70m, "USD"), new Money(5.70m, "USD"))), "the other item, exactly as paid");
            Assert.That((order.RefundedAmount, order.TaxRefunded), Is.EqualTo((order.Total, order.Tax)));
        });
    }
}
