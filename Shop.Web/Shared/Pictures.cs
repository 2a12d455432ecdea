namespace Shop.Web.Shared;

/// <summary>
/// How product pictures are stored and served: a picture is a set of renditions "{name}-{width}.webp" and
/// "{name}-{width}.jpg" for each of <see cref="Widths"/>, named by its 640 px WebP path. Pictures stored another way
/// (older uploads, pictures from elsewhere) are shown as they are.
/// </summary>
public static class Pictures
{
    public static readonly int[] Widths = [320, 640, 1024];
    public const int MainWidth = 640;
    private const string MainSuffix = "-640.webp";

    /// <summary>The path a picture is named by, from its name without width and extension.</summary>
    public static string PathOf(string name) => name + MainSuffix;

    /// <summary>The picture's name without width and extension, or null when it has no renditions.</summary>
    public static string? NameOf(string? path) =>
        path is not null && path.EndsWith(MainSuffix, StringComparison.Ordinal) ? path[..^MainSuffix.Length] : null;

    public static string SrcSet(string name, string extension) =>
        string.Join(", ", Widths.Select(w => $"{name}-{w}.{extension} {w}w"));

    /// <summary>The largest rendition as JPEG, which every reader takes (shopping listings), or the picture itself.</summary>
    public static string Large(string path) => NameOf(path) is { } name ? $"{name}-{Widths[^1]}.jpg" : path;

    /// <summary>A small rendition for thumbnails (cart, admin, gallery strip), or the picture itself.</summary>
    public static string Small(string path) => NameOf(path) is { } name ? $"{name}-{Widths[0]}.jpg" : path;
}

/// <summary>One picture to render: <see cref="Sizes"/> tells the browser how wide it is shown, so it fetches the right rendition.</summary>
public sealed record PictureView(string? Path, string Alt, string Sizes, bool Lazy = true, string? CssClass = null, bool Priority = false);
