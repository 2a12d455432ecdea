using Shop.Domain.Checkout;

namespace Shop.Tests.Domain;

public class RegionsTests
{
    [TestCase("US", "NY", "NY")]
    [TestCase("US", "new york", "NY")]
    [TestCase("US", " N.Y. ", "NY")]
    [TestCase("CA", "Québec", "QC")]
    [TestCase("CA", "qc", "QC")]
    [TestCase("US", "Nowhere", null)]
    [TestCase("US", "", null)]
    [TestCase("DE", "Bayern", null)]
    public void A_listed_state_is_known_by_code_or_name_in_any_spelling(string country, string typed, string? code) =>
        Assert.That(Regions.CodeOf(country, typed), Is.EqualTo(code));

    [TestCase("US", "", false)]
    [TestCase("US", "Nowhere", false)]
    [TestCase("us", "n.y.", true)]
    [TestCase("CA", " ", false)]
    [TestCase("CA", "Ontario", true)]
    [TestCase("DE", "", true)]
    [TestCase("GB", "Somewhere", true)]
    [TestCase(null, null, true)]
    public void A_US_or_Canadian_address_names_a_listed_state_or_province_and_others_need_none(string? country, string? typed, bool named) =>
        Assert.That(Regions.Named(country, typed), Is.EqualTo(named));

    [Test]
    public void An_address_keeps_a_listed_state_as_its_code_and_other_regions_as_typed()
    {
        Assert.That(new Address("Ada", "1 Main St", null, "Albany", "New York", "12207", "US").Region, Is.EqualTo("NY"));
        Assert.That(new Address("Ada", "1 Hauptstr.", null, "München", "Bayern", "80331", "DE").Region, Is.EqualTo("Bayern"));
    }

    [Test]
    public void A_zone_of_states_typed_by_name_matches_addresses_by_code()
    {
        var area = Shop.Domain.Markets.ZoneArea.Parse("US", "New York, nj");
        Assert.That(area.Regions, Is.EqualTo(new[] { "NY", "NJ" }));
        Assert.That(area.Contains("US", "NY"), Is.True);
    }
}
