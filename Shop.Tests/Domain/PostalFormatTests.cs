using Shop.Domain.Checkout;

namespace Shop.Tests.Domain;

public class PostalFormatTests
{
    [TestCase("US", "Springfield", "IL", "62701", new[] { "Springfield IL 62701" })]
    [TestCase("ca", "Toronto", "ON", "M5V 2T6", new[] { "Toronto ON M5V 2T6" })]
    [TestCase("DE", "Berlin", "", "10115", new[] { "10115 Berlin" })]
    [TestCase("FR", "Paris", null, "75001", new[] { "75001 Paris" })]
    [TestCase("IT", "Roma", "RM", "00100", new[] { "00100 Roma RM" })]
    [TestCase("GB", "London", "", "SW1A 1AA", new[] { "London", "SW1A 1AA" })]
    public void Each_country_writes_its_town_and_postal_code_its_own_way(string country, string city, string? region, string postalCode, string[] lines) =>
        Assert.That(PostalFormat.Locality(country, city, region, postalCode), Is.EqualTo(lines));
}
