using Shop.Domain.Checkout;

namespace Shop.Tests.Domain;

/// <summary>An address as each country writes it on a parcel or an invoice, a business's name where that country puts it.</summary>
public class AddressLinesTests
{
    [TestCase("DE", "Berlin", "", "10115", "Muster GmbH", new[] { "Muster GmbH", "Erika Muster", "Hauptstr. 1", "10115 Berlin" })]
    [TestCase("AT", "Wien", "", "1010", "Muster GmbH", new[] { "Muster GmbH", "Erika Muster", "Hauptstr. 1", "1010 Wien" })]
    [TestCase("CH", "Zürich", "", "8001", "Muster AG", new[] { "Muster AG", "Erika Muster", "Hauptstr. 1", "8001 Zürich" })]
    [TestCase("FR", "Paris", "", "75001", "Dupont SARL", new[] { "Dupont SARL", "Erika Muster", "Hauptstr. 1", "75001 Paris" })]
    [TestCase("NL", "Amsterdam", "", "1012 AB", "Muster BV", new[] { "Muster BV", "Erika Muster", "Hauptstr. 1", "1012 AB Amsterdam" })]
    [TestCase("PL", "Warszawa", "", "00-950", null, new[] { "Erika Muster", "Hauptstr. 1", "00-950 Warszawa" })]
    [TestCase("IT", "Roma", "RM", "00184", "Rossi S.r.l.", new[] { "Erika Muster", "Rossi S.r.l.", "Hauptstr. 1", "00184 Roma RM" })]
    [TestCase("GB", "London", "", "SW1A 1AA", "Acme Ltd", new[] { "Erika Muster", "Acme Ltd", "Hauptstr. 1", "London", "SW1A 1AA" })]
    [TestCase("US", "New York", "NY", "10001", "Acme Inc.", new[] { "Erika Muster", "Acme Inc.", "Hauptstr. 1", "New York, NY 10001" })]
    [TestCase("CA", "Toronto", "ON", "M5V 2T6", null, new[] { "Erika Muster", "Hauptstr. 1", "Toronto, ON M5V 2T6" })]
    [TestCase("AU", "Sydney", "NSW", "2000", null, new[] { "Erika Muster", "Hauptstr. 1", "Sydney NSW 2000" })]
    [TestCase("HK", "Central", "", "", null, new[] { "Erika Muster", "Hauptstr. 1", "Central" })]
    public void Each_country_writes_whom_it_goes_to_the_street_and_the_town_its_own_way(string country, string city, string region, string postalCode,
        string? company, string[] lines) =>
        Assert.That(new Address("Erika Muster", "Hauptstr. 1", null, city, region, postalCode, country, company: company).Lines, Is.EqualTo(lines));

    [Test]
    public void A_second_address_line_goes_below_the_street()
    {
        var address = new Address("Erika Muster", "Hauptstr. 1", "Hinterhaus, 3. OG", "Berlin", null, "10115", "DE", company: "Muster GmbH");
        Assert.That(address.Lines, Is.EqualTo(new[] { "Muster GmbH", "Erika Muster", "Hauptstr. 1", "Hinterhaus, 3. OG", "10115 Berlin" }));
    }

    [Test]
    public void A_company_is_optional_trimmed_bounded_and_free_of_hidden_characters()
    {
        Address With(string? company) => new("Erika Muster", "Hauptstr. 1", null, "Berlin", null, "10115", "DE", company: company);
        Assert.Multiple(() =>
        {
            Assert.That(With(null).Company, Is.Null);
            Assert.That(With("   ").Company, Is.Null, "blank is none");
            Assert.That(With("  Muster GmbH ").Company, Is.EqualTo("Muster GmbH"));
            Assert.That(With(new string('x', Address.CompanyMax)).Company, Has.Length.EqualTo(Address.CompanyMax));
            Assert.That(() => With(new string('x', Address.CompanyMax + 1)), Throws.TypeOf<DomainException>());
            Assert.That(() => With("Muster\u202EHbmG"), Throws.TypeOf<DomainException>().With.Message.Contains("Company"));
            Assert.That(With("Muster GmbH"), Is.Not.EqualTo(With("Other GmbH")), "a value: another company is another address");
        });
    }
}
