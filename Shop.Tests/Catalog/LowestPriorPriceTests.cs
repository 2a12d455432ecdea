namespace Shop.Tests.Catalog;

/// <summary>
/// A German shop (the EU's rule by default): a reduction shows against the lowest price of the 30 days before it, on
/// the product page, in lists and in German; not at all when the price was lower recently. The shop's clock is
/// moved on by days between price changes.
/// </summary>
public class LowestPriorPriceTests : ShopFixture
{
    private readonly Clock _clock = new();

    internal sealed class Clock : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = DateTimeOffset.UtcNow;
        public override DateTimeOffset GetUtcNow() => Now;
    }

    internal static Dictionary<string, string?> GermanShop => new()
    {
        ["Shop:Currency"] = "EUR",
        ["Shop:Tax:Rate"] = "0.19",
        ["Shop:Tax:PricesIncludeTax"] = "true",
        ["Shop:Tax:ShopCountry"] = "DE",
    };

    protected override ShopApp CreateShop() => new(GermanShop) { TestServices = s => s.AddSingleton<TimeProvider>(_clock) };

    private static string Eur(decimal amount) => new Money(amount, "EUR").ToString();

    /// <summary>A published product in stock at <paramref name="price"/>, then each change a number of days later.</summary>
    internal static async Task<(int Id, string Slug, string Category)> ProductWithPricesAsync(ShopApp app, Clock clock, decimal price,
        params (int Days, decimal Price, decimal? CompareAt)[] changes)
    {
        var slug = $"lamp-{Guid.NewGuid():n}"[..20];
        var (id, category) = await app.WithDbAsync(async db =>
        {
            var category = await db.Categories.OrderBy(c => c.Id).FirstAsync();
            var product = new Product("Reading lamp " + slug[5..], slug, slug.ToUpperInvariant(), "", price, category.Id, clock.GetUtcNow());
            product.SetStock(5);
            product.Publish();
            db.Add(product);
            await db.SaveChangesAsync();
            return (product.Id, category.Slug);
        });
        foreach (var (days, newPrice, compareAt) in changes)
        {
            clock.Now += TimeSpan.FromDays(days);
            await app.WithDbAsync(async db =>
            {
                var product = await db.Products.SingleAsync(p => p.Id == id);
                product.Reprice(newPrice, compareAt);
                await db.SaveChangesAsync();
            });
        }
        return (id, slug, category);
    }

    private static List<string> OnSale(IDocument home) =>
        home.QuerySelectorAll("section[aria-labelledby=sale-heading] .product-card .card-title a").Select(a => a.GetAttribute("href")!.Split('/')[^1]).ToList();

    [Test]
    public async Task A_reduction_shows_the_lowest_price_of_the_30_days_before_it_labelled_not_the_typed_was_price()
    {
        var (_, slug, category) = await ProductWithPricesAsync(App, _clock, 100m, (10, 80m, 120m));

        var (_, page) = await Visitor.GetPageAsync($"/p/{slug}");
        var (_, list) = await Visitor.GetPageAsync($"/c/{category}?sort=newest");
        var (_, home) = await Visitor.GetPageAsync("/");
        using var germanVisitor = App.Browser(); // the language sticks to a visitor
        var (_, german) = await germanVisitor.GetPageAsync($"/de/p/{slug}");

        var card = list.QuerySelectorAll(".product-card").Single(c => c.QuerySelector("a")!.GetAttribute("href")!.EndsWith(slug));
        var picker = System.Text.Json.JsonDocument.Parse(page.GetElementById("product-variants")!.TextContent).RootElement[0];
        Assert.Multiple(() =>
        {
            Assert.That(page.Text(".product-detail .price"), Is.EqualTo(Eur(80m)));
            Assert.That(page.Text(".product-detail .price-prior"), Is.EqualTo($"Lowest price in the last 30 days: {Eur(100m)}"));
            Assert.That(page.Text(".product-detail .price-prior .text-decoration-line-through"), Is.EqualTo(Eur(100m)));
            Assert.That(page.Body!.TextContent, Does.Not.Contain(Eur(120m)), "the typed was price shows nowhere");
            Assert.That(picker.GetProperty("was").GetString(), Is.EqualTo(Eur(100m)), "the variant picker switches to the same prior price");
            Assert.That(german.Text(".product-detail .price-prior"), Is.EqualTo("Niedrigster Preis der letzten 30 Tage: 100,00 €"));
            Assert.That(card.QuerySelector(".price-prior").Text(), Is.EqualTo($"Lowest price in the last 30 days: {Eur(100m)}"));
            Assert.That(OnSale(home), Does.Contain(slug), "on the home page's sale shelf");
        });
    }

    [Test]
    public async Task Lowered_twice_the_second_reduction_shows_against_the_first_reduced_price()
    {
        var (_, slug, _) = await ProductWithPricesAsync(App, _clock, 100m, (40, 80m, 100m), (10, 60m, 100m));

        var (_, page) = await Visitor.GetPageAsync($"/p/{slug}");

        Assert.That(page.Text(".product-detail .price-prior .text-decoration-line-through"), Is.EqualTo(Eur(80m)));
    }

    [Test]
    public async Task No_reduction_shows_when_the_price_was_lower_within_the_30_days()
    {
        // 80, raised to 120 for ten days, then "reduced" to 99 with 120 typed as the was price.
        var (_, slug, category) = await ProductWithPricesAsync(App, _clock, 80m, (20, 120m, null), (10, 99m, 120m));

        var (_, page) = await Visitor.GetPageAsync($"/p/{slug}");
        var (_, list) = await Visitor.GetPageAsync($"/c/{category}?sort=newest");
        var (_, home) = await Visitor.GetPageAsync("/");

        var card = list.QuerySelectorAll(".product-card").Single(c => c.QuerySelector("a")!.GetAttribute("href")!.EndsWith(slug));
        Assert.Multiple(() =>
        {
            Assert.That(OnSale(home), Does.Not.Contain(slug), "not on the home page's sale shelf");
            Assert.That(page.Text(".product-detail .price"), Is.EqualTo(Eur(99m)));
            Assert.That(page.QuerySelector(".product-detail .text-decoration-line-through"), Is.Null);
            Assert.That(card.QuerySelector(".text-decoration-line-through"), Is.Null);
        });
    }

    [Test]
    public async Task A_new_product_with_a_was_price_shows_no_reduction()
    {
        var (_, slug, _) = await ProductWithPricesAsync(App, _clock, 80m, (0, 80m, 120m));

        var (_, page) = await Visitor.GetPageAsync($"/p/{slug}");

        Assert.That(page.QuerySelector(".product-detail .text-decoration-line-through"), Is.Null, "no earlier price to measure against");
    }

    [Test]
    public async Task The_sale_shelf_lists_a_product_only_when_its_card_strikes_a_price()
    {
        // Two sizes at 100; M sold at its own 70 for a while, then at the product's price again; the product goes to 80.
        // S's lowest prior price is 100, M's 70: the card strikes nothing (80 is not below 70), so the shelf lists nothing.
        var (id, slug, category) = await ProductWithPricesAsync(App, _clock, 100m);
        await ChangeAsync(id, 0, product =>
        {
            product.DefineOptions([("Size", ["S", "M"])]);
            foreach (var v in product.Variants) product.SetStock(v.Id, 5);
        });
        await ChangeAsync(id, 5, product => ChangeM(product, 70m));
        await ChangeAsync(id, 5, product => ChangeM(product, null));
        await ChangeAsync(id, 5, product => product.Reprice(80m, 120m));

        var (_, list) = await Visitor.GetPageAsync($"/c/{category}?sort=newest");
        var (_, home) = await Visitor.GetPageAsync("/");

        var priors = await App.WithDbAsync(db => db.Variants.Where(v => v.ProductId == id).OrderBy(v => v.Option1).Select(v => v.LowestPriorPrice).ToListAsync());
        var card = list.QuerySelectorAll(".product-card").Single(c => c.QuerySelector("a")!.GetAttribute("href")!.EndsWith(slug));
        Assert.Multiple(() =>
        {
            Assert.That(priors, Is.EqualTo(new decimal?[] { 70m, 100m }), "M's and S's lowest prior prices");
            Assert.That(card.QuerySelector(".price")!.TextContent, Does.Contain(Eur(80m)), "on sale, in stock");
            Assert.That(card.QuerySelector(".text-decoration-line-through"), Is.Null, "the card strikes no price");
            Assert.That(OnSale(home), Does.Not.Contain(slug), "so the sale shelf does not list it");
        });

        static void ChangeM(Product product, decimal? price)
        {
            var m = product.Variants.Single(v => v.Title == "M");
            product.ChangeVariant(m.Id, m.Sku, price, null, null, null, published: true);
        }
    }

    private async Task ChangeAsync(int id, int days, Action<Product> change)
    {
        _clock.Now += TimeSpan.FromDays(days);
        await App.WithDbAsync(async db =>
        {
            var product = await db.Products.Include(p => p.Variants).SingleAsync(p => p.Id == id);
            change(product);
            await db.SaveChangesAsync();
        });
    }

    [Test]
    public async Task A_price_change_of_the_product_is_history_of_its_variants_at_its_price_only()
    {
        var (id, _, _) = await ProductWithPricesAsync(App, _clock, 50m);
        await App.WithDbAsync(async db =>
        {
            var product = await db.Products.SingleAsync(p => p.Id == id);
            product.DefineOptions([("Size", ["S", "M"])]);
            await db.SaveChangesAsync();
            var m = product.Variants.Single(v => v.Title == "M");
            product.ChangeVariant(m.Id, m.Sku, 70m, null, null, null, published: true);
            await db.SaveChangesAsync();
        });
        _clock.Now += TimeSpan.FromDays(5);
        await App.WithDbAsync(async db =>
        {
            var product = await db.Products.SingleAsync(p => p.Id == id);
            product.ChangePrices(PriceChange.ByPercent(-10, "EUR"));
            await db.SaveChangesAsync();
        });

        var (history, variants) = await App.WithDbAsync(async db =>
        {
            var variants = await db.Variants.AsNoTracking().Where(v => v.ProductId == id).ToListAsync();
            var ids = variants.Select(v => v.Id).ToList();
            var prices = await db.Set<VariantPrice>().AsNoTracking().Where(h => ids.Contains(h.VariantId)).OrderBy(h => h.From).ThenBy(h => h.Id).ToListAsync();
            return (prices.ToLookup(h => variants.Single(v => v.Id == h.VariantId).Title, h => h.Price), variants.ToDictionary(v => v.Title));
        });
        Assert.Multiple(() =>
        {
            Assert.That(history["S"], Is.EqualTo(new[] { 50m, 45m }), "S sells at the product's price");
            Assert.That(history["M"], Is.EqualTo(new[] { 50m, 70m, 63m }), "M at its own: its own change and the bulk one");
            Assert.That((variants["S"].LowestPriorPrice, variants["M"].LowestPriorPrice), Is.EqualTo(((decimal?)50m, (decimal?)50m)));
            Assert.That(variants["S"].PriceSince, Is.EqualTo(_clock.Now).Within(TimeSpan.FromMilliseconds(1)));
        });
    }
}

/// <summary>A German shop that chose to show compare-at prices as typed (<c>Shop:Prices:Reductions</c> = <c>AsTyped</c>): as before.</summary>
public class TypedReductionTests : ShopFixture
{
    private readonly LowestPriorPriceTests.Clock _clock = new();

    protected override ShopApp CreateShop() =>
        new(new(LowestPriorPriceTests.GermanShop) { ["Shop:Prices:Reductions"] = "AsTyped" }) { TestServices = s => s.AddSingleton<TimeProvider>(_clock) };

    [Test]
    public async Task The_typed_was_price_shows_struck_through()
    {
        var (_, slug, _) = await LowestPriorPriceTests.ProductWithPricesAsync(App, _clock, 80m, (0, 80m, 120m));

        var (_, page) = await Visitor.GetPageAsync($"/p/{slug}");

        Assert.That(page.Text(".product-detail .text-decoration-line-through"), Is.EqualTo($"was {new Money(120m, "EUR")}"));
        Assert.That(page.QuerySelector(".price-prior"), Is.Null);
    }

    [Test]
    public async Task A_product_whose_cheapest_size_sells_below_its_price_is_not_on_the_sale_shelf()
    {
        // The card shows "from 90" for a product at 100 (was 120) with a size at its own 90: no struck price, no shelf.
        var (id, slug, _) = await LowestPriorPriceTests.ProductWithPricesAsync(App, _clock, 100m, (0, 100m, 120m));
        await App.WithDbAsync(async db =>
        {
            var product = await db.Products.Include(p => p.Variants).SingleAsync(p => p.Id == id);
            product.DefineOptions([("Size", ["S", "M"])]);
            await db.SaveChangesAsync();
            foreach (var v in product.Variants) product.SetStock(v.Id, 5);
            var m = product.Variants.Single(v => v.Title == "M");
            product.ChangeVariant(m.Id, m.Sku, 90m, null, null, null, published: true);
            await db.SaveChangesAsync();
        });

        var (_, home) = await Visitor.GetPageAsync("/");

        var shelf = home.QuerySelectorAll("section[aria-labelledby=sale-heading] .product-card .card-title a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.That(shelf, Has.None.EndsWith(slug));
    }
}
