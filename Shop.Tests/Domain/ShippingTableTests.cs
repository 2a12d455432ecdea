using Shop.Domain.Ordering;
using Shop.Domain.Cart;
using Shop.Domain.Checkout;
using Shop.Domain.Markets;

namespace Shop.Tests.Domain;

public class ShippingTableTests
{
    private static Money Eur(decimal amount) => new(amount, "EUR");
    private static Address To(string country, string region = "") => new("Buyer", "1 Street", null, "Town", region, "12345", country);

    private static ShippingTable Table()
    {
        var germany = new ShippingZone("Germany", "DE", null);
        germany.Offer(ShippingMethod.Standard, "DHL Paket", ShippingBasis.Weight, "0=4.95; 2000=6.95; 5000=9.95", 50m, 2, "EUR");
        germany.Offer(ShippingMethod.Express, "DHL Express", ShippingBasis.Weight, "0=12.95", null, 1, "EUR");
        var eu = new ShippingZone("EU", "FR, NL, AT", null);
        eu.Offer(ShippingMethod.Standard, "DHL Europe", ShippingBasis.OrderValue, "0=9.95; 30=7.95", 100m, 5, "EUR");
        return new ShippingTable([germany, eu], ShippingRates.Default("EUR"), new DeliveryPromise(3, 1), ShopCountry: "DE");
    }

    [Test]
    public void An_estimate_for_a_country_the_shopper_picked_takes_its_shipping_and_its_tax_rate()
    {
        var tax = new TaxPolicy([new TaxZone("Germany", "VAT", "DE", null, 0.19m, 0.07m), new TaxZone("France", "VAT", "FR", null, 0.20m, 0.055m)],
            new TaxRule(0.19m, true), ShopCountry: "DE");
        var market = new Market(Table(), tax);
        TaxableLine[] lines = [new(Eur(40m), TaxClass.Standard)];

        var home = OrderTotals.Compute(lines, 0, Eur(0m), ShippingMethod.Standard, market, Destination.Unknown);
        var france = OrderTotals.Compute(lines, 0, Eur(0m), ShippingMethod.Standard, market.EstimatingFor("FR"), Destination.Unknown);

        Assert.Multiple(() =>
        {
            Assert.That((home.Shipping, home.Taxes!.Rates.Single().Rate, home.Taxes.Rates.Single().Country), Is.EqualTo((Eur(4.95m), 0.19m, "DE")));
            Assert.That((france.Shipping, france.Taxes!.Rates.Single().Rate, france.Taxes.Rates.Single().Country), Is.EqualTo((Eur(7.95m), 0.20m, "FR")));
            Assert.That(france.Total, Is.EqualTo(Eur(47.95m)), "prices include tax: the shopper pays the price shown");
        });
    }

    [TestCase(0, 4.95)]
    [TestCase(1999, 4.95)]
    [TestCase(2000, 6.95)]
    [TestCase(7000, 9.95)]
    public void A_weight_band_prices_the_parcel(int grams, decimal cost) =>
        Assert.That(Table().OfferFor(To("DE"), ShippingMethod.Standard, Eur(20m), grams)!.Cost, Is.EqualTo(Eur(cost)));

    [TestCase(29.99, 9.95)]
    [TestCase(30, 7.95)]
    [TestCase(99.99, 7.95)]
    [TestCase(100, 0)]
    public void An_order_value_band_prices_the_order_and_is_free_above_the_amount(decimal goods, decimal cost) =>
        Assert.That(Table().OfferFor(To("FR"), ShippingMethod.Standard, Eur(goods), 0)!.Cost, Is.EqualTo(Eur(cost)));

    [Test]
    public void A_zone_offers_only_its_methods_and_an_address_in_no_zone_none()
    {
        Assert.That(Table().OffersFor(To("DE"), Eur(10m), 0).Select(o => (o.Name, o.Describe())),
            Is.EqualTo(new[] { ("DHL Paket", "within 2 working days"), ("DHL Express", "next working day") }));
        Assert.That(Table().OfferFor(To("FR"), ShippingMethod.Express, Eur(10m), 0), Is.Null);
        Assert.That(Table().OffersFor(To("US", "NY"), Eur(10m), 0), Is.Empty);
    }

    [Test]
    public void A_zone_without_methods_still_counts_so_its_state_is_not_served_by_its_country_and_alone_it_stops_every_address()
    {
        var us = new ShippingZone("USA", "US", null);
        us.Offer(ShippingMethod.Standard, "Ground", ShippingBasis.OrderValue, "0=5", null, 4, "EUR");
        var islands = new ShippingZone("Alaska and Hawaii", "US", "AK, HI");
        var carvedOut = new ShippingTable([us, islands], ShippingRates.Default("EUR"), new DeliveryPromise(3, 1));
        var first = new ShippingTable([new ShippingZone("USA", "US", null)], ShippingRates.Default("EUR"), new DeliveryPromise(3, 1));

        Assert.Multiple(() =>
        {
            Assert.That((islands.ShipsNothing, us.ShipsNothing), Is.EqualTo((true, false)));
            Assert.That(carvedOut.OffersFor(To("US", "HI"), Eur(10m), 0), Is.Empty, "not served by the country's zone");
            Assert.That(carvedOut.OffersFor(To("US", "IL"), Eur(10m), 0), Has.Count.EqualTo(1));
            Assert.That(first.OffersFor(To("US", "IL"), Eur(10m), 0), Is.Empty);
            Assert.That(first.OffersFor(To("DE"), Eur(10m), 0), Is.Empty, "the first zone stops every address until it offers a method");
        });
    }

    [Test]
    public void Without_zones_the_flat_rates_apply_everywhere_as_before()
    {
        var flat = ShippingTable.Single(ShippingRates.Default("EUR"), new DeliveryPromise(3, 1));
        Assert.That(flat.OffersFor(To("JP"), Eur(10m), 99_000).Select(o => o.Cost), Is.EqualTo(new[] { Eur(4.95m), Eur(14.95m) }));
        Assert.That(flat.OfferFor(null, ShippingMethod.Standard, Eur(50m), 0)!.Cost, Is.EqualTo(Eur(0m)));
    }

    [Test]
    public void Free_shipping_is_judged_on_the_goods_after_discount()
    {
        var market = new Market(Table(), TaxPolicy.Single(new TaxRule(0.19m, pricesIncludeTax: true)));
        var totals = OrderTotals.Compute([new TaxableLine(Eur(55m), TaxClass.Standard)], 500, Eur(10m), ShippingMethod.Standard,
            market, new Destination(To("DE")));
        Assert.That(totals.Shipping, Is.EqualTo(Eur(4.95m)), "45 after the discount is below the free 50");
        Assert.That(totals.Total, Is.EqualTo(Eur(49.95m)));
    }

    [Test]
    public void Nothing_left_to_buy_ships_nothing_and_costs_nothing()
    {
        var flat = OrderTotals.Compute([], 0, Eur(0m), ShippingMethod.Standard, Market.Single(new ShippingRates(Eur(4.95m), Eur(14.95m), null), TaxRule.None), Destination.Unknown);
        var zoned = OrderTotals.Compute([], 0, Eur(0m), ShippingMethod.Standard, new Market(Table(), TaxPolicy.Single(TaxRule.None)), new Destination(To("DE")));
        Assert.That((flat.Shipping, flat.Total, zoned.Shipping, zoned.Total), Is.EqualTo((Eur(0m), Eur(0m), Eur(0m), Eur(0m))));
    }

    [Test]
    public void A_method_not_offered_to_the_address_is_refused_with_a_sentence()
    {
        var market = new Market(Table(), TaxPolicy.Single(TaxRule.None));
        var e = Assert.Throws<DomainException>(() => OrderTotals.Compute([new TaxableLine(Eur(10m), TaxClass.Standard)], 0, Eur(0m),
            ShippingMethod.Express, market, new Destination(To("FR"))));
        Assert.That(e!.Message, Is.EqualTo("Express shipping is not offered to France."));
    }

    [Test]
    public void The_home_promise_comes_from_the_shops_own_zone()
    {
        Assert.That(Table().HomePromise, Is.EqualTo(new DeliveryPromise(2, 1)));
        Assert.That(ShippingTable.Single(ShippingRates.Default("EUR"), new DeliveryPromise(4, 2)).HomePromise, Is.EqualTo(new DeliveryPromise(4, 2)));
    }

    [Test]
    public void The_parcel_weighs_each_line_times_its_quantity()
    {
        var cart = ShoppingCart.New(OrderTests.Now);
        cart.Add(1, 3, OrderTests.Now);
        cart.Add(2, 1, OrderTests.Now);
        var priced = cart.Price(new Dictionary<int, CatalogItem>
        {
            [1] = new(1, 1, "Mug", "", "MUG", Eur(10m), 10, WeightGrams: 400),
            [2] = new(2, 2, "Book", "", "BOOK", Eur(20m), 10, TaxClass: TaxClass.Reduced, WeightGrams: 900),
        }, "EUR");
        Assert.That(priced.WeightGrams, Is.EqualTo(2100));
        Assert.That(priced.TaxableLines.Select(l => l.Class), Is.EqualTo(new[] { TaxClass.Standard, TaxClass.Reduced }));
    }

    [TestCase("", Description = "no bands")]
    [TestCase("100=4.95", Description = "does not start at 0")]
    [TestCase("0=4.95; 0=5.95")]
    [TestCase("0=four")]
    [TestCase("0=-1")]
    [TestCase("0=1000000.01")]
    [TestCase("0=99999999999999999999999")]
    public void Price_bands_that_make_no_sense_are_refused(string bands) =>
        Assert.Throws<DomainException>(() => PriceBands.Parse(bands));

    [Test]
    public void A_zone_has_one_method_of_each_kind()
    {
        var zone = new ShippingZone("Germany", "DE", null);
        zone.Offer(ShippingMethod.Standard, "DHL", ShippingBasis.Weight, "0=4.95", null, 2, "EUR");
        zone.Offer(ShippingMethod.Standard, "Hermes", ShippingBasis.OrderValue, " 0 = 3.5 ;10=2", null, 3, "EUR");
        Assert.That(zone.Methods.Select(m => (m.Name, m.Bands)), Is.EqualTo(new[] { ("Hermes", "0=3.50; 10=2.00") }));
    }

    [Test]
    public void Band_prices_have_the_currencys_decimals()
    {
        var zone = new ShippingZone("Japan", "JP", null);
        zone.Offer(ShippingMethod.Standard, "Yamato", ShippingBasis.Weight, "0=800; 2000=1200.0", 5000m, 2, "JPY");
        Assert.That(zone.Methods.Single().Bands, Is.EqualTo("0=800; 2000=1200"));
        Assert.That(Assert.Throws<DomainException>(() => zone.Offer(ShippingMethod.Standard, "Yamato", ShippingBasis.Weight, "0=800.5", null, 2, "JPY"))!.Message,
            Is.EqualTo("Price bands: Amounts in JPY have no decimals."));
        Assert.That(Assert.Throws<DomainException>(() => zone.Offer(ShippingMethod.Standard, "Yamato", ShippingBasis.Weight, "0=4.955", null, 2, "EUR"))!.Message,
            Is.EqualTo("Price bands: Use at most two decimals."));
        Assert.Throws<DomainException>(() => zone.Offer(ShippingMethod.Standard, "Yamato", ShippingBasis.Weight, "0=800", 4999.5m, 2, "JPY"));
        Assert.That(zone.Methods.Single().Bands, Is.EqualTo("0=800; 2000=1200"), "a refused change changes nothing");
    }
}
