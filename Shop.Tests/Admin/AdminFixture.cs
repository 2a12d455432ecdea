using Microsoft.AspNetCore.Http;
using Shop.Web.Admin;
using Shop.Web.Admin.Products;
using SkiaSharp;

namespace Shop.Tests.Admin;

/// <summary>
/// One shop (fresh database, demo catalog) for a fixture's service-level tests; each test makes its own products
/// and categories with unique names, so tests do not see each other's changes.
/// </summary>
public abstract class AdminFixture : ShopFixture
{
    protected static readonly StaffMember Staff = new("staff-user-1", "staff@example.com");

    /// <summary>Runs <paramref name="work"/> with a service from a fresh request-like scope.</summary>
    protected Task<TResult> With<TService, TResult>(Func<TService, Task<TResult>> work) where TService : notnull => App.WithAsync(work);

    protected static string Unique(string prefix) => $"{prefix}-{Guid.NewGuid().ToString("n")[..8]}";

    protected Task<int> AnyCategoryAsync() => App.WithDbAsync(db => db.Categories.OrderBy(c => c.Id).Select(c => c.Id).FirstAsync());

    protected async Task<ProductForm> NewProductFormAsync(int stock = 10, string? sku = null)
    {
        var name = Unique("Test lamp");
        return new ProductForm
        {
            Name = name,
            Slug = name.ToLowerInvariant().Replace(' ', '-'),
            Sku = sku ?? Unique("TST").ToUpperInvariant(),
            Description = "A lamp for tests.",
            Price = 25.50m,
            InitialStock = stock,
            CategoryId = await AnyCategoryAsync(),
            IsPublished = true,
        };
    }

    protected Task<int> CreateProductAsync(int stock = 10) => CreateProductAsync(NewProductFormAsync(stock));

    protected async Task<int> CreateProductAsync(Task<ProductForm> form)
    {
        var f = await form;
        var id = await With<ProductAdmin, int?>(a => a.CreateAsync(f, Staff, CancellationToken.None));
        Assert.That(id, Is.Not.Null, "product created");
        return id!.Value;
    }

    public static byte[] SmallPng(int width = 8, int height = 6)
    {
        using var bitmap = new SKBitmap(width, height);
        bitmap.Erase(SKColors.Teal);
        using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }

    public static IFormFile Upload(byte[] bytes, string fileName, string contentType) =>
        new FormFile(new MemoryStream(bytes), 0, bytes.Length, "image", fileName)
        {
            Headers = new HeaderDictionary(),
            ContentType = contentType,
        };
}
