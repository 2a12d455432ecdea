using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Shop.Domain.Catalog;

namespace Shop.Web.Data.Seed;

/// <summary>
/// Fills an empty catalog with <see cref="DemoCatalog"/> once; a catalog with any category is left alone.
/// The pictures are drawn when first asked for (<see cref="DemoPictureFiles"/>), not here.
/// </summary>
public sealed class DemoCatalogSeeder(ShopDbContext db, IOptions<ShopOptions> options, ILogger<DemoCatalogSeeder> logger)
{
    /// <summary>Where the demo pictures are kept under the data folder, and their URL path.</summary>
    public const string ImageFolder = "media/demo";

    public async Task SeedAsync(CancellationToken ct = default)
    {
        if (!options.Value.SeedDemoCatalog) return;
        if (await db.Categories.AnyAsync(ct)) return;

        var categories = DemoCatalog.Categories
            .Select((c, i) => new Category(c.Name, c.Slug, c.Description, i * 10))
            .ToList();
        db.Categories.AddRange(categories);
        await db.SaveChangesAsync(ct);

        var products = DemoCatalog.Products.Select(d => (Demo: d, Product: New(d, categories[d.CategoryIndex].Id))).ToList();
        db.Products.AddRange(products.Select(p => p.Product));
        await db.SaveChangesAsync(ct);
        // Variants have ids now: their stock, prices and pictures.
        foreach (var (demo, product) in products.Where(p => p.Demo.Variants.Count > 0)) Dress(demo, product);
        await TranslateAsync(categories, products, ct);
        await db.SaveChangesAsync(ct);
        logger.LogInformation("Seeded the demo catalog: {Categories} categories, {Products} products", categories.Count, DemoCatalog.Products.Count);
    }

    private static Product New(DemoCatalog.DemoProduct d, int categoryId)
    {
        var product = new Product(d.Name, d.Slug, d.Sku, d.Description, d.Price, categoryId, d.CreatedAt);
        product.Reprice(d.Price, d.CompareAtPrice);
        product.Measure(d.Content);
        for (var i = 1; i <= d.PictureCount; i++)
            product.AddImage(DemoPictureFiles.Url(d.Slug, i, null, 640, "webp"), ""); // described by the product's name
        if (d.Options.Count == 0)
        {
            product.SetStock(d.Stock);
        }
        else
        {
            product.DefineOptions(d.Options.Select(o => (o.Name, (IReadOnlyList<string>)o.Values)).ToList());
            var colourOption = d.Options.ToList().FindIndex(o => DemoCatalog.IsColourOption(o.Name));
            if (colourOption >= 0)
                foreach (var value in d.Options[colourOption].Values.Where(v => DemoCatalog.PictureColours(d).ContainsKey(Slug.From(v))))
                    product.AddImage(DemoPictureFiles.Url(d.Slug, 1, Slug.From(value), 640, "webp"), ""); // and the colour of the variants showing it
        }
        product.Publish();
        return product;
    }

    /// <summary>
    /// The demo in German and French (<see cref="DemoTranslations"/>), stored as staff's translations are, so the storefront
    /// and search read them alike: categories, products, and the option words no staff member has translated already.
    /// </summary>
    private async Task TranslateAsync(List<Category> categories, List<(DemoCatalog.DemoProduct Demo, Product Product)> products, CancellationToken ct)
    {
        var typed = (await db.Set<OptionWordTranslation>().Select(t => new { t.Language, t.Word }).ToListAsync(ct))
            .Select(t => (t.Language, t.Word.ToLowerInvariant())).ToHashSet();
        var words = DemoCatalog.OptionWords.ToList();
        foreach (var language in DemoTranslations.Languages)
        {
            for (var i = 0; i < categories.Count; i++)
                if (DemoTranslations.Of(DemoCatalog.Categories[i].Name, language) is { } name)
                    db.Add(new CategoryTranslation(categories[i].Id, language, name, DemoTranslations.Of(DemoCatalog.Categories[i].Description, language)));
            foreach (var (demo, product) in products)
                if (DemoTranslations.Of(demo.Name, language) is { } name)
                    db.Add(new ProductTranslation(product.Id, language, name, DemoTranslations.Of(demo.Sentences, language)));
            foreach (var word in words)
                if (DemoTranslations.Of(word, language) is { } translation && !translation.Equals(word, StringComparison.OrdinalIgnoreCase)
                    && !typed.Contains((language, word.ToLowerInvariant())))
                    db.Add(new OptionWordTranslation(language, word, translation));
        }
    }

    /// <summary>Each variant as the demo data has it: SKU, price, stock, and the picture in its colour.</summary>
    private static void Dress(DemoCatalog.DemoProduct d, Product product)
    {
        var colourOption = d.Options.ToList().FindIndex(o => DemoCatalog.IsColourOption(o.Name));
        foreach (var demo in d.Variants)
        {
            var variant = product.VariantWith(demo.Values) ?? throw new InvalidOperationException($"{d.Slug} has no variant {string.Join("/", demo.Values)}");
            var picture = colourOption >= 0 && DemoCatalog.PictureColours(d).ContainsKey(Slug.From(demo.Values[colourOption]))
                ? DemoPictureFiles.Url(d.Slug, 1, Slug.From(demo.Values[colourOption]), 640, "webp")
                : null;
            product.ChangeVariant(variant.Id, demo.Sku, demo.Price, demo.CompareAtPrice, null, picture, published: true);
            product.SetStock(variant.Id, demo.Stock);
        }
    }
}
