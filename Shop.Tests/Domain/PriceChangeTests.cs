namespace Shop.Tests.Domain;

public class PriceChangeTests
{
    [TestCase(10, 25.50, 28.05)]
    [TestCase(-15, 19.99, 16.99)]   // 16.9915 → 16.99
    [TestCase(12.5, 0.04, 0.05)]    // 0.045 → 0.05, half away from zero
    public void A_percentage_change_rounds_to_the_cent(decimal percent, decimal price, decimal expected) =>
        Assert.That(PriceChange.ByPercent(percent).Of(price), Is.EqualTo(expected));

    [Test]
    public void A_price_never_falls_to_zero_or_below()
    {
        Assert.That(PriceChange.ByAmount(-5m).Of(5.01m), Is.EqualTo(0.01m));
        var e = Assert.Throws<DomainException>(() => PriceChange.ByAmount(-5m).Of(5m));
        Assert.That(e!.Message, Does.Contain("prices stay above zero"));
        Assert.Throws<DomainException>(() => PriceChange.ByPercent(-100m));
        Assert.Throws<DomainException>(() => PriceChange.ByAmount(0m));
    }

    [Test]
    public void A_product_and_its_variants_own_prices_change_together_or_not_at_all()
    {
        var product = new Product("Lamp", "lamp", "LAMP", "", 10m, 1, DateTimeOffset.UnixEpoch);
        var own = product.DefaultVariant;
        product.RepriceVariants([own.Id], 4m);

        product.ChangePrices(PriceChange.ByAmount(2m));
        Assert.That((product.Price, own.Price), Is.EqualTo((12m, (decimal?)6m)));

        Assert.Throws<DomainException>(() => product.ChangePrices(PriceChange.ByAmount(-6m)));
        Assert.That((product.Price, own.Price), Is.EqualTo((12m, (decimal?)6m)), "the variant could not fall to zero, so nothing changed");
    }
}
