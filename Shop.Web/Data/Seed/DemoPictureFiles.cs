using System.Globalization;
using Microsoft.Extensions.Options;
using SkiaSharp;

namespace Shop.Web.Data.Seed;

/// <summary>
/// The demo catalog's pictures, drawn when first asked for rather than at start-up:
/// <c>GET /media/demo/{slug}-{index}[-{colour}]-{width}.{webp|jpg}</c>, for example
/// <c>/media/demo/classic-chef-s-knife-1-640.webp</c> or <c>/media/demo/organic-cotton-t-shirt-2-sage-320.jpg</c>.
/// A name that is not exactly such a picture of a <see cref="DemoCatalog"/> product (by slug, 1 to its picture count,
/// one of its Colour or Finish values, a width of 320, 640 or 1024) is a 404. The picture is written to
/// &lt;DataDirectory&gt;/media/demo, where the /media static files serve it from then on.
/// </summary>
public static class DemoPictureFiles
{
    public const string RequestPath = "/" + DemoCatalogSeeder.ImageFolder;

    /// <summary>A picture's name never changes what it shows, so browsers and proxies may keep it.</summary>
    public const string CacheControl = "public,max-age=31536000,immutable";

    public static readonly IReadOnlyList<int> Widths = [320, 640, 1024];

    /// <summary>At most this many pictures are drawn at once; other requests for new pictures wait their turn.</summary>
    private static readonly SemaphoreSlim Drawing = new(Math.Max(1, Environment.ProcessorCount));

    /// <summary>A picture asked for by name.</summary>
    public sealed record Picture(DemoCatalog.DemoProduct Product, int Index, string? ColourSlug, string Colour, int Width, string Extension)
    {
        public string FileName => DemoPictureFiles.FileName(Product.Slug, Index, ColourSlug, Width, Extension);
        public string ContentType => Extension == "webp" ? "image/webp" : "image/jpeg";
        public SKEncodedImageFormat Format => Extension == "webp" ? SKEncodedImageFormat.Webp : SKEncodedImageFormat.Jpeg;

        public byte[] Render() => DemoPictures.Render(Product.Shape, Colour, SeedOf(Product.Slug), Index, Width, Format);
    }

    /// <summary>The URL of a demo picture: <paramref name="extension"/> is "webp" or "jpg".</summary>
    public static string Url(string slug, int index, string? colourSlug, int width, string extension) =>
        $"{RequestPath}/{FileName(slug, index, colourSlug, width, extension)}";

    public static string FileName(string slug, int index, string? colourSlug, int width, string extension)
    {
        var ext = extension.TrimStart('.');
        return string.IsNullOrEmpty(colourSlug)
            ? string.Create(CultureInfo.InvariantCulture, $"{slug}-{index}-{width}.{ext}")
            : string.Create(CultureInfo.InvariantCulture, $"{slug}-{index}-{colourSlug}-{width}.{ext}");
    }

    /// <summary>The picture a file name asks for, or null unless it is exactly the name of a demo picture.</summary>
    public static Picture? Parse(string fileName)
    {
        if (fileName.Length is 0 or > 200) return null;
        var dot = fileName.LastIndexOf('.');
        if (dot < 0) return null;
        var extension = fileName[(dot + 1)..];
        if (extension is not ("webp" or "jpg")) return null;

        var stem = fileName[..dot];
        var dash = stem.LastIndexOf('-');
        if (dash < 0 || !TryNumber(stem[(dash + 1)..], out var width) || !Widths.Contains(width)) return null;

        // "{slug}-{index}[-{colour}]": slugs may hold hyphens and digits, so try each "-<digit>" as the index.
        var rest = stem[..dash];
        for (var i = rest.IndexOf('-'); i > 0; i = rest.IndexOf('-', i + 1))
        {
            if (i + 1 >= rest.Length || !char.IsAsciiDigit(rest[i + 1])) continue;
            var product = DemoCatalog.Find(rest[..i]);
            if (product is null) continue;
            var end = rest.IndexOf('-', i + 1);
            if (!TryNumber(end < 0 ? rest[(i + 1)..] : rest[(i + 1)..end], out var index) || index < 1 || index > product.PictureCount) continue;
            if (end < 0) return new Picture(product, index, null, product.Colour, width, extension);
            var colourSlug = rest[(end + 1)..];
            if (DemoCatalog.PictureColours(product).TryGetValue(colourSlug, out var colour))
                return new Picture(product, index, colourSlug, colour, width, extension);
        }
        return null;
    }

    /// <summary>
    /// Draws missing demo pictures on request when the demo catalog is on; put it right after the /media static
    /// files, which serve the pictures already drawn.
    /// </summary>
    public static WebApplication UseDemoPictures(this WebApplication app)
    {
        if (!app.Services.GetRequiredService<IOptions<ShopOptions>>().Value.SeedDemoCatalog) return app;
        var folder = Path.Combine(ShopConfiguration.DataDirectory(app.Configuration, app.Environment), DemoCatalogSeeder.ImageFolder);
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DemoPictureFiles));
        app.Use((http, next) =>
            http.Request.Path.StartsWithSegments(RequestPath, StringComparison.Ordinal, out var rest)
            && (HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method))
                ? ServeAsync(http, rest)
                : next(http)); // not async: every other request passes here
        return app;

        async Task ServeAsync(HttpContext http, PathString rest)
        {
            // One segment made only of the characters a picture name uses: nothing else can reach the folder.
            var name = rest.Value is { Length: > 1 } value ? value[1..] : "";
            var picture = name.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c is '-' or '.') ? Parse(name) : null;
            if (picture is null)
            {
                http.Response.StatusCode = StatusCodes.Status404NotFound;
                return;
            }

            byte[] bytes;
            await Drawing.WaitAsync(http.RequestAborted);
            try
            {
                bytes = picture.Render();
            }
            finally
            {
                Drawing.Release();
            }
            Keep(folder, picture.FileName, bytes, logger);

            http.Response.ContentType = picture.ContentType;
            http.Response.ContentLength = bytes.Length;
            http.Response.Headers.CacheControl = CacheControl;
            if (HttpMethods.IsGet(http.Request.Method)) await http.Response.Body.WriteAsync(bytes, http.RequestAborted);
        }
    }

    /// <summary>Writes the picture for the static files to serve next time; a picture that cannot be kept is still served.</summary>
    private static void Keep(string folder, string fileName, byte[] bytes, ILogger logger)
    {
        var file = Path.Combine(folder, fileName);
        var temporary = file + "." + Guid.NewGuid().ToString("n") + ".tmp";
        try
        {
            Directory.CreateDirectory(folder);
            File.WriteAllBytes(temporary, bytes);
            // Two requests may draw the same picture at once; either file is the same picture.
            File.Move(temporary, file, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            logger.LogWarning(e, "Could not keep the demo picture {File}", fileName);
            try { File.Delete(temporary); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }

    private static bool TryNumber(string text, out int number) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out number)
        && text == number.ToString(CultureInfo.InvariantCulture);

    /// <summary>A product's picture seed: stable across runs and machines (string.GetHashCode is not).</summary>
    public static int SeedOf(string slug)
    {
        unchecked
        {
            var hash = 2166136261u;
            foreach (var c in slug) hash = (hash ^ c) * 16777619u;
            return (int)(hash & 0x7fffffff);
        }
    }
}
