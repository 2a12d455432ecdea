using Shop.Domain.Checkout;

namespace Shop.Tests.Domain;

public class PostalFormatTests
{
    [TestCase("US", "Springfield", "IL", "62701", new[] { "Springfield, IL 62701" })]
    [TestCase("ca", "Toronto", "ON", "M5V 2T6", new[] { "Toronto, ON M5V 2T6" })]
    [TestCase("DE", "Berlin", "", "10115", new[] { "10115 Berlin" })]
    [TestCase("FR", "Paris", null, "75001", new[] { "75001 Paris" })]
    [TestCase("IT", "Roma", "RM", "00100", new[] { "00100 Roma RM" })]
    [TestCase("GB", "London", "", "SW1A 1AA", new[] { "London", "SW1A 1AA" })]
    public void Each_country_writes_its_town_and_postal_code_its_own_way(string country, string city, string? region, string postalCode, string[] lines) =>
        Assert.That(PostalFormat.Locality(country, city, region, postalCode), Is.EqualTo(lines));

    [TestCase("US", "62701"), TestCase("US", "62701-1234"), TestCase("ca", "m5v 2t6"), TestCase("CA", "M5V2T6")]
    [TestCase("GB", "SW1A 1AA"), TestCase("GB", "n1 9gu"), TestCase("GB", "M11AE"), TestCase("DE", " 10115 ")]
    [TestCase("NL", "1012 AB"), TestCase("NL", "1012AB"), TestCase("SE", "114 55"), TestCase("PL", "00-950")]
    [TestCase("JP", "100-0001"), TestCase("AT", "1010"), TestCase("FR", "75 001")]
    [TestCase("XK", "anything"), TestCase("HK", ""), TestCase("DE", "")]
    public void A_postal_code_that_looks_like_its_countrys_fits(string country, string code) =>
        Assert.That(PostalFormat.Fits(country, code), Is.True);

    [TestCase("US", "ABCDE"), TestCase("US", "6270"), TestCase("DE", "1011"), TestCase("DE", "D-10115"), TestCase("PL", "00 950")]
    [TestCase("GB", "12345"), TestCase("CA", "12345"), TestCase("AT", "10115"), TestCase("NL", "1012")]
    public void A_postal_code_of_another_shape_does_not(string country, string code)
    {
        Assert.That(PostalFormat.Fits(country, code), Is.False);
        Assert.That(PostalFormat.Fits(country, PostalFormat.Example(country)), Is.True, "the example shown fits");
    }

    [TestCase("GB", "sw1a1aa", "SW1A 1AA"), TestCase("GB", "n19gu", "N1 9GU"), TestCase("GB", " SW1A 1AA ", "SW1A 1AA")]
    [TestCase("NL", "1012ab", "1012 AB"), TestCase("CA", "k1a0b1", "K1A 0B1"), TestCase("SE", "11455", "114 55")]
    [TestCase("FR", "75 001", "75001"), TestCase("DE", " 10115 ", "10115"), TestCase("US", "62701-1234", "62701-1234")]
    [TestCase("PL", "00 950", "00 950"), TestCase("XK", "ab 12", "AB 12"), TestCase("FR", "", "")]
    public void A_postal_code_is_kept_as_its_country_writes_it_when_it_has_the_country_s_shape(string country, string typed, string kept)
    {
        Assert.That(PostalFormat.Written(country, typed), Is.EqualTo(kept));
        Assert.That(new Address("Ada", "1 Road", null, "Town", null, typed, country).PostalCode, Is.EqualTo(kept));
    }
}
