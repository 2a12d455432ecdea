using Shop.Web.Data.Seed;

namespace Shop.Tests.Data;

public class DemoCatalogTests
{
    [Test]
    public void Has_eight_categories_and_two_hundred_products()
    {
        Assert.That(DemoCatalog.Categories, Has.Length.EqualTo(8));
        Assert.That(DemoCatalog.Products, Has.Count.EqualTo(200));
    }

    [Test]
    public void Names_slugs_and_skus_are_unique_and_valid()
    {
        var products = DemoCatalog.Products;
        Assert.Multiple(() =>
        {
            Assert.That(products.Select(p => p.Slug), Is.Unique);
            Assert.That(products.Select(p => p.Sku), Is.Unique);
            Assert.That(products.Select(p => p.Name), Is.Unique);
            Assert.That(products.All(p => Slug.IsValid(p.Slug)), Is.True);
            Assert.That(DemoCatalog.Categories.All(c => Slug.IsValid(c.Slug)), Is.True);
        });
    }

    [Test]
    public void Prices_and_stock_are_believable()
    {
        var products = DemoCatalog.Products;
        Assert.Multiple(() =>
        {
            Assert.That(products.All(p => p.Price is > 0m and < 1000m), Is.True);
            Assert.That(products.Count(p => p.Stock == 0), Is.InRange(3, 20), "some products are sold out");
            Assert.That(products.Count(p => p.Stock is > 0 and <= StockState.LowThreshold), Is.InRange(3, 30), "some are nearly gone");
            Assert.That(products.Count(p => p.CompareAtPrice > p.Price), Is.InRange(10, 60), "some are on sale");
        });
    }

    [Test]
    public void Is_the_same_every_time()
    {
        // The generator is deterministic: these values are what the README screenshots and tests rely on.
        var first = DemoCatalog.Products[0];
        Assert.That(first.Name, Is.EqualTo("Classic Chef's Knife"));
        Assert.That(first.Slug, Is.EqualTo("classic-chef-s-knife"));
        var again = DemoImages.Svg(first.Name, 14, 0);
        Assert.That(DemoImages.Svg(first.Name, 14, 0), Is.EqualTo(again));
    }

    [Test]
    public void Images_escape_the_product_name()
    {
        var svg = DemoImages.Svg("Pots & <Pans>", 10, 1);
        Assert.That(svg, Does.Contain("Pots &amp; &lt;Pans&gt;"));
        Assert.That(svg, Does.Not.Contain("<Pans>"));
    }
}
