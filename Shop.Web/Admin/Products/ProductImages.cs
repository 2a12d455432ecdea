using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Shop.Domain;
using Shop.Domain.Catalog;
using Shop.Web.Admin.Audit;
using Shop.Web.Data;
using Shop.Web.Languages;
using Shop.Web.Shared;

namespace Shop.Web.Admin.Products;

/// <summary>
/// A product's gallery under &lt;DataDirectory&gt;/media/products, served at /media/products. A file is accepted only if
/// its bytes say PNG, JPEG or WebP and it really decodes; it is stored under a new random name as the renditions
/// <see cref="Pictures"/> describes. Several files go up at once, all or none. The first picture is the main one.
/// </summary>
public sealed partial class ProductImages(
    ShopDbContext db, AuditTrail audit, IConfiguration configuration, IHostEnvironment environment, ILogger<ProductImages> log, TimeProvider clock)
{
    public const long MaxBytes = 5 * 1024 * 1024;
    /// <summary>The upload actions' request limit: a full gallery of pictures plus the form around them.</summary>
    public const long MaxRequestBytes = Product.MaxImages * MaxBytes + 64 * 1024;
    private const string WebFolder = "/media/products/";

    /// <summary>
    /// Reads every file and makes its renditions in memory; nothing is stored yet. Files left empty (an input with no
    /// choice) are skipped. <paramref name="room"/> is how many more pictures the product may have.
    /// </summary>
    public async Task<PictureBatch> ReadAsync(IEnumerable<IFormFile>? files, int room, CancellationToken ct)
    {
        var chosen = (files ?? []).Where(f => f.Length > 0 || f.FileName.Length > 0).ToList();
        if (chosen.Count == 0) return PictureBatch.None;
        if (chosen.Count > room)
            return new([], [room == 0
                ? ShopText.Translate("This product already has {0} pictures, the most it can have: remove one first.", Product.MaxImages)
                : ShopText.Translate("A product has at most {0} pictures: choose at most {1} more.", Product.MaxImages, room)]);

        var pictures = new List<IReadOnlyList<(string, byte[])>>();
        var problems = new List<string>();
        foreach (var file in chosen)
        {
            var (renditions, problem) = await ReadOneAsync(file, ct);
            if (problem is not null) problems.Add(chosen.Count == 1 ? problem : $"{Shown(file.FileName)}: {problem}");
            else pictures.Add(renditions!);
        }
        return problems.Count > 0 ? new([], problems) : new(pictures, []);
    }

    private static async Task<(IReadOnlyList<(string, byte[])>? Renditions, string? Problem)> ReadOneAsync(IFormFile file, CancellationToken ct)
    {
        if (file.Length == 0) return (null, ShopText.Translate("That file is empty."));
        if (file.Length > MaxBytes) return (null, ShopText.Translate("That picture is larger than 5 MB; please choose a smaller one."));
        using var buffer = new MemoryStream((int)file.Length);
        await using (var upload = file.OpenReadStream()) await upload.CopyToAsync(buffer, ct);
        var bytes = buffer.ToArray();
        var format = ImageFormat.Sniff(bytes);
        if (format is null) return (null, ShopText.Translate("That file is not a PNG, JPEG or WebP picture."));
        var renditions = PictureRenditions.Make(bytes, out var tooLarge);
        return renditions is not null ? (renditions, null) : (null, tooLarge ?? ShopText.Translate("That file claims to be a {0} picture but could not be read.", format.Name));
    }

    /// <summary>Stores the pictures and adds them to the end of the product's gallery.</summary>
    public async Task<PictureResult> UploadAsync(int productId, IEnumerable<IFormFile>? files, StaffMember by, CancellationToken ct)
    {
        var product = await db.Products.FirstOrDefaultAsync(p => p.Id == productId, ct);
        if (product is null) return PictureResult.NotFound;
        var batch = await ReadAsync(files, Product.MaxImages - product.Images.Count, ct);
        if (batch.Problems.Count > 0) return new(true, batch.Problems);
        return batch.Pictures.Count == 0 ? new(true, [ShopText.Translate("Choose one or more pictures to upload.")]) : await AddAsync(product, batch, by, ct);
    }

    /// <summary>Stores pictures read by <see cref="ReadAsync"/> and adds them to the end of the product's gallery.</summary>
    public async Task<PictureResult> AddAsync(int productId, PictureBatch batch, StaffMember by, CancellationToken ct) =>
        await db.Products.FirstOrDefaultAsync(p => p.Id == productId, ct) is { } product ? await AddAsync(product, batch, by, ct) : PictureResult.NotFound;

    private async Task<PictureResult> AddAsync(Product product, PictureBatch batch, StaffMember by, CancellationToken ct)
    {
        var before = Gallery(product);
        var written = new List<string>();
        try
        {
            foreach (var renditions in batch.Pictures)
            {
                var name = WebFolder + Guid.NewGuid().ToString("n");
                foreach (var (suffix, bytes) in renditions)
                {
                    var file = FileOf(name + suffix);
                    written.Add(file);
                    await File.WriteAllBytesAsync(file, bytes, ct);
                }
                product.AddImage(Pictures.PathOf(name), null);
            }
            product.Touch(clock.GetUtcNow()); // a staff change: the sitemap's lastmod follows
            audit.Record(by, ProductAdmin.EntityType, product.Id, "PicturesAdded", new { Pictures = before }, new { Pictures = Gallery(product) });
            await db.SaveChangesAsync(ct);
        }
        catch (Exception e) when (e is DbUpdateConcurrencyException or DomainException)
        {
            Delete(written);
            db.ChangeTracker.Clear();
            return new(true, [ShopText.Translate(e is DomainException ? e.Message : "The product changed while the pictures went up. Nothing was added: please try again.")]);
        }
        catch
        {
            Delete(written);
            throw;
        }
        return new(true, [], batch.Pictures.Count);
    }

    public async Task<PictureResult> DescribeAsync(int productId, int imageId, string? altText, StaffMember by, CancellationToken ct)
    {
        if ((altText?.Trim().Length ?? 0) > ProductImage.MaxAltTextLength)
            return new(true, [ShopText.Translate("Keep the description to {0} characters or fewer.", ProductImage.MaxAltTextLength)]);
        return await ChangeAsync(productId, imageId, by, "PictureDescribed", p => p.DescribeImage(imageId, altText), ct);
    }

    /// <summary>Moves a picture one place earlier (<paramref name="step"/> -1) or later (+1); first place makes it the main picture.</summary>
    public Task<PictureResult> MoveAsync(int productId, int imageId, int step, StaffMember by, CancellationToken ct) =>
        ChangeAsync(productId, imageId, by, "PicturesArranged", p =>
        {
            var order = p.Images.OrderBy(i => i.Position).Select(i => i.Id).ToList();
            var at = order.IndexOf(imageId);
            var to = Math.Clamp(at + Math.Sign(step), 0, order.Count - 1);
            (order[at], order[to]) = (order[to], order[at]);
            p.ArrangeImages(order);
        }, ct);

    /// <summary>Takes the picture out of the gallery (and off any variant showing it), then deletes its files.</summary>
    public async Task<PictureResult> RemoveAsync(int productId, int imageId, StaffMember by, CancellationToken ct)
    {
        string? removed = null;
        var result = await ChangeAsync(productId, imageId, by, "PictureRemoved", p => removed = p.RemoveImage(imageId), ct);
        if (result.Done && removed is not null) Delete(FilesOf(removed));
        return result;
    }

    private async Task<PictureResult> ChangeAsync(int productId, int imageId, StaffMember by, string action, Action<Product> change, CancellationToken ct)
    {
        var product = await db.Products.FirstOrDefaultAsync(p => p.Id == productId, ct);
        if (product is null || product.Images.All(i => i.Id != imageId)) return PictureResult.NotFound;
        var before = Gallery(product);
        change(product);
        product.Touch(clock.GetUtcNow());
        audit.Record(by, ProductAdmin.EntityType, productId, action, new { Pictures = before }, new { Pictures = Gallery(product) });
        if (!await db.TrySaveChangesAsync(ct))
            return new(true, [ShopText.Translate("The product changed at the same moment. Nothing was changed: please try again.")]);
        return new(true, []);
    }

    private static List<object> Gallery(Product p) =>
        p.Images.OrderBy(i => i.Position).Select(i => (object)new { i.Path, i.AltText }).ToList();

    /// <summary>The files of a picture stored here: its renditions, or an older upload and its thumbnail. None for pictures from elsewhere.</summary>
    private IEnumerable<string> FilesOf(string path)
    {
        if (!path.StartsWith(WebFolder, StringComparison.Ordinal)) yield break;
        if (Pictures.NameOf(path) is { } name && StoredName().IsMatch(name[WebFolder.Length..]))
        {
            foreach (var width in Pictures.Widths)
            {
                yield return FileOf($"{name}-{width}.webp");
                yield return FileOf($"{name}-{width}.jpg");
            }
        }
        else if (OlderUpload().Match(path[WebFolder.Length..]) is { Success: true } older)
        {
            yield return FileOf(path);
            yield return FileOf($"{WebFolder}{older.Groups[1].Value}-thumb.png");
        }
    }

    private string FileOf(string webPath) => Path.Combine(Folder(), Path.GetFileName(webPath));

    private void Delete(IEnumerable<string> files)
    {
        foreach (var file in files)
        {
            try
            {
                File.Delete(file);
            }
            catch (IOException e)
            {
                log.LogWarning(e, "Could not delete the picture file {File}", file);
            }
        }
    }

    private string Folder()
    {
        var folder = Path.Combine(ShopConfiguration.DataDirectory(configuration, environment), "media", "products");
        Directory.CreateDirectory(folder);
        return folder;
    }

    /// <summary>A file name as staff gave it, short enough for a message.</summary>
    private static string Shown(string fileName)
    {
        var name = Path.GetFileName(fileName.Replace('\\', '/'));
        return name.Length > 60 ? name[..57] + "…" : name;
    }

    [GeneratedRegex("^[0-9a-f]{32}$")]
    private static partial Regex StoredName();

    [GeneratedRegex("^([0-9a-f]{32})\\.(png|jpg|webp)$")]
    private static partial Regex OlderUpload();
}

/// <summary>Pictures read and rendered, ready to store; or the problems that refuse them all.</summary>
public sealed record PictureBatch(IReadOnlyList<IReadOnlyList<(string Suffix, byte[] Bytes)>> Pictures, IReadOnlyList<string> Problems)
{
    public static readonly PictureBatch None = new([], []);
}

/// <summary>What became of a picture change: the product or picture was not there, or it was refused (and why), or done.</summary>
public sealed record PictureResult(bool Found, IReadOnlyList<string> Problems, int Added = 0)
{
    public static readonly PictureResult NotFound = new(false, []);
    public bool Done => Found && Problems.Count == 0;
}
