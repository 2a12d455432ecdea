using Shop.Domain.Cart;
using Shop.Domain.Checkout;

namespace Shop.Tests.Domain;

public class OrderTests
{
    internal static readonly DateTimeOffset Now = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);
    internal static readonly Address Home = new("Ada Lovelace", "1 Main St", null, "Springfield", "IL", "62701", "US");

    private static Money Usd(decimal amount) => new(amount, "USD");

    internal static PricedCart Cart(params (decimal Price, int Quantity)[] lines)
    {
        var cart = ShoppingCart.New(Now);
        var catalog = new Dictionary<int, CatalogItem>();
        for (var i = 0; i < lines.Length; i++)
        {
            cart.Add(i + 1, lines[i].Quantity, Now);
            catalog[i + 1] = new CatalogItem(i + 1, i + 1, $"Product {i + 1}", "", $"SKU-{i + 1}", Usd(lines[i].Price), 100);
        }
        return cart.Price(catalog, "USD");
    }

    internal static Order Place(PricedCart? cart = null, TaxRule? tax = null, DiscountCode? code = null,
        ShippingMethod method = ShippingMethod.Standard) =>
        Order.Place(OrderNumber.New(), Guid.NewGuid(), "ada@example.com", null, cart ?? Cart((20m, 1)), Home, method,
            ShippingRates.Default("USD"), tax ?? new TaxRule(0.20m, pricesIncludeTax: true), code, Now);

    [Test]
    public void A_delivery_address_is_corrected_within_its_state_and_not_into_another()
    {
        var order = Place();
        order.ChangeDeliveryAddress(new Address("Ada Lovelace", "2 Main St", null, "Springfield", "Illinois", "62702", "US"), Now);
        var unchanged = order.History.Count;
        order.ChangeDeliveryAddress(new Address("Ada Lovelace", "2 Main St", null, "Springfield", "IL", "62702", "US"), Now);

        Assert.Multiple(() =>
        {
            Assert.That(order.ShippingAddress.Line1, Is.EqualTo("2 Main St"), "Illinois is IL");
            Assert.That(order.History.Count, Is.EqualTo(unchanged), "the same address again writes nothing");
            Assert.That(order.History.Last().Note, Is.EqualTo("Delivery address corrected by staff; it was: Ada Lovelace, 1 Main St, Springfield, IL 62701"));
            Assert.That(() => order.ChangeDeliveryAddress(new Address("Ada Lovelace", "1 Main St", null, "Chicago", "WI", "53201", "US"), Now),
                Throws.InstanceOf<DomainException>().With.Message.EqualTo(Order.DeliveryStaysInItsRegion), "another state is taxed as another");
        });
    }

    [Test]
    public void Placing_copies_the_lines_and_computes_tax_inclusive_totals()
    {
        var order = Place(Cart((19.99m, 2), (5m, 1)), new TaxRule(0.20m, true));
        Assert.Multiple(() =>
        {
            Assert.That(order.Status, Is.EqualTo(OrderStatus.Pending));
            Assert.That(order.Lines.Select(l => (l.Sku, l.Quantity, l.LineTotal)),
                Is.EqualTo(new[] { ("SKU-1", 2, Usd(39.98m)), ("SKU-2", 1, Usd(5m)) }));
            Assert.That(order.Subtotal, Is.EqualTo(Usd(44.98m)));
            Assert.That(order.ShippingCost, Is.EqualTo(Usd(4.95m)));
            Assert.That(order.Total, Is.EqualTo(Usd(49.93m)));
            Assert.That(order.Tax, Is.EqualTo(Usd(8.32m)));          // 49.93 / 6 = 8.3216…
            Assert.That(order.TaxIncluded, Is.True);
            Assert.That(order.RefundedAmount, Is.EqualTo(Usd(0m)));
            Assert.That(OrderNumber.IsValid(order.Number), Is.True);
            Assert.That(order.History.Single().Status, Is.EqualTo(OrderStatus.Pending));
        });
    }

    [Test]
    public void Tax_exclusive_prices_get_the_tax_added()
    {
        var order = Place(Cart((19.99m, 2), (5m, 1)), new TaxRule(0.20m, false), method: ShippingMethod.Express);
        Assert.Multiple(() =>
        {
            Assert.That(order.ShippingCost, Is.EqualTo(Usd(14.95m)));
            Assert.That(order.Tax, Is.EqualTo(Usd(11.99m)));         // (44.98 + 14.95) × 0.2 = 11.986
            Assert.That(order.Total, Is.EqualTo(Usd(71.92m)));
            Assert.That(order.TaxIncluded, Is.False);
        });
    }

    [Test]
    public void A_discount_comes_off_before_shipping_and_tax_and_can_lose_free_shipping()
    {
        var order = Place(Cart((25m, 2)), new TaxRule(0.10m, false), new DiscountCode("TENOFF", DiscountKind.FixedAmount, 10m));
        Assert.Multiple(() =>
        {
            Assert.That(order.Subtotal, Is.EqualTo(Usd(50m)));
            Assert.That(order.Discount, Is.EqualTo(Usd(10m)));
            Assert.That(order.DiscountCode, Is.EqualTo("TENOFF"));
            Assert.That(order.ShippingCost, Is.EqualTo(Usd(4.95m)));  // 40.00 of goods is under the 50.00 threshold
            Assert.That(order.Tax, Is.EqualTo(Usd(4.50m)));           // 44.95 × 0.1 = 4.495
            Assert.That(order.Total, Is.EqualTo(Usd(49.45m)));
        });
    }

    [Test]
    public void A_discount_as_big_as_the_goods_leaves_only_shipping()
    {
        var order = Place(Cart((8m, 1)), TaxRule.None, new DiscountCode("FREE", DiscountKind.Percentage, 100m));
        Assert.That(order.Total, Is.EqualTo(Usd(4.95m)));
    }

    [Test]
    public void A_code_that_does_not_apply_stops_the_order_with_its_reason()
    {
        var expired = new DiscountCode("OLD", DiscountKind.Percentage, 10, endsAt: Now.AddDays(-1));
        var ex = Assert.Throws<DiscountRefused>(() => Place(code: expired)); // a DomainException that keeps the outcome
        Assert.That(ex!.Message, Does.Contain("expired"));
        Assert.That(ex.Outcome.Refusal, Is.EqualTo(DiscountRefusal.Expired));
    }

    [Test]
    public void Quote_shows_totals_and_the_refusal_without_throwing()
    {
        var (totals, outcome) = OrderTotals.Quote(Cart((10m, 1)), ShippingMethod.Standard, ShippingRates.Default("USD"),
            TaxRule.None, new DiscountCode("BIG", DiscountKind.Percentage, 10, minimumSubtotal: 100m), Now);
        Assert.That(outcome!.Refusal, Is.EqualTo(DiscountRefusal.BelowMinimum));
        Assert.That(totals.Total, Is.EqualTo(Usd(14.95m)));
    }

    [Test]
    public void A_cart_that_pricing_changed_or_that_is_empty_cannot_be_ordered()
    {
        var cart = ShoppingCart.New(Now);
        cart.Add(1, 5, Now);
        var capped = cart.Price(new Dictionary<int, CatalogItem> { [1] = new(1, 1, "Lamp", "", "L", Usd(10m), 2) }, "USD");
        Assert.Throws<DomainException>(() => Place(capped));
        Assert.Throws<DomainException>(() => Place(ShoppingCart.New(Now).Price(new Dictionary<int, CatalogItem>(), "USD")));
    }

    [TestCase("")]
    [TestCase("not-an-email")]
    [TestCase("a@b@c")]
    [TestCase("ada @example.com")]
    [TestCase("a@")]
    [TestCase("<a@b.c>")]
    [TestCase("a@b.c\r\nBcc: x@y.z")]
    [TestCase("a@b.c,x@y.z")]
    [TestCase("a@b.c\0")]
    public void An_order_needs_an_email_address(string email)
    {
        Assert.Throws<DomainException>(() => Order.Place(OrderNumber.New(), Guid.NewGuid(), email, null, Cart((1m, 1)), Home,
            ShippingMethod.Standard, ShippingRates.Default("USD"), TaxRule.None, null, Now));
    }

    [Test]
    public void An_order_needs_a_proper_number_and_idempotency_key()
    {
        Assert.Throws<DomainException>(() => Order.Place("42", Guid.NewGuid(), "a@b.c", null, Cart((1m, 1)), Home,
            ShippingMethod.Standard, ShippingRates.Default("USD"), TaxRule.None, null, Now));
        Assert.Throws<DomainException>(() => Order.Place(OrderNumber.New(), Guid.Empty, "a@b.c", null, Cart((1m, 1)), Home,
            ShippingMethod.Standard, ShippingRates.Default("USD"), TaxRule.None, null, Now));
    }

    [Test]
    public void Order_numbers_are_readable_and_differ()
    {
        var numbers = Enumerable.Range(0, 1000).Select(_ => OrderNumber.New()).ToList();
        Assert.That(numbers, Is.Unique);
        Assert.That(numbers, Has.All.Match(@"^SHP-[2-9A-HJ-KM-NP-Z]{4}-[2-9A-HJ-KM-NP-Z]{4}$"));
        Assert.That(numbers.All(OrderNumber.IsValid), Is.True);
        Assert.That(OrderNumber.IsValid("SHP-0000-0000"), Is.False);
    }

    [Test]
    public void An_invoice_is_dated_the_day_its_number_is_given_not_the_day_of_the_order()
    {
        var order = Place();
        order.MarkPaid("txn-1", Now);
        var before = order.InvoiceDate;
        order.IssueInvoice(7, Now.AddDays(1));
        Assert.Multiple(() =>
        {
            Assert.That(before, Is.Null, "no invoice yet");
            Assert.That((order.InvoiceNumber, order.InvoicedAt, order.InvoiceDate), Is.EqualTo(((int?)7, (DateTimeOffset?)Now.AddDays(1), (DateTimeOffset?)Now.AddDays(1))));
            Assert.That(order.PlacedAt, Is.EqualTo(Now), "the order keeps its own date");
            Assert.That(() => order.IssueInvoice(8, Now.AddDays(2)), Throws.TypeOf<DomainException>(), "one number, one date");
            Assert.That(order.InvoiceDate, Is.EqualTo(Now.AddDays(1)));
        });
    }
}
