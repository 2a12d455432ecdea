namespace Shop.Tests.Domain;

/// <summary>A content as staff write it ("500 ml", "0,75 l") and the price per 1 kg, 1 l or 1 m it gives.</summary>
public class NetContentTests
{
    [TestCase("500 ml", 500, ContentUnit.Millilitre, "500 ml", 0.5)]
    [TestCase("0,75 l", 0.75, ContentUnit.Litre, "0.75 l", 0.75)]
    [TestCase("1.5kg", 1.5, ContentUnit.Kilogram, "1.5 kg", 1.5)]
    [TestCase("250 G", 250, ContentUnit.Gram, "250 g", 0.25)]
    [TestCase("70 cl", 70, ContentUnit.Centilitre, "70 cl", 0.7)]
    [TestCase("25 m", 25, ContentUnit.Metre, "25 m", 25)]
    [TestCase("2 m2", 2, ContentUnit.SquareMetre, "2 m²", 2)]
    [TestCase("2 m²", 2, ContentUnit.SquareMetre, "2 m²", 2)]
    [TestCase("0.5 m³", 0.5, ContentUnit.CubicMetre, "0.5 m³", 0.5)]
    public void A_written_content_is_read(string text, decimal amount, ContentUnit unit, string written, decimal inBaseUnits)
    {
        var content = NetContent.Parse(text)!.Value;
        Assert.That((content.Amount, content.Unit, content.ToString(), content.InBaseUnits), Is.EqualTo((amount, unit, written, inBaseUnits)));
    }

    [TestCase("five litres")]
    [TestCase("5 lbs")]
    [TestCase("0 ml")]
    [TestCase("-1 l")]
    [TestCase("1.2345 kg")]
    [TestCase("2000000 g")]
    [TestCase("500")]
    [TestCase("ml")]
    public void Anything_else_is_refused_with_the_way_to_write_it(string text)
    {
        Assert.That(NetContent.IsReadable(text), Is.False);
        Assert.That(() => NetContent.Parse(text), Throws.InstanceOf<DomainException>().With.Message.EqualTo(NetContent.Refusal));
    }

    [Test]
    public void Empty_is_no_content()
    {
        Assert.That((NetContent.Parse(null), NetContent.Parse("  "), NetContent.IsReadable("")), Is.EqualTo(((NetContent?)null, (NetContent?)null, true)));
    }

    [Test]
    public void The_unit_price_is_per_1_kg_1_l_or_1_m_and_rounded_as_money()
    {
        var eur = (decimal amount) => new Money(amount, "EUR");
        static (Money, string, string)? Shown(UnitPrice? u) => u is { } p ? (p.Price, p.Per, p.Content.ToString()) : null;
        Assert.Multiple(() =>
        {
            Assert.That(Shown(UnitPrice.Of(eur(9.99m), NetContent.Parse("750 ml"))), Is.EqualTo((eur(13.32m), "1 l", "750 ml")));
            Assert.That(Shown(UnitPrice.Of(eur(3.49m), NetContent.Parse("250 g"))), Is.EqualTo((eur(13.96m), "1 kg", "250 g")));
            Assert.That(Shown(UnitPrice.Of(eur(19.90m), NetContent.Parse("25 m"))), Is.EqualTo((eur(0.80m), "1 m", "25 m")));
            Assert.That(UnitPrice.Of(eur(9.99m), null), Is.Null);
            Assert.That(Shown(UnitPrice.AtLowest([(12m, NetContent.Parse("1 l")), (9.99m, NetContent.Parse("750 ml")), (9.99m, NetContent.Parse("1 l"))], "EUR")),
                Is.EqualTo((eur(13.32m), "1 l", "750 ml")), "the cheapest, the first of equal prices");
        });
    }

    [Test]
    public void Every_unit_has_its_symbol_codes_and_base_unit()
    {
        var all = Enum.GetValues<ContentUnit>().Select(u => new NetContent(1m, u)).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(all.Select(c => NetContent.Parse(c.ToString())), Is.EqualTo(all), "each reads back as it is written");
            Assert.That(all.Select(c => (c.UnitCode.Length, c.BaseUnitCode.Length)), Has.All.EqualTo((3, 3)));
            Assert.That(all.Where(c => c.InBaseUnits == 1m).Select(c => c.UnitCode), Is.EquivalentTo(all.Select(c => c.BaseUnitCode).Distinct()),
                "a base unit is a unit of its own");
        });
    }
}
