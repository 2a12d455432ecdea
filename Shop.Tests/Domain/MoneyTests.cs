namespace Shop.Tests.Domain;

public class MoneyTests
{
    [Test]
    public void Amounts_round_half_away_from_zero_to_cents()
    {
        Assert.Multiple(() =>
        {
            Assert.That(new Money(1.005m, "USD").Amount, Is.EqualTo(1.01m));
            Assert.That(new Money(2.345m, "USD").Amount, Is.EqualTo(2.35m));
            Assert.That(new Money(-2.345m, "USD").Amount, Is.EqualTo(-2.35m));
        });
    }

    [Test]
    public void Each_currency_keeps_its_own_decimals()
    {
        Assert.Multiple(() =>
        {
            Assert.That(new Money(1234.5m, "JPY").Amount, Is.EqualTo(1235m));
            Assert.That(new Money(1234.5m, "jpy").ToInvariantString(), Is.EqualTo("1235"));
            Assert.That(new Money(1234.5m, "JPY").ToString(), Is.EqualTo("JPY 1,235"));
            Assert.That(new Money(10m, "USD").ToInvariantString(), Is.EqualTo("10.00"));
            Assert.That(new Money(1.2345m, "KWD").ToInvariantString(), Is.EqualTo("1.235"));
            Assert.That(new Money(99.999m, "XYZ").ToInvariantString(), Is.EqualTo("100.00"), "a code we do not list has two");
        });
    }

    [Test]
    public void An_order_is_paid_only_by_its_total_in_its_currency()
    {
        var total = new Money(10m, "USD");
        Assert.That(total == new Money(10.00m, "USD"), Is.True);
        Assert.That(total == new Money(10m, "EUR"), Is.False);
    }

    [Test]
    public void Adding_and_multiplying_keep_the_currency()
    {
        var total = new Money(19.99m, "usd") * 3 + new Money(0.03m, "USD");
        Assert.That(total, Is.EqualTo(new Money(60.00m, "USD")));
        Assert.That(total.Currency, Is.EqualTo("USD"));
    }

    [Test]
    public void Mixing_currencies_is_refused()
    {
        Assert.Throws<DomainException>(() => _ = new Money(1m, "USD") + new Money(1m, "EUR"));
    }

    [TestCase("")]
    [TestCase("US")]
    [TestCase("DOLLARS")]
    public void A_currency_is_a_three_letter_code(string currency)
    {
        Assert.Throws<DomainException>(() => _ = new Money(1m, currency));
    }

    [Test]
    public void Formats_for_people_and_for_gateways()
    {
        var m = new Money(1234.5m, "USD");
        Assert.Multiple(() =>
        {
            Assert.That(m.ToString(), Is.EqualTo("$1,234.50"));
            Assert.That(m.ToInvariantString(), Is.EqualTo("1234.50"));
            Assert.That(new Money(3m, "SEK").ToString(), Is.EqualTo("SEK 3.00"));
        });
    }

    [Test]
    public void Formats_in_the_shoppers_culture_with_the_shops_currency()
    {
        var m = new Money(1234.5m, "EUR");
        var german = System.Globalization.CultureInfo.GetCultureInfo("de-DE");
        var french = System.Globalization.CultureInfo.GetCultureInfo("fr-FR");
        Assert.Multiple(() =>
        {
            Assert.That(m.ToString(german), Is.EqualTo("1.234,50\u00a0€"));
            Assert.That(m.ToString(french), Does.StartWith("1").And.EndWith(",50\u00a0€"));
            Assert.That(new Money(7m, "JPY").ToString(german), Is.EqualTo("7\u00a0JPY"), "no decimals where the currency has none");
            Assert.That(m.ToString(System.Globalization.CultureInfo.GetCultureInfo("en-GB")), Is.EqualTo("€1,234.50"), "English as always");
            Assert.That(m.ToString(System.Globalization.CultureInfo.InvariantCulture), Is.EqualTo("€1,234.50"));
        });
    }

    [TestCase(1234.5, "USD")]
    [TestCase(-3, "EUR")]
    [TestCase(7, "JPY")]
    [TestCase(0.99, "SEK")]
    public void Reads_back_what_it_wrote_for_the_record(decimal amount, string currency)
    {
        var stored = new Money(amount, currency).ToString(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Multiple(() =>
        {
            Assert.That(Money.TryReadInvariant(stored, currency, out var read), Is.True, stored);
            Assert.That(read, Is.EqualTo(new Money(amount, currency)));
            Assert.That(Money.TryReadInvariant(stored, currency == "USD" ? "EUR" : "USD", out _), Is.False, "another currency's amount");
            Assert.That(Money.TryReadInvariant("TXN-1.00", currency, out _), Is.False, "not an amount");
        });
    }

    [Test]
    public void Compares_by_amount()
    {
        Assert.That(new Money(5m, "USD") > new Money(4.99m, "USD"), Is.True);
        Assert.That(new Money(5m, "USD") <= new Money(5m, "USD"), Is.True);
    }

    [Test]
    public void An_amount_spread_by_weights_adds_up_exactly_the_last_weighed_entry_taking_the_cents_left()
    {
        var ten = new Money(10m, "EUR");
        Assert.Multiple(() =>
        {
            Assert.That(ten.SpreadBy([1m, 1m, 1m]).Select(m => m.Amount), Is.EqualTo(new[] { 3.33m, 3.33m, 3.34m }));
            Assert.That(ten.SpreadBy([1m, 2m, 0m]).Select(m => m.Amount), Is.EqualTo(new[] { 3.33m, 6.67m, 0m }), "a last entry of no weight takes nothing");
            Assert.That(ten.SpreadBy([0m, 0m]).Select(m => m.Amount), Is.EqualTo(new[] { 0m, 10m }), "no weight at all: the last takes it all");
            Assert.That(ten.SpreadBy([]), Is.Empty);
        });
    }
}
