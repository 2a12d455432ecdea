namespace Shop.Tests.Catalog;

public class PublishingTests
{
    [Test]
    public async Task Unpublished_products_are_invisible_to_shoppers()
    {
        using var app = new ShopApp();
        using var client = app.Browser();
        var hidden = await app.WithDbAsync(async db =>
        {
            var p = await db.Products.Include(x => x.Category).OrderBy(x => x.Id).FirstAsync();
            p.Unpublish();
            await db.SaveChangesAsync();
            return p;
        });

        var productPage = await client.GetAsync($"/p/{hidden.Slug}");
        var (_, category) = await client.GetPageAsync($"/c/{hidden.Category!.Slug}");
        var (_, search) = await client.GetPageAsync($"/search?q={Uri.EscapeDataString(hidden.Name)}");

        Assert.Multiple(() =>
        {
            Assert.That(productPage.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(category.ProductNames(), Does.Not.Contain(hidden.Name));
            Assert.That(category.Text(".result-count"), Does.EndWith("of 24 products"));
            Assert.That(search.ProductNames(), Does.Not.Contain(hidden.Name));
        });
    }
}
