using Shop.Domain.Checkout;

namespace Shop.Tests.Domain;

public class CheckoutRulesTests
{
    private static Money Usd(decimal amount) => new(amount, "USD");

    [Test]
    public void A_postal_code_is_asked_for_except_where_addresses_have_none()
    {
        Assert.That(Address.NeedsPostalCode("US") && Address.NeedsPostalCode("gb") && Address.NeedsPostalCode(null), Is.True);
        Assert.That(Address.NeedsPostalCode("HK") || Address.NeedsPostalCode("ae"), Is.False);

        var form = new Shop.Web.Account.AddressForm { Recipient = "Ada", Line1 = "1 Queen's Road", City = "Hong Kong", Country = "HK" };
        Assert.That(new Shop.Web.Account.AddressFormValidator().Validate(form).IsValid, Is.True, "Hong Kong has no postal codes");
        form.Country = "US";
        Assert.That(new Shop.Web.Account.AddressFormValidator().Validate(form).Errors.Select(e => e.ErrorMessage),
            Does.Contain("Enter the postal code."));
    }

    [Test]
    public void An_address_is_trimmed_and_its_country_upper_cased()
    {
        var a = new Address(" Ada Lovelace ", "12 St James's Sq", null, "London", "", "sw1y 4jh", "gb", "+44 20 7946 0000");
        Assert.Multiple(() =>
        {
            Assert.That(a.FullName, Is.EqualTo("Ada Lovelace"));
            Assert.That(a.Line2, Is.EqualTo(""));
            Assert.That(a.PostalCode, Is.EqualTo("SW1Y 4JH"));
            Assert.That(a.CountryCode, Is.EqualTo("GB"));
            Assert.That(a, Is.EqualTo(new Address("Ada Lovelace", "12 St James's Sq", "", "London", null, "SW1Y 4JH", "GB", "+44 20 7946 0000")));
        });
    }

    [TestCase("", "1 Main St", "Springfield", "US", null)]
    [TestCase("Ada", "", "Springfield", "US", null)]
    [TestCase("Ada", "1 Main St", "", "US", null)]
    [TestCase("Ada", "1 Main St", "Springfield", "USA", null)]
    [TestCase("Ada", "1 Main St", "Springfield", "U1", null)]
    [TestCase("Ada", "1 Main St", "Springfield", "", null)]
    [TestCase("Ada", "1 Main St", "Springfield", "US", "call me")]
    [TestCase("Ada", "1 Main St", "Springfield", "US", "<script>")]
    public void An_address_with_a_missing_or_bad_field_is_refused(string name, string line1, string city, string country, string? phone)
    {
        Assert.Throws<DomainException>(() => _ = new Address(name, line1, null, city, "IL", "62701", country, phone));
    }

    [TestCase("0211/123456")]
    [TestCase("+43/1/234567")]
    [TestCase("+49 (0)211 123-456")]
    public void Phone_numbers_as_people_write_them_are_kept(string phone) =>
        Assert.That(new Address("Ada", "1 Main St", null, "Wien", null, "1010", "AT", phone).Phone, Is.EqualTo(phone));

    [Test]
    public void Overlong_address_fields_are_refused()
    {
        Assert.Throws<DomainException>(() => _ = new Address(new string('a', 101), "1 Main St", null, "X", null, "1", "US"));
        Assert.Throws<DomainException>(() => _ = new Address("Ada", "1 Main St", null, "X", null, new string('1', 21), "US"));
    }

    [TestCase(ShippingMethod.Standard, 49.99, 4.95)]
    [TestCase(ShippingMethod.Standard, 50.00, 0)]
    [TestCase(ShippingMethod.Standard, 120.00, 0)]
    [TestCase(ShippingMethod.Express, 49.99, 14.95)]
    [TestCase(ShippingMethod.Express, 500.00, 14.95)]
    public void Standard_shipping_is_free_from_the_threshold_and_express_always_costs(ShippingMethod method, decimal goods, decimal cost)
    {
        Assert.That(ShippingRates.Default("USD").CostOf(method, Usd(goods)), Is.EqualTo(Usd(cost)));
    }

    [Test]
    public void Rates_without_a_threshold_always_charge()
    {
        var rates = new ShippingRates(Usd(3m), Usd(9m), null);
        Assert.That(rates.CostOf(ShippingMethod.Standard, Usd(1000m)), Is.EqualTo(Usd(3m)));
        Assert.Throws<DomainException>(() => rates.CostOf((ShippingMethod)99, Usd(1m)));
    }

    [TestCase(0.20, true, 120.00, 20.00, 120.00)]
    [TestCase(0.20, false, 100.00, 20.00, 120.00)]
    [TestCase(0.20, true, 9.99, 1.67, 9.99)]      // 9.99 × 0.2 / 1.2 = 1.665 → 1.67 (half away from zero)
    [TestCase(0.20, false, 9.99, 2.00, 11.99)]    // 1.998 → 2.00
    [TestCase(0.0825, false, 19.99, 1.65, 21.64)] // 1.649175 → 1.65
    [TestCase(0.0, false, 10.00, 0.00, 10.00)]
    public void Tax_is_the_included_part_or_the_added_part(decimal rate, bool included, decimal amount, decimal tax, decimal gross)
    {
        var rule = new TaxRule(rate, included);
        Assert.That(rule.TaxOn(Usd(amount)), Is.EqualTo(Usd(tax)));
        Assert.That(rule.GrossOf(Usd(amount)), Is.EqualTo(Usd(gross)));
    }

    [TestCase(-0.01)]
    [TestCase(1.0)]
    [TestCase(20.0)]
    public void A_tax_rate_is_a_fraction(decimal rate)
    {
        Assert.Throws<DomainException>(() => _ = new TaxRule(rate, true));
    }
}
