namespace Shop.Web.Admin.Products;

/// <summary>The picture formats staff may upload, recognised by their first bytes, never by name or content type.</summary>
public sealed record ImageFormat(string Name, string Extension)
{
    public static readonly ImageFormat Png = new("PNG", ".png");
    public static readonly ImageFormat Jpeg = new("JPEG", ".jpg");
    public static readonly ImageFormat WebP = new("WebP", ".webp");

    private static ReadOnlySpan<byte> PngSignature => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    public static ImageFormat? Sniff(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith(PngSignature)) return Png;
        if (head.Length >= 3 && head[0] == 0xFF && head[1] == 0xD8 && head[2] == 0xFF) return Jpeg;
        if (head.Length >= 12 && head[..4].SequenceEqual("RIFF"u8) && head[8..12].SequenceEqual("WEBP"u8)) return WebP;
        return null;
    }
}
