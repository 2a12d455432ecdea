using Shop.Web.Shared;
using SkiaSharp;

namespace Shop.Web.Admin.Products;

/// <summary>
/// Turns an uploaded picture into the renditions <see cref="Pictures"/> names: the centred square, turned upright as
/// the camera says (EXIF), on white, <see cref="Pictures.Widths"/> wide, as WebP (quality 80) and JPEG (quality 85).
/// </summary>
public static class PictureRenditions
{
    public const int WebPQuality = 80;
    public const int JpegQuality = 85;
    /// <summary>A 5 MB file can claim huge dimensions: refuse before decoding.</summary>
    public const int MaxPixels = 40_000_000;

    /// <summary>File name endings ("-640.webp") and their bytes; null when the bytes do not decode as a picture.</summary>
    public static IReadOnlyList<(string Suffix, byte[] Bytes)>? Make(byte[] bytes) => Make(bytes, out _);

    /// <param name="bytes">The uploaded file.</param>
    /// <param name="tooLarge">Why the picture was refused, when null is returned for its size: more than <see cref="MaxPixels"/>.</param>
    public static IReadOnlyList<(string Suffix, byte[] Bytes)>? Make(byte[] bytes, out string? tooLarge)
    {
        tooLarge = null;
        using var data = SKData.CreateCopy(bytes);
        using var codec = SKCodec.Create(data);
        if (codec is null) return null;
        if ((long)codec.Info.Width * codec.Info.Height > MaxPixels)
        {
            tooLarge = TooLarge(codec);
            return null;
        }
        using var decoded = Decode(codec);
        if (decoded is null) return null;
        using var turned = codec.EncodedOrigin is SKEncodedOrigin.TopLeft ? null : Upright(decoded, codec.EncodedOrigin);
        var upright = turned ?? decoded;
        upright.SetImmutable(); // the image below shares its pixels instead of copying them
        using var image = SKImage.FromBitmap(upright);

        var side = Math.Min(image.Width, image.Height);
        var square = SKRect.Create((image.Width - side) / 2f, (image.Height - side) / 2f, side, side);
        var renditions = new List<(string, byte[])>();
        foreach (var width in Pictures.Widths)
        {
            using var surface = SKSurface.Create(new SKImageInfo(width, width, SKColorType.Rgba8888, SKAlphaType.Premul))
                                ?? throw new InvalidOperationException("Could not draw a picture rendition.");
            surface.Canvas.Clear(SKColors.White);
            surface.Canvas.DrawImage(image, square, SKRect.Create(width, width), new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.Linear));
            using var shot = surface.Snapshot();
            renditions.Add(($"-{width}.webp", Encode(shot, SKEncodedImageFormat.Webp, WebPQuality)));
            renditions.Add(($"-{width}.jpg", Encode(shot, SKEncodedImageFormat.Jpeg, JpegQuality)));
        }
        return renditions;
    }

    /// <summary>The picture's size, as it is shown (upright), against the limit, and what to do.</summary>
    private static string TooLarge(SKCodec codec)
    {
        var (width, height) = (codec.Info.Width, codec.Info.Height);
        if (codec.EncodedOrigin is SKEncodedOrigin.LeftTop or SKEncodedOrigin.RightTop or SKEncodedOrigin.RightBottom or SKEncodedOrigin.LeftBottom)
            (width, height) = (height, width);
        // Rounded up, so a picture just over the limit does not read as "40 megapixels; the most is 40".
        var megapixels = Math.Ceiling((long)width * height / 100_000m) / 10m;
        return Languages.ShopText.Translate("This picture is {0}×{1} pixels, {2:0.#} megapixels; the most is {3} (e.g. 7000×5000). Make it smaller and upload it again.",
            width, height, megapixels, MaxPixels / 1_000_000);
    }

    /// <summary>Decodes no larger than the biggest rendition needs (JPEGs decode at 1/2, 1/4, 1/8 for the asking).</summary>
    private static SKBitmap? Decode(SKCodec codec)
    {
        var full = codec.Info;
        if (full.Width <= 0 || full.Height <= 0 || (long)full.Width * full.Height > MaxPixels) return null;
        var needed = Pictures.Widths.Max();
        var size = full.Size;
        var shortSide = Math.Min(full.Width, full.Height);
        if (shortSide > needed && codec.GetScaledDimensions((float)needed / shortSide) is var scaled && Math.Min(scaled.Width, scaled.Height) >= needed)
            size = scaled;
        return DecodeAt(codec, size) ?? (size == full.Size ? null : DecodeAt(codec, full.Size));
    }

    private static SKBitmap? DecodeAt(SKCodec codec, SKSizeI size)
    {
        var info = new SKImageInfo(size.Width, size.Height, SKImageInfo.PlatformColorType, SKAlphaType.Premul);
        var bitmap = new SKBitmap(info);
        if (codec.GetPixels(info, bitmap.GetPixels()) == SKCodecResult.Success) return bitmap;
        bitmap.Dispose();
        return null;
    }

    /// <summary>A copy turned the way the picture was taken (phones store it sideways with an EXIF orientation).</summary>
    private static SKBitmap Upright(SKBitmap source, SKEncodedOrigin origin)
    {
        float w = source.Width, h = source.Height;
        // x' = a·x + b·y + c, y' = d·x + e·y + f for each EXIF orientation.
        var matrix = origin switch
        {
            SKEncodedOrigin.TopRight => new SKMatrix(-1, 0, w, 0, 1, 0, 0, 0, 1),
            SKEncodedOrigin.BottomRight => new SKMatrix(-1, 0, w, 0, -1, h, 0, 0, 1),
            SKEncodedOrigin.BottomLeft => new SKMatrix(1, 0, 0, 0, -1, h, 0, 0, 1),
            SKEncodedOrigin.LeftTop => new SKMatrix(0, 1, 0, 1, 0, 0, 0, 0, 1),
            SKEncodedOrigin.RightTop => new SKMatrix(0, -1, h, 1, 0, 0, 0, 0, 1),
            SKEncodedOrigin.RightBottom => new SKMatrix(0, -1, h, -1, 0, w, 0, 0, 1),
            SKEncodedOrigin.LeftBottom => new SKMatrix(0, 1, 0, -1, 0, w, 0, 0, 1),
            _ => SKMatrix.Identity,
        };
        var sideways = origin is SKEncodedOrigin.LeftTop or SKEncodedOrigin.RightTop or SKEncodedOrigin.RightBottom or SKEncodedOrigin.LeftBottom;
        var result = new SKBitmap(new SKImageInfo(sideways ? source.Height : source.Width, sideways ? source.Width : source.Height,
            source.ColorType, source.AlphaType));
        using var canvas = new SKCanvas(result);
        canvas.Clear(SKColors.Transparent);
        canvas.SetMatrix(matrix);
        canvas.DrawBitmap(source, 0, 0, new SKSamplingOptions(SKFilterMode.Nearest), null);
        return result;
    }

    private static byte[] Encode(SKImage image, SKEncodedImageFormat format, int quality)
    {
        using var encoded = image.Encode(format, quality) ?? throw new InvalidOperationException($"Could not encode a {format} rendition.");
        return encoded.ToArray();
    }
}
