using Shop.Domain.Checkout;
using Shop.Domain.Markets;

namespace Shop.Tests.Domain;

/// <summary>
/// Tax is owed per country (a one-stop-shop return is filed per country and rate): an e-book billed to Austria and a
/// parcel delivered to France pay 20 % each, yet owe it to two countries, so they are two rows, never one "VAT 20%".
/// </summary>
public class TaxPerCountryTests
{
    private static Money Eur(decimal amount) => new(amount, "EUR");
    private static Address In(string country) => new("Buyer", "1 Street", null, "Town", null, "12345", country);

    private static TaxPolicy GermanShop(bool inclusive) => new(TaxPolicyTests.EuZones(), new TaxRule(0.19m, inclusive), ShopCountry: "DE");

    private static readonly TaxableLine[] EBookAndLamp = [new(Eur(12.00m), TaxClass.Standard, IsDigital: true), new(Eur(30.00m), TaxClass.Standard)];

    [Test]
    public void An_Austrian_e_book_and_a_French_parcel_at_20_percent_are_two_rows_each_with_its_country()
    {
        var taxes = GermanShop(inclusive: true).Compute(EBookAndLamp, Eur(0m), Eur(9.95m), new Destination(In("FR"), BillTo: In("AT")));
        Assert.Multiple(() =>
        {
            Assert.That(taxes.Rates.Select(r => (r.Label, r.Country, r.Base, r.Tax)), Is.EqualTo(new[]
            {
                ("VAT 20%", "AT", Eur(10.00m), Eur(2.00m)), // the e-book, taxed where it is billed
                ("VAT 20%", "FR", Eur(33.29m), Eur(6.66m)), // the lamp and the shipping, where they go
            }));
            Assert.That(taxes.Tax, Is.EqualTo(Eur(8.66m)));
            Assert.That(taxes.Total, Is.EqualTo(Eur(51.95m)), "the shelf prices and shipping: VAT is within them");
            Assert.That(TaxAtRate.NamesCountries(taxes.Rates.Select(r => r.Country), "FR"), Is.True);
        });
    }

    [Test]
    public void Delivered_and_billed_in_one_country_the_rate_is_one_row_that_needs_no_country_in_its_label()
    {
        var taxes = GermanShop(inclusive: false).Compute(EBookAndLamp, Eur(0m), Eur(9.95m), new Destination(In("FR")));
        Assert.Multiple(() =>
        {
            Assert.That(taxes.Rates.Select(r => (r.Label, r.Country, r.Tax)), Is.EqualTo(new[] { ("VAT 20%", "FR", Eur(10.39m)) }));
            Assert.That(TaxAtRate.NamesCountries(taxes.Rates.Select(r => r.Country), "FR"), Is.False);
        });
    }

    [Test]
    public void Before_an_address_is_known_the_tax_is_the_shop_countrys_and_an_old_row_without_one_the_destinations()
    {
        var estimate = GermanShop(inclusive: true).Compute(EBookAndLamp, Eur(0m), Eur(0m), Destination.Unknown);
        Assert.Multiple(() =>
        {
            Assert.That(estimate.Rates.Select(r => r.Country), Is.EqualTo(new[] { "DE" }));
            Assert.That(TaxAtRate.NamesCountries([null, null], "FR"), Is.False, "an order from before countries were kept reads as before");
            Assert.That(TaxAtRate.NamesCountries([null, "AT"], "FR"), Is.True);
            Assert.That(TaxAtRate.LabelIn("VAT 20%", "AT"), Is.EqualTo("VAT 20% (AT)"));
        });
    }

    [Test]
    public void An_order_keeps_each_rows_country_and_the_shipping_name_the_shopper_chose()
    {
        var europe = new ShippingZone("EU", "FR, NL, AT", null);
        europe.Offer(ShippingMethod.Standard, "DHL Europe", ShippingBasis.Weight, "0=9.95", null, 5, "EUR");
        var market = new Market(new ShippingTable([europe], ShippingRates.Default("EUR"), new DeliveryPromise(3, 1)), GermanShop(inclusive: true));
        var totals = OrderTotals.Compute(EBookAndLamp, 800, Eur(0m), ShippingMethod.Standard, market, new Destination(In("FR"), BillTo: In("AT")));
        Assert.Multiple(() =>
        {
            Assert.That(totals.ShippingName, Is.EqualTo("DHL Europe"));
            Assert.That(totals.Taxes!.Rates.Select(r => r.Country), Is.EqualTo(new[] { "AT", "FR" }));
        });
    }
}
