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

        foreach (var d in DemoCatalog.Products)
        {
            var product = new Product(d.Name, d.Slug, d.Sku, d.Description, d.Price, categories[d.CategoryIndex].Id, d.CreatedAt);
            product.Reprice(d.Price, d.CompareAtPrice);
            product.SetStock(d.Stock);
            product.ShowImage(DemoPictureFiles.Url(d.Slug, 1, null, 640, "webp"));
            product.Publish();
            db.Products.Add(product);
        }
        await db.SaveChangesAsync(ct);
        logger.LogInformation("Seeded the demo catalog: {Categories} categories, {Products} products", categories.Count, DemoCatalog.Products.Count);
    }
}
