using Shop.Domain.Catalog;

namespace Shop.Tests.Domain;

public class GtinTests
{
    [TestCase("4006381333931", "4006381333931")] // EAN-13
    [TestCase("0 36000 29145 2", "036000291452")] // UPC-A as printed under the bars
    [TestCase("9638-5074", "96385074")] // EAN-8
    [TestCase("10012345678902", "10012345678902")] // GTIN-14
    [TestCase("  ", null)]
    [TestCase(null, null)]
    public void A_barcode_number_is_kept_as_its_digits(string? typed, string? kept) => Assert.That(Gtin.Normalize(typed), Is.EqualTo(kept));

    [TestCase("4006381333932", "last digit does not check")]
    [TestCase("400638133393", "last digit does not check")]
    [TestCase("12345", "8, 12, 13 or 14 digits")]
    [TestCase("40063813339311", "last digit does not check")]
    [TestCase("ABC-4006381333931", "8, 12, 13 or 14 digits")]
    public void Anything_else_is_refused_saying_why(string typed, string why)
    {
        Assert.That(Gtin.Problem(typed), Does.Contain(why).And.Contain($"'{typed}'"));
        Assert.That(() => Gtin.Normalize(typed), Throws.TypeOf<DomainException>());
    }

    [Test]
    public void A_barcode_with_a_leading_zero_more_or_less_is_the_same_barcode()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Gtin.Key("036000291452"), Is.EqualTo(Gtin.Key("0036000291452")), "UPC-A and its EAN-13");
            Assert.That(Gtin.Key("4006381333931"), Is.EqualTo(Gtin.Key("04006381333931")), "EAN-13 and its GTIN-14");
            Assert.That(Gtin.Key("4006381333931"), Is.Not.EqualTo(Gtin.Key("96385074")));
            Assert.That(Gtin.Forms("036000291452"), Is.EquivalentTo(new[] { "036000291452", "0036000291452", "00036000291452" }));
            Assert.That(Gtin.Forms("10012345678902"), Is.EquivalentTo(new[] { "10012345678902" }));
        });
    }
}
