using Shop.Domain.Cart;
using Shop.Domain.Checkout;
using Shop.Domain.Markets;

namespace Shop.Tests.Domain;

/// <summary>
/// A German shop (prices without tax) selling an e-book and a printed book to a buyer who has them delivered in France
/// and is billed in Austria: the e-book pays the billing country's rate, the printed book and shipping the delivery's.
/// </summary>
public class DigitalGoodsTests
{
    private static Money Eur(decimal amount) => new(amount, "EUR");
    private static Address In(string country) => new("Buyer", "1 Street", null, "Town", null, "12345", country);
    private static readonly Address Paris = In("FR"), Vienna = In("AT");

    private static Market GermanShop() => new(
        ShippingTable.Single(ShippingRates.Default("EUR"), new DeliveryPromise(3, 1)),
        new TaxPolicy(TaxPolicyTests.EuZones(), new TaxRule(0.19m, pricesIncludeTax: false), ShopCountry: "DE"));

    private const int EBook = 1, PrintedBook = 2;

    private static PricedCart Cart(params (int Item, decimal Price)[] lines)
    {
        var cart = ShoppingCart.New(OrderTests.Now);
        var catalog = new Dictionary<int, CatalogItem>();
        foreach (var (item, price) in lines)
        {
            cart.Add(item, 1, OrderTests.Now);
            catalog[item] = new CatalogItem(item, item, item == EBook ? "E-book" : "Printed book", "", $"BOOK-{item}", Eur(price), 100,
                TaxClass: TaxClass.Reduced, WeightGrams: item == EBook ? 0 : 800, IsDigital: item == EBook);
        }
        return cart.Price(catalog, "EUR");
    }

    private static Order Place(PricedCart cart, Destination to, Market? market = null, DiscountCode? code = null) =>
        Order.Place(OrderNumber.New(), Guid.NewGuid(), "buyer@example.com", null, cart, to, ShippingMethod.Standard, market ?? GermanShop(),
            code, OrderTests.Now);

    [Test]
    public void An_e_book_a_code_covers_is_paid_without_a_charge_and_invoiced_unless_cancelled_unpaid()
    {
        Order Free() => Place(Cart((EBook, 20m)), new Destination(Paris), code: new DiscountCode("GIFT", DiscountKind.Percentage, 100m));
        var paid = Free();
        paid.MarkPaidWithoutCharge(OrderTests.Now);
        var neverPaid = Free();
        neverPaid.Cancel("abandoned", OrderTests.Now);
        var charged = Place(Cart((EBook, 20m)), new Destination(Paris));

        Assert.Multiple(() =>
        {
            Assert.That((paid.IsFreeOfCharge, paid.Status, paid.CanBeInvoiced), Is.EqualTo((true, OrderStatus.Paid, true)));
            Assert.That((neverPaid.IsFreeOfCharge, neverPaid.CanBeInvoiced), Is.EqualTo((true, false)));
            Assert.That(charged.IsFreeOfCharge, Is.False);
            Assert.That(() => charged.MarkPaidWithoutCharge(OrderTests.Now), Throws.TypeOf<DomainException>());
        });
    }

    [Test]
    public void The_e_book_pays_the_billing_countrys_VAT_the_printed_book_and_shipping_the_delivery_countrys()
    {
        var order = Place(Cart((EBook, 20m), (PrintedBook, 20m)), new Destination(Paris, BillTo: Vienna));
        Assert.Multiple(() =>
        {
            Assert.That(order.TaxLines.Select(t => (t.Label, t.Base, t.Tax)), Is.EqualTo(new[]
            {
                ("VAT 10%", Eur(20m), Eur(2.00m)), // the e-book, Austrian reduced
                ("VAT 5.5%", Eur(24.95m), Eur(1.37m)), // the printed book and its shipping, French reduced: 24.95 × 5.5 % = 1.372
            }));
            Assert.That(order.ShippingCost, Is.EqualTo(Eur(4.95m)), "the parcel's goods are 20.00, under the free-shipping 50.00");
            Assert.That(order.Total, Is.EqualTo(Eur(48.32m)), "40.00 + 4.95 + 2.00 + 1.37");
            Assert.That(order.BillTo, Is.EqualTo(Vienna));
        });
    }

    [Test]
    public void Without_a_billing_address_the_e_book_pays_the_delivery_countrys_VAT()
    {
        var order = Place(Cart((EBook, 20m)), new Destination(Paris));
        Assert.That(order.TaxLines.Select(t => (t.Label, t.Tax)), Is.EqualTo(new[] { ("VAT 5.5%", Eur(1.10m)) }));
    }

    [Test]
    public void The_cart_page_without_an_address_taxes_digital_goods_at_the_shops_own_rate_as_before()
    {
        var (totals, _) = OrderTotals.Quote(Cart((EBook, 20m)), ShippingMethod.Standard, GermanShop(), Destination.Unknown, null, OrderTests.Now);
        Assert.That(totals.Taxes!.Rates.Select(t => (t.Label, t.Tax)), Is.EqualTo(new[] { ("VAT 7%", Eur(1.40m)) }));
    }

    [Test]
    public void An_order_of_only_digital_goods_pays_no_shipping_even_where_no_method_ships()
    {
        var germany = new ShippingZone("Germany", "DE", null);
        germany.Offer(ShippingMethod.Standard, "DHL Paket", ShippingBasis.Weight, "0=4.95", null, 2, "EUR");
        var zones = GermanShop() with { Shipping = new ShippingTable([germany], ShippingRates.Default("EUR"), new DeliveryPromise(3, 1), "DE") };
        var order = Place(Cart((EBook, 20m)), new Destination(Paris, BillTo: Vienna), zones);
        Assert.Multiple(() =>
        {
            Assert.That(order.ShippingCost, Is.EqualTo(Eur(0m)));
            Assert.That(order.Total, Is.EqualTo(Eur(22m)), "20.00 and Austria's 10 %");
            Assert.That(Cart((EBook, 20m)).ShipsNothing, Is.True);
            Assert.That(Cart((EBook, 20m), (PrintedBook, 5m)).ShipsNothing, Is.False);
        });
    }

    [Test]
    public void Digital_goods_weigh_nothing_and_do_not_count_toward_free_shipping()
    {
        var cart = Cart((EBook, 45m), (PrintedBook, 10m));
        var order = Place(cart, new Destination(Paris));
        Assert.Multiple(() =>
        {
            Assert.That(cart.WeightGrams, Is.EqualTo(800));
            Assert.That(cart.ShippedSubtotal, Is.EqualTo(Eur(10m)), "what the checkout prices its shipping offers on");
            Assert.That(order.ShippingCost, Is.EqualTo(Eur(4.95m)), "55.00 of goods, but the parcel holds 10.00");
        });
    }

    [Test]
    public void A_business_billed_in_its_VAT_country_is_reverse_charged_on_the_e_book_and_pays_French_VAT_on_the_printed_book()
    {
        var tax = GermanShop().Tax.Compute([new(Eur(20m), TaxClass.Reduced, IsDigital: true), new(Eur(20m), TaxClass.Reduced)], Eur(0m), Eur(0m),
            new Destination(Paris, "ATU12345678", Vienna));
        Assert.Multiple(() =>
        {
            Assert.That(tax.ReverseCharge, Is.True);
            Assert.That(tax.Rates.Select(r => (r.Label, r.Tax)), Is.EqualTo(new[] { ("VAT 5.5%", Eur(1.10m)) }));
            Assert.That(tax.Total, Is.EqualTo(Eur(41.10m)));
        });
    }

    [Test]
    public void An_order_reverse_charged_on_its_e_book_only_keeps_the_printed_books_tax_and_its_quote_says_both()
    {
        var cart = Cart((EBook, 20m), (PrintedBook, 20m));
        var to = new Destination(Paris, "ATU12345678", Vienna);
        var order = Place(cart, to);
        var (totals, _) = OrderTotals.Quote(cart, ShippingMethod.Standard, GermanShop(), to, null, OrderTests.Now);
        var (allFrench, _) = OrderTotals.Quote(cart, ShippingMethod.Standard, GermanShop(), new Destination(Paris, "ATU12345678"), null, OrderTests.Now);
        Assert.Multiple(() =>
        {
            Assert.That(order.ReverseCharge, Is.True);
            Assert.That(order.TaxLines.Select(t => (t.Label, t.Tax)), Is.EqualTo(new[] { ("VAT 5.5%", Eur(1.37m)) }),
                "shipping carries the printed book only: both pay its French reduced rate, (20.00 + 4.95) × 5.5 % = 1.372");
            Assert.That(order.Total, Is.EqualTo(Eur(46.32m)), "40.00 and 4.95 shipping, with French VAT on the book and shipping only");
            Assert.That(OrderQuote.Of(cart, totals, to, ShippingMethod.Standard, "buyer@example.com").Matches(order), Is.True);
            Assert.That(OrderQuote.Of(cart, allFrench, to, ShippingMethod.Standard, "buyer@example.com").Matches(order), Is.False, "billed in France, the e-book pays French VAT");
        });
    }

    [Test]
    public void A_digital_line_is_not_reverse_charged_by_the_delivery_country_when_billed_elsewhere()
    {
        var tax = GermanShop().Tax.Compute([new(Eur(20m), TaxClass.Reduced, IsDigital: true)], Eur(0m), Eur(0m),
            new Destination(Vienna, "ATU12345678", Paris));
        Assert.Multiple(() =>
        {
            Assert.That(tax.ReverseCharge, Is.False);
            Assert.That(tax.Rates.Select(r => (r.Label, r.Tax)), Is.EqualTo(new[] { ("VAT 5.5%", Eur(1.10m)) }), "billed in France");
        });
    }

    [Test]
    public void The_review_says_why_no_VAT_was_charged_as_the_order_it_becomes_goods_an_intra_Community_supply_an_e_book_reverse_charged()
    {
        (VatNotCharged Reviewed, VatNotCharged Placed) Both(PricedCart cart, Destination to)
        {
            var totals = OrderTotals.Compute(cart.TaxableLines, cart.WeightGrams, Eur(0m), ShippingMethod.Standard, GermanShop(), to);
            return (totals.VatNotCharged, VatNotCharged.Of(Place(cart, to)));
        }
        var goods = Both(Cart((PrintedBook, 20m)), new Destination(Paris, "FR12345678901"));
        var eBook = Both(Cart((EBook, 20m)), new Destination(Vienna, "ATU12345678"));
        var both = Both(Cart((EBook, 20m), (PrintedBook, 20m)), new Destination(Paris, "FR12345678901"));
        var consumer = Both(Cart((EBook, 20m), (PrintedBook, 20m)), new Destination(Paris));
        Assert.Multiple(() =>
        {
            Assert.That(goods.Reviewed, Is.EqualTo(new VatNotCharged(IntraCommunitySupply: true, ReverseChargedService: false)));
            Assert.That(eBook.Reviewed, Is.EqualTo(new VatNotCharged(IntraCommunitySupply: false, ReverseChargedService: true)));
            Assert.That(both.Reviewed, Is.EqualTo(new VatNotCharged(IntraCommunitySupply: true, ReverseChargedService: true)), "a French business: both to France");
            Assert.That(consumer.Reviewed, Is.EqualTo(VatNotCharged.None));
            foreach (var (reviewed, placed) in new[] { goods, eBook, both, consumer }) Assert.That(placed, Is.EqualTo(reviewed), "the order as reviewed");
        });
    }

    [Test]
    public void An_invoice_calls_goods_carried_to_a_business_abroad_an_intra_Community_supply_an_e_book_reverse_charged_and_supplied_the_day_it_shipped()
    {
        var mixed = Place(Cart((EBook, 20m), (PrintedBook, 20m)), new Destination(Paris, "ATU12345678", Vienna));
        var goods = Place(Cart((PrintedBook, 20m)), new Destination(Paris, "FR12345678901"));
        var consumer = Place(Cart((EBook, 20m), (PrintedBook, 20m)), new Destination(Paris));
        goods.MarkPaid("txn-1", OrderTests.Now);
        var unshipped = Supply.ShippedAt(goods);
        goods.Ship("TRK-1", OrderTests.Now.AddDays(2));
        goods.MarkDelivered(OrderTests.Now.AddDays(4));
        Assert.Multiple(() =>
        {
            Assert.That((VatNotCharged.Of(goods).IntraCommunitySupply, VatNotCharged.Of(goods).ReverseChargedService), Is.EqualTo((true, false)));
            Assert.That((VatNotCharged.Of(mixed).IntraCommunitySupply, VatNotCharged.Of(mixed).ReverseChargedService), Is.EqualTo((false, true)),
                "the printed book goes to France and pays French VAT; the e-book billed in Austria is reverse charged");
            Assert.That((VatNotCharged.Of(consumer).IntraCommunitySupply, VatNotCharged.Of(consumer).ReverseChargedService), Is.EqualTo((false, false)));
            Assert.That(unshipped, Is.Null);
            Assert.That(Supply.ShippedAt(goods), Is.EqualTo(OrderTests.Now.AddDays(2)), "the day it left, not the day it arrived");
        });
    }
}
