using Microsoft.EntityFrameworkCore;
using Shop.Web.Admin.Audit;
using Shop.Web.Data;
using SkiaSharp;

namespace Shop.Web.Admin.Products;

/// <summary>
/// Product pictures under &lt;DataDirectory&gt;/media/products, served at /media/products. A file is accepted only if
/// its bytes say PNG, JPEG or WebP and it really decodes; it is stored under a new random name with a thumbnail.
/// </summary>
public sealed class ProductImages(
    ShopDbContext db, AuditTrail audit, IConfiguration configuration, IHostEnvironment environment)
{
    public const long MaxBytes = 5 * 1024 * 1024;
    /// <summary>The upload action's request limit: the picture plus the form around it.</summary>
    public const long MaxRequestBytes = MaxBytes + 64 * 1024;
    public const int ThumbnailSize = 300;
    private const int MaxPixels = 40_000_000; // a 5 MB file can claim huge dimensions; refuse before decoding

    /// <summary>Stores the picture and shows it on the product. Returns a message for staff when the file is refused.</summary>
    public async Task<string?> UploadAsync(int productId, IFormFile? file, StaffMember by, CancellationToken ct)
    {
        if (file is null || file.Length == 0) return "Choose a picture to upload.";
        if (file.Length > MaxBytes) return "That picture is larger than 5 MB; please choose a smaller one.";
        var product = await db.Products.FirstOrDefaultAsync(p => p.Id == productId, ct);
        if (product is null) return "That product no longer exists.";

        using var buffer = new MemoryStream((int)file.Length);
        await using (var upload = file.OpenReadStream()) await upload.CopyToAsync(buffer, ct);
        var bytes = buffer.ToArray();
        var format = ImageFormat.Sniff(bytes);
        if (format is null) return "That file is not a PNG, JPEG or WebP picture.";

        using var bitmap = Decode(bytes);
        if (bitmap is null) return $"That file claims to be a {format.Name} picture but could not be read.";

        var folder = Folder();
        var name = Guid.NewGuid().ToString("n");
        await File.WriteAllBytesAsync(Path.Combine(folder, name + format.Extension), bytes, ct);
        await File.WriteAllBytesAsync(Path.Combine(folder, name + "-thumb.png"), Thumbnail(bitmap), ct);

        var before = product.ImagePath;
        product.AddImage($"/media/products/{name}{format.Extension}", null);
        audit.Record(by, ProductAdmin.EntityType, productId, "ImageChanged", new { ImagePath = before }, new { product.ImagePath });
        await db.SaveChangesAsync(ct);
        return null;
    }

    /// <summary>The thumbnail URL that goes with a picture stored here, or null for pictures from elsewhere (demo seed).</summary>
    public static string? ThumbnailOf(string? imagePath) =>
        imagePath is not null && imagePath.StartsWith("/media/products/", StringComparison.Ordinal) && Path.GetExtension(imagePath) is ".png" or ".jpg" or ".webp"
            ? imagePath[..^Path.GetExtension(imagePath).Length] + "-thumb.png"
            : null;

    private string Folder()
    {
        var folder = Path.Combine(ShopConfiguration.DataDirectory(configuration, environment), "media", "products");
        Directory.CreateDirectory(folder);
        return folder;
    }

    private static SKBitmap? Decode(byte[] bytes)
    {
        using var codec = SKCodec.Create(new MemoryStream(bytes));
        if (codec is null) return null;
        var info = codec.Info;
        if (info.Width <= 0 || info.Height <= 0 || (long)info.Width * info.Height > MaxPixels) return null;
        return SKBitmap.Decode(codec);
    }

    private static byte[] Thumbnail(SKBitmap source)
    {
        var scale = Math.Min(1.0, (double)ThumbnailSize / Math.Max(source.Width, source.Height));
        var size = new SKSizeI(Math.Max(1, (int)(source.Width * scale)), Math.Max(1, (int)(source.Height * scale)));
        using var resized = source.Resize(size, new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.Linear)) ?? source.Copy();
        using var data = resized.Encode(SKEncodedImageFormat.Png, 90);
        return data.ToArray();
    }
}
