using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Shop.Domain.Catalog;

namespace Shop.Web.Data.Seed;

/// <summary>Fills an empty catalog with <see cref="DemoCatalog"/> once; a catalog with any category is left alone.</summary>
public sealed class DemoCatalogSeeder(ShopDbContext db, IOptions<ShopOptions> options, IConfiguration configuration,
    IHostEnvironment environment, ILogger<DemoCatalogSeeder> logger)
{
    public const string ImageFolder = "media/demo";

    public async Task SeedAsync(CancellationToken ct = default)
    {
        if (!options.Value.SeedDemoCatalog) return;

        WriteImages();
        if (await db.Categories.AnyAsync(ct)) return;

        var categories = DemoCatalog.Categories
            .Select((c, i) => new Category(c.Name, c.Slug, c.Description, i * 10))
            .ToList();
        db.Categories.AddRange(categories);
        await db.SaveChangesAsync(ct);

        foreach (var d in DemoCatalog.Products)
        {
            var product = new Product(d.Name, d.Slug, d.Sku, d.Description, d.Price, categories[d.CategoryIndex].Id, d.CreatedAt);
            product.Reprice(d.Price, d.CompareAtPrice);
            product.SetStock(d.Stock);
            product.AddImage($"/{ImageFolder}/{d.Slug}.svg", null);
            product.Publish();
            db.Products.Add(product);
        }
        await db.SaveChangesAsync(ct);
        logger.LogInformation("Seeded the demo catalog: {Categories} categories, {Products} products", categories.Count, DemoCatalog.Products.Count);
    }

    private void WriteImages()
    {
        var folder = Path.Combine(ShopConfiguration.DataDirectory(configuration, environment), ImageFolder);
        Directory.CreateDirectory(folder);
        for (var i = 0; i < DemoCatalog.Products.Count; i++)
        {
            var p = DemoCatalog.Products[i];
            var file = Path.Combine(folder, p.Slug + ".svg");
            if (!File.Exists(file))
                File.WriteAllText(file, DemoImages.Svg(p.Name, DemoCatalog.Categories[p.CategoryIndex].Hue, i));
        }
    }
}
