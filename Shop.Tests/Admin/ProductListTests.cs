using Shop.Web.Admin.Products;

namespace Shop.Tests.Admin;

public class ProductListTests : AdminFixture
{
    private Task<ProductList> ListAsync(string? q = null, string? sort = null, bool desc = false, bool archived = false, int? page = null) =>
        With<ProductAdmin, ProductList>(a => a.ListAsync(q, sort, desc, archived, page, CancellationToken.None));

    [Test]
    public async Task Staff_find_a_product_by_part_of_its_sku_or_name()
    {
        var form = await NewProductFormAsync();
        await CreateProductAsync(Task.FromResult(form));

        var bySku = await ListAsync(form.Sku![^6..].ToLowerInvariant());
        var byName = await ListAsync(form.Name![^8..]);

        Assert.That(bySku.Products.Items.Select(p => p.Sku), Is.EqualTo(new[] { form.Sku }));
        Assert.That(byName.Products.Items.Select(p => p.Name), Is.EqualTo(new[] { form.Name }));
    }

    [Test]
    public async Task Search_terms_are_text_not_wildcards()
    {
        var list = await ListAsync("%");

        Assert.That(list.Products.Total, Is.Zero);
    }

    [Test]
    public async Task The_table_sorts_by_price_both_ways_and_pages_by_25()
    {
        var up = await ListAsync(sort: "price");
        var down = await ListAsync(sort: "price", desc: true);

        Assert.Multiple(() =>
        {
            Assert.That(up.Products.Items, Has.Count.EqualTo(25));
            Assert.That(up.Products.Items.Select(p => p.Price), Is.Ordered);
            Assert.That(down.Products.Items.Select(p => p.Price), Is.Ordered.Descending);
            Assert.That(up.Products.TotalPages, Is.EqualTo((up.Products.Total + 24) / 25));
        });
    }

    [Test]
    public async Task Junk_sorts_and_pages_out_of_range_still_give_a_page()
    {
        var junk = await ListAsync(sort: "'; drop table", page: 99999);
        var negative = await ListAsync(page: -4);

        Assert.Multiple(() =>
        {
            Assert.That(junk.Sort, Is.EqualTo("name"));
            Assert.That(junk.Products.Page, Is.EqualTo(junk.Products.TotalPages));
            Assert.That(junk.Products.Items, Is.Not.Empty);
            Assert.That(negative.Products.Page, Is.EqualTo(1));
        });
    }
}
