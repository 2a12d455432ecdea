namespace Shop.Tests.Catalog;

/// <summary>
/// A German shop sells oil by the bottle: beside each price shoppers read the price per litre (the EU's unit price rule,
/// PAngV § 4), on the product page, as a size is picked, and on the cards of lists and search.
/// </summary>
public class UnitPriceTests : ShopFixture
{
    protected override ShopApp CreateShop() => new(LowestPriorPriceTests.GermanShop);

    /// <summary>A published oil at 9.99 a 750 ml bottle; with sizes, "1 l" at its own 12.00 and 1 l content.</summary>
    private async Task<(int Id, string Slug, string Category)> OilAsync(bool sizes)
    {
        var slug = $"oil-{Guid.NewGuid():n}"[..16];
        return await App.WithDbAsync(async db =>
        {
            var category = await db.Categories.OrderBy(c => c.Id).FirstAsync();
            var product = new Product("Olive oil " + slug[4..], slug, slug.ToUpperInvariant(), "", 9.99m, category.Id, DateTimeOffset.UtcNow);
            product.Measure(NetContent.Parse("750 ml"));
            product.SetStock(5);
            product.Publish();
            db.Add(product);
            await db.SaveChangesAsync();
            if (sizes)
            {
                product.DefineOptions([("Size", ["0.75 l", "1 l"])]);
                await db.SaveChangesAsync();
                foreach (var v in product.Variants) product.SetStock(v.Id, 5);
                var litre = product.Variants.Single(v => v.Title == "1 l");
                product.ChangeVariant(litre.Id, litre.Sku, 12m, null, null, null, published: true, NetContent.Parse("1 l"));
                await db.SaveChangesAsync();
            }
            return (product.Id, slug, category.Slug);
        });
    }

    [Test]
    public async Task The_price_per_litre_shows_beside_the_price_on_the_page_and_the_card_in_each_language()
    {
        var (_, slug, category) = await OilAsync(sizes: false);

        var (_, page) = await Visitor.GetPageAsync($"/p/{slug}");
        var (_, list) = await Visitor.GetPageAsync($"/c/{category}?sort=newest");
        var (_, found) = await Visitor.GetPageAsync($"/search?q={slug}");
        using var german = App.Browser();
        var (_, deutsch) = await german.GetPageAsync($"/de/p/{slug}");

        var card = list.QuerySelectorAll(".product-card").Single(c => c.QuerySelector("a")!.GetAttribute("href")!.EndsWith(slug));
        Assert.Multiple(() =>
        {
            Assert.That(page.Text(".product-detail .unit-price"), Is.EqualTo($"{new Money(13.32m, "EUR")} / 1 l"));
            Assert.That(deutsch.Text(".product-detail .unit-price"), Is.EqualTo("13,32 € / 1 l"));
            Assert.That(card.QuerySelector(".unit-price").Text(), Is.EqualTo($"{new Money(13.32m, "EUR")} / 1 l"));
            Assert.That(found.QuerySelector(".product-card .unit-price").Text(), Is.EqualTo($"{new Money(13.32m, "EUR")} / 1 l"), "search's cards too");
        });
    }

    [Test]
    public async Task Each_size_has_its_own_price_per_litre_and_the_card_gives_the_cheapest()
    {
        var (_, slug, _) = await OilAsync(sizes: true);

        var (_, page) = await Visitor.GetPageAsync($"/p/{slug}");
        var (_, home) = await Visitor.GetPageAsync("/");

        var picker = System.Text.Json.JsonDocument.Parse(page.GetElementById("product-variants")!.TextContent).RootElement.EnumerateArray()
            .ToDictionary(v => v.GetProperty("values")[0].GetString()!, v => v.GetProperty("unitPrice").GetString());
        var card = home.QuerySelectorAll(".product-card").First(c => c.QuerySelector("a")!.GetAttribute("href")!.EndsWith(slug));
        Assert.Multiple(() =>
        {
            Assert.That(picker["0.75 l"], Is.EqualTo($"{new Money(13.32m, "EUR")} / 1 l"), "the product's content");
            Assert.That(picker["1 l"], Is.EqualTo($"{new Money(12m, "EUR")} / 1 l"), "its own");
            Assert.That(card.QuerySelector(".unit-price").Text(), Is.EqualTo($"{new Money(13.32m, "EUR")} / 1 l"), "from 9.99: that bottle's");
        });
    }

    [Test]
    public async Task Search_engines_read_the_measure_and_its_base_unit_beside_the_offer()
    {
        var (_, slug, _) = await OilAsync(sizes: false);

        var (_, page) = await Visitor.GetPageAsync($"/p/{slug}");

        var product = page.QuerySelectorAll("script[type='application/ld+json']").Select(s => System.Text.Json.JsonDocument.Parse(s.TextContent).RootElement)
            .Single(j => j.GetProperty("@type").GetString() == "Product");
        var unit = product.GetProperty("offers")[0].GetProperty("priceSpecification");
        var measure = unit.GetProperty("referenceQuantity");
        Assert.Multiple(() =>
        {
            Assert.That(unit.GetProperty("@type").GetString(), Is.EqualTo("UnitPriceSpecification"));
            Assert.That(unit.GetProperty("price").GetString(), Is.EqualTo("9.99"), "the bottle's price, for its content");
            Assert.That(unit.GetProperty("priceCurrency").GetString(), Is.EqualTo("EUR"));
            Assert.That((measure.GetProperty("value").GetString(), measure.GetProperty("unitCode").GetString()), Is.EqualTo(("750", "MLT")));
            Assert.That((measure.GetProperty("valueReference").GetProperty("value").GetString(), measure.GetProperty("valueReference").GetProperty("unitCode").GetString()),
                Is.EqualTo(("1", "LTR")), "compared per litre");
        });
    }

    [Test]
    public async Task Goods_not_sold_by_measure_show_none()
    {
        var slug = await App.WithDbAsync(db => db.Products.Where(p => p.IsPublished && p.ContentAmount == null).Select(p => p.Slug).FirstAsync());

        var (_, page) = await Visitor.GetPageAsync($"/p/{slug}");

        Assert.That(page.QuerySelector(".product-detail .unit-price")!.HasAttribute("hidden"), Is.True);
        Assert.That(page.QuerySelectorAll("script[type='application/ld+json']").Select(s => s.TextContent), Has.None.Contains("priceSpecification"));
    }
}
