using Shop.Domain.Checkout;
using Shop.Domain.Markets;

namespace Shop.Tests.Domain;

public class TaxPolicyTests
{
    private static Money Eur(decimal amount) => new(amount, "EUR");
    private static Destination To(string country, string region = "", string? vatNumber = null) =>
        new(new Address("Buyer", "1 Street", null, "Town", region, "12345", country), vatNumber);

    internal static IReadOnlyList<TaxZone> EuZones() =>
    [
        new("Germany", "VAT", "DE", null, 0.19m, 0.07m),
        new("France", "VAT", "FR", null, 0.20m, 0.055m),
        new("Netherlands", "VAT", "NL", null, 0.21m, 0.09m),
        new("Austria", "VAT", "AT", null, 0.20m, 0.10m),
    ];

    private static TaxPolicy Eu(bool inclusive = true, bool perLine = false) =>
        new(EuZones(), new TaxRule(0.19m, inclusive), perLine, ShopCountry: "DE");

    private static readonly TaxableLine[] ShirtAndBook = [new(Eur(119.00m), TaxClass.Standard), new(Eur(10.70m), TaxClass.Reduced)];

    [Test]
    public void A_German_buyer_pays_German_VAT_per_rate_within_inclusive_prices()
    {
        var tax = Eu().Compute(ShirtAndBook, Eur(0m), Eur(4.95m), To("DE"));
        Assert.Multiple(() =>
        {
            Assert.That(tax.Rates.Select(r => (r.Label, r.Tax)), Is.EqualTo(new[] { ("VAT 19%", Eur(19.72m)), ("VAT 7%", Eur(0.73m)) }),
                "shipping splits by the goods' values: 4.95 × 119 / 129.70 = 4.54 with the shirt at 19 % (123.54 → 19.72), " +
                "the 0.41 left with the book at 7 % (11.11 → 0.73)");
            Assert.That(tax.Total, Is.EqualTo(Eur(134.65m)), "inclusive prices: the shelf prices plus shipping");
            Assert.That(tax.Net + tax.Tax, Is.EqualTo(tax.Total));
        });
    }

    [Test]
    public void A_French_buyer_pays_French_VAT_on_the_same_shelf_prices()
    {
        var tax = Eu().Compute(ShirtAndBook, Eur(0m), Eur(4.95m), To("FR"));
        Assert.That(tax.Rates.Select(r => (r.Label, r.Tax)), Is.EqualTo(new[] { ("VAT 20%", Eur(20.59m)), ("VAT 5.5%", Eur(0.58m)) }),
            "123.54 × 20 / 120 and 11.11 × 5.5 / 105.5: shipping split 4.54 / 0.41 like the goods");
        Assert.That(tax.Total, Is.EqualTo(Eur(134.65m)));
    }

    [Test]
    public void Rounding_per_line_and_per_total_differ_by_the_cents_they_should()
    {
        TaxableLine[] lines = [new(Eur(0.99m), TaxClass.Standard), new(Eur(0.99m), TaxClass.Standard), new(Eur(0.99m), TaxClass.Standard)];
        var perTotal = Eu(inclusive: false).Compute(lines, Eur(0m), Eur(0m), To("DE"));
        var perLine = Eu(inclusive: false, perLine: true).Compute(lines, Eur(0m), Eur(0m), To("DE"));
        Assert.That(perTotal.Tax, Is.EqualTo(Eur(0.56m)), "2.97 × 19 % = 0.5643");
        Assert.That(perLine.Tax, Is.EqualTo(Eur(0.57m)), "0.99 × 19 % = 0.1881 → 0.19, three times");
        Assert.That(perLine.Total, Is.EqualTo(Eur(3.54m)));
    }

    [Test]
    public void A_discount_comes_off_before_tax_spread_over_the_rates()
    {
        TaxableLine[] lines = [new(Eur(100m), TaxClass.Standard), new(Eur(100m), TaxClass.Reduced)];
        var tax = Eu(inclusive: false).Compute(lines, Eur(20m), Eur(0m), To("DE"));
        Assert.That(tax.Rates.Select(r => (r.Base, r.Tax)), Is.EqualTo(new[] { (Eur(90m), Eur(17.10m)), (Eur(90m), Eur(6.30m)) }));
        Assert.That(tax.Total, Is.EqualTo(Eur(203.40m)));
    }

    [Test]
    public void A_discount_that_does_not_split_evenly_loses_no_cent()
    {
        TaxableLine[] lines = [new(Eur(10m), TaxClass.Standard), new(Eur(10m), TaxClass.Standard), new(Eur(10m), TaxClass.Reduced)];
        var tax = Eu(inclusive: false).Compute(lines, Eur(10m), Eur(0m), To("DE"));
        Assert.That(tax.Net, Is.EqualTo(Eur(20m)), "30 − 10, however the thirds round");
    }

    [Test]
    public void Shipping_of_reduced_goods_pays_the_reduced_rate_and_free_shipping_pays_none()
    {
        TaxableLine[] books = [new(Eur(10m), TaxClass.Reduced)];
        var paid = Eu(inclusive: false).Compute(books, Eur(0m), Eur(5m), To("DE"));
        var free = Eu(inclusive: false).Compute(books, Eur(0m), Eur(0m), To("DE"));
        Assert.That(paid.Rates.Select(r => (r.Label, r.Tax)), Is.EqualTo(new[] { ("VAT 7%", Eur(1.05m)) }), "(10 + 5) × 7 %");
        Assert.That(paid.ShippingPaid, Is.EqualTo(Eur(5.35m)));
        Assert.That(free.Rates.Select(r => (r.Label, r.Tax)), Is.EqualTo(new[] { ("VAT 7%", Eur(0.70m)) }));
    }

    [Test]
    public void Shipping_of_a_mixed_basket_splits_over_the_goods_rates_by_their_values()
    {
        TaxableLine[] bookAndMug = [new(Eur(30.00m), TaxClass.Reduced), new(Eur(10.00m), TaxClass.Standard)];
        var tax = Eu().Compute(bookAndMug, Eur(0m), Eur(4.00m), To("DE"));
        Assert.Multiple(() =>
        {
            Assert.That(tax.Rates.Select(r => (r.Label, r.Base, r.Tax)),
                Is.EqualTo(new[] { ("VAT 19%", Eur(9.24m), Eur(1.76m)), ("VAT 7%", Eur(30.84m), Eur(2.16m)) }),
                "shipping 4.00 splits 1.00 with the mug (11.00 × 19 / 119 = 1.756) and 3.00 with the book (33.00 × 7 / 107 = 2.159)");
            Assert.That(tax.Total, Is.EqualTo(Eur(44.00m)));
            Assert.That(tax.ShippingPaid, Is.EqualTo(Eur(4.00m)), "inclusive prices: shipping costs what it says, whatever its rates");
            Assert.That(tax.LinesPaid, Is.EqualTo(new[] { Eur(30.00m), Eur(10.00m) }));
        });
    }

    [Test]
    public void Shipping_with_only_digital_goods_pays_the_standard_rate()
    {
        TaxableLine[] ebook = [new(Eur(10m), TaxClass.Reduced, IsDigital: true)];
        var tax = Eu(inclusive: false).Compute(ebook, Eur(0m), Eur(5m), To("DE"));
        Assert.That(tax.Rates.Select(r => (r.Label, r.Tax)), Is.EqualTo(new[] { ("VAT 19%", Eur(0.95m)), ("VAT 7%", Eur(0.70m)) }));
    }

    [Test]
    public void Zero_rated_goods_count_in_the_net_without_a_tax_line()
    {
        var tax = Eu(inclusive: false).Compute([new(Eur(12m), TaxClass.Zero)], Eur(0m), Eur(0m), To("DE"));
        Assert.That(tax.Rates, Is.Empty);
        Assert.That(tax.Total, Is.EqualTo(Eur(12m)));
    }

    [Test]
    public void US_sales_tax_follows_the_state_and_a_state_zone_beats_the_country_zone()
    {
        TaxZone[] zones = [new("US", "Sales tax", "US", null, 0m, 0m), new("New York", "Sales tax", "US", "NY, New York", 0.08875m, 0.08875m),
            new("California", "Sales tax", "US", "CA", 0.0725m, 0.0725m)];
        var policy = new TaxPolicy(zones, new TaxRule(0m, pricesIncludeTax: false));
        TaxableLine[] lines = [new(new Money(100m, "USD"), TaxClass.Standard)];
        var shipping = Money.Zero("USD");
        Assert.Multiple(() =>
        {
            Assert.That(policy.Compute(lines, shipping, shipping, To("US", "ny")).Tax, Is.EqualTo(new Money(8.88m, "USD")));
            Assert.That(policy.Compute(lines, shipping, shipping, To("US", "New York")).Tax, Is.EqualTo(new Money(8.88m, "USD")));
            Assert.That(policy.Compute(lines, shipping, shipping, To("US", "CA")).Tax, Is.EqualTo(new Money(7.25m, "USD")));
            Assert.That(policy.Compute(lines, shipping, shipping, To("US", "TX")).Tax, Is.EqualTo(new Money(0m, "USD")));
        });
    }

    [Test]
    public void An_address_in_no_zone_pays_the_shops_single_rate()
    {
        var tax = Eu(inclusive: false).Compute([new(Eur(100m), TaxClass.Standard)], Eur(0m), Eur(0m), To("CH"));
        Assert.That(tax.Rates.Select(r => (r.Label, r.Tax)), Is.EqualTo(new[] { ("Tax 19%", Eur(19m)) }));
    }

    [Test]
    public void An_EU_business_in_another_country_pays_no_VAT_and_no_VAT_hidden_in_prices()
    {
        var exclusive = Eu(inclusive: false).Compute(ShirtAndBook, Eur(0m), Eur(4.95m), To("FR", vatNumber: "FR 12 345678901"));
        var inclusive = Eu().Compute(ShirtAndBook, Eur(0m), Eur(4.95m), To("FR", vatNumber: "FR12345678901"));
        Assert.Multiple(() =>
        {
            Assert.That(exclusive.ReverseCharge, Is.True);
            Assert.That(exclusive.Tax, Is.EqualTo(Eur(0m)));
            Assert.That(exclusive.Total, Is.EqualTo(Eur(134.65m)));
            Assert.That(inclusive.Total, Is.EqualTo(Eur(134.65m - 20.59m - 0.58m)), "the French VAT comes out of the shelf prices");
        });
    }

    [TestCase("DE123456789", "DE", Description = "a German business buying in Germany pays German VAT")]
    [TestCase("DE123456789", "FR", Description = "the number's country is not the delivery country")]
    [TestCase("FR1234", "FR", Description = "not a French number's shape")]
    [TestCase("", "FR")]
    public void Reverse_charge_needs_a_valid_looking_number_of_the_delivery_country_outside_the_shops(string number, string country)
    {
        Assert.That(Eu().IsReverseCharge(To(country).ShipTo, number), Is.False);
        Assert.That(Eu().Compute(ShirtAndBook, Eur(0m), Eur(0m), To(country, vatNumber: number)).Tax.IsZero, Is.False);
    }

    [Test]
    public void Rates_are_fractions_and_zones_name_real_countries()
    {
        Assert.Throws<DomainException>(() => _ = new TaxZone("Germany", "VAT", "DE", null, 19m, 7m));
        Assert.Throws<DomainException>(() => _ = new TaxZone("Nowhere", "VAT", "XX", null, 0.1m, 0m));
        Assert.Throws<DomainException>(() => _ = new TaxZone("Two", "VAT", "DE, FR", "BY", 0.1m, 0m), "regions of one country only");
        Assert.That(new TaxZone("EU", "VAT", "de; fr ,nl", null, 0.1m, 0m).Countries, Is.EqualTo("DE, FR, NL"));
    }

    [TestCase("DE123456789", "DE")]
    [TestCase("de 123.456.789", "DE")]
    [TestCase("NL123456789B01", "NL")]
    [TestCase("EL123456789", "GR")]
    [TestCase("ATU12345678", "AT")]
    [TestCase("DE12345678", null)]
    [TestCase("GB123456789", null)]
    [TestCase("", null)]
    public void VAT_numbers_are_checked_by_shape_only(string number, string? country) =>
        Assert.That(VatNumber.CountryOf(number), Is.EqualTo(country));
}
