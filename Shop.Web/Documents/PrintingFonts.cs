using System.Collections.Concurrent;
using PdfSharp.Fonts;

namespace Shop.Web.Documents;

/// <summary>
/// The TrueType fonts PDFsharp draws with. PDFsharp brings no fonts on Linux, so they are taken from the system's font
/// folders (or <see cref="BusinessOptions.FontDirectory"/> alone, when set): a main face, regular and bold (DejaVu Sans
/// from Debian's <c>fonts-dejavu-core</c>, else Liberation Sans or Arial), then the <see cref="FallbackFonts"/> found
/// (Droid Sans Fallback for Chinese, Japanese and Korean, Symbola for emoji), which draw what the main face lacks.
/// </summary>
public sealed class PrintingFonts : IFontResolver
{
    private static readonly (string Regular, string Bold)[] Known =
    [
        ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"),
        ("LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf"),
        ("arial.ttf", "arialbd.ttf"),
    ];

    // Debian's fonts-droid-fallback puts DroidSansFallback.ttf (the file with hangul) in a folder of its own.
    private static readonly string[] SystemFolders =
        ["/usr/share/fonts", "/usr/share/fonts-droid-fallback", "/usr/local/share/fonts", Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.Windows), "Fonts")];

    // PDFsharp keeps the first resolver of the process, so the files of every PrintingFonts made are known to it.
    private static readonly ConcurrentDictionary<string, byte[]> Files = new();
    private static readonly ConcurrentDictionary<string, FontCoverage> Coverages = new();
    private static readonly ConcurrentDictionary<string, PrintingFace> Registered = new();

    private PrintingFonts(PrintingFace main, IReadOnlyList<PrintingFace> fallbacks, IReadOnlyList<FallbackFonts> missing)
    {
        Main = main;
        Fallbacks = fallbacks;
        Missing = missing;
        foreach (var face in All) Registered.TryAdd(face.Family, face);
    }

    public PrintingFace Main { get; }

    /// <summary>The fallback faces found, in the order they are tried after <see cref="Main"/>.</summary>
    public IReadOnlyList<PrintingFace> Fallbacks { get; }

    /// <summary>The fallbacks that were not found: what they would write prints as "�".</summary>
    public IReadOnlyList<FallbackFonts> Missing { get; }

    /// <summary>Every face, in the order a character tries them: the main face, then the fallbacks.</summary>
    public IReadOnlyList<PrintingFace> All => [Main, .. Fallbacks];

    public string RegularFile => Main.Regular;

    /// <summary>The fonts found under <paramref name="folder"/> (or the system's folders); null when there is no main face.</summary>
    public static PrintingFonts? Find(string? folder)
    {
        var folders = (string.IsNullOrWhiteSpace(folder) ? SystemFolders : [folder]).Where(Directory.Exists).ToList();
        foreach (var (regular, bold) in Known)
            if (FindFile(folders, regular) is { } r)
            {
                var fallbacks = FallbackFonts.Known.Select(f => (Fonts: f, File: f.Files.Select(n => FindFile(folders, n)).FirstOrDefault(p => p is not null))).ToList();
                return new PrintingFonts(Face(r, FindFile(folders, bold)),
                    fallbacks.Where(f => f.File is not null).Select(f => Face(f.File!, null)).ToList(),
                    fallbacks.Where(f => f.File is null).Select(f => f.Fonts).ToList());
            }
        return null;
    }

    private static string? FindFile(IEnumerable<string> folders, string name) =>
        folders.Select(root => Directory.EnumerateFiles(root, name, SearchOption.AllDirectories).FirstOrDefault()).FirstOrDefault(p => p is not null);

    private static PrintingFace Face(string regular, string? bold) =>
        new(regular, bold, Coverage(regular), bold is null ? Coverage(regular) : Coverage(bold));

    private static FontCoverage Coverage(string file) => Coverages.GetOrAdd(file, f => FontCoverage.Of(Bytes(f)));

    private static byte[] Bytes(string file) => Files.GetOrAdd(file, File.ReadAllBytes);

    /// <summary>A face by its family (a file's path); any other name ("Sans") is the main face. A face without bold is thickened.</summary>
    public FontResolverInfo ResolveTypeface(string familyName, bool bold, bool italic)
    {
        var face = Registered.GetValueOrDefault(familyName, Main);
        return bold && face.Bold is { } b ? new FontResolverInfo(b, false, italic) : new FontResolverInfo(face.Regular, bold, italic);
    }

    public byte[] GetFont(string faceName) => Bytes(faceName);

    private static readonly Lock Once = new();

    /// <summary>PDFsharp takes one resolver per process, before its first font: the first one found stays.</summary>
    public void UseForPdf()
    {
        lock (Once)
            GlobalFontSettings.FontResolver ??= this;
    }
}
