namespace Shop.Tests.Domain;

public class PriceChangeTests
{
    [TestCase(10, 25.50, 28.05)]
    [TestCase(-15, 19.99, 16.99)]   // 16.9915 → 16.99
    [TestCase(12.5, 0.04, 0.05)]    // 0.045 → 0.05, half away from zero
    public void A_percentage_change_rounds_to_the_cent(decimal percent, decimal price, decimal expected) =>
        Assert.That(PriceChange.ByPercent(percent, "USD").Of(price), Is.EqualTo(expected));

    [TestCase(10, 1500, 1650)]
    [TestCase(-15, 999, 849)]       // 849.15 → 849
    [TestCase(5, 10, 11)]           // 10.5 → 11, half away from zero
    public void A_percentage_change_of_a_yen_price_rounds_to_the_yen(decimal percent, decimal price, decimal expected) =>
        Assert.That(PriceChange.ByPercent(percent, "JPY").Of(price), Is.EqualTo(expected));

    [Test]
    public void An_amount_change_has_the_currencys_decimals()
    {
        Assert.That(PriceChange.ByAmount(-100m, "JPY").Of(1500m), Is.EqualTo(1400m));
        var e = Assert.Throws<DomainException>(() => PriceChange.ByAmount(0.5m, "JPY"));
        Assert.That(e!.Message, Is.EqualTo("Amounts in JPY have no decimals."));
        Assert.That(Assert.Throws<DomainException>(() => PriceChange.ByAmount(-1000m, "JPY").Of(1000m))!.Message,
            Is.EqualTo("A price of 1000 would fall to 0: prices stay above zero."));
    }

    [Test]
    public void A_price_never_falls_to_zero_or_below()
    {
        Assert.That(PriceChange.ByAmount(-5m, "USD").Of(5.01m), Is.EqualTo(0.01m));
        var e = Assert.Throws<DomainException>(() => PriceChange.ByAmount(-5m, "USD").Of(5m));
        Assert.That(e!.Message, Does.Contain("prices stay above zero"));
        Assert.Throws<DomainException>(() => PriceChange.ByPercent(-100m, "USD"));
        Assert.Throws<DomainException>(() => PriceChange.ByAmount(0m, "USD"));
    }

    [Test]
    public void A_product_and_its_variants_own_prices_change_together_or_not_at_all()
    {
        var product = new Product("Lamp", "lamp", "LAMP", "", 10m, 1, DateTimeOffset.UnixEpoch);
        var own = product.DefaultVariant;
        product.RepriceVariants([own.Id], 4m);

        product.ChangePrices(PriceChange.ByAmount(2m, "USD"));
        Assert.That((product.Price, own.Price), Is.EqualTo((12m, (decimal?)6m)));

        Assert.Throws<DomainException>(() => product.ChangePrices(PriceChange.ByAmount(-6m, "USD")));
        Assert.That((product.Price, own.Price), Is.EqualTo((12m, (decimal?)6m)), "the variant could not fall to zero, so nothing changed");
    }

    [Test]
    public void A_rise_to_or_above_a_compare_at_price_ends_that_sale_and_one_still_above_stays()
    {
        var product = new Product("Lamp", "lamp", "LAMP", "", 10m, 1, DateTimeOffset.UnixEpoch);
        var variant = product.DefaultVariant;
        product.Reprice(10m, 11m);

        product.ChangePrices(PriceChange.ByPercent(20m, "USD"));
        Assert.That((product.Price, product.CompareAtPrice), Is.EqualTo((12m, (decimal?)null)), "12 is no sale from 11");

        product.Reprice(12m, 20m);
        product.ChangePrices(PriceChange.ByAmount(2m, "USD"));
        Assert.That((product.Price, product.CompareAtPrice), Is.EqualTo((14m, (decimal?)20m)));

        product.ChangeVariant(variant.Id, "LAMP", 15m, 25m, null, null, published: true);
        product.RepriceVariants([variant.Id], 30m);
        Assert.That((variant.Price, variant.CompareAtPrice), Is.EqualTo(((decimal?)30m, (decimal?)null)));
    }
    [Test]
    public void A_sale_keeps_the_prices_before_it_as_was_prices_and_its_end_brings_the_very_prices_back()
    {
        var product = new Product("Lamp", "lamp", "LAMP", "", 16.67m, 1, DateTimeOffset.UnixEpoch);
        var own = product.DefaultVariant;
        product.ChangeVariant(own.Id, "LAMP", 33.35m, 40m, null, null, published: true);
        Assert.That(PriceChange.ByPercent(25m, "USD").Of(PriceChange.ByPercent(-20m, "USD").Of(16.67m)), Is.EqualTo(16.68m),
            "lowering by 20% and raising by 25% does not come back");

        product.PutOnSale(PriceChange.ByPercent(-20m, "USD"));
        Assert.That((product.Price, product.CompareAtPrice, own.Price, own.CompareAtPrice),
            Is.EqualTo((13.34m, (decimal?)16.67m, (decimal?)26.68m, (decimal?)33.35m)), "each old price is the was price");

        product.EndSale();
        Assert.That((product.Price, product.CompareAtPrice, own.Price, own.CompareAtPrice),
            Is.EqualTo((16.67m, (decimal?)null, (decimal?)33.35m, (decimal?)null)));
        product.EndSale();
        Assert.That(product.Price, Is.EqualTo(16.67m), "a product not on sale stays as it is");
        var e = Assert.Throws<DomainException>(() => product.PutOnSale(PriceChange.ByPercent(10m, "USD")));
        Assert.That(e!.Message, Does.StartWith("A sale lowers prices"));
    }
}
