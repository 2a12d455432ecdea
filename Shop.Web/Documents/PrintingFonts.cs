using PdfSharp.Fonts;

namespace Shop.Web.Documents;

/// <summary>
/// The TrueType fonts PDFsharp draws with. PDFsharp brings no fonts on Linux, so a regular and a bold face are taken
/// from the system's font folders (DejaVu Sans from Debian's <c>fonts-dejavu-core</c>, else Liberation Sans or
/// Arial). Every family PDFsharp asks for gets these two faces.
/// </summary>
public sealed class PrintingFonts : IFontResolver
{
    private static readonly (string Regular, string Bold)[] Known =
    [
        ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"),
        ("LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf"),
        ("arial.ttf", "arialbd.ttf"),
    ];

    private static readonly string[] SystemFolders =
        ["/usr/share/fonts", "/usr/local/share/fonts", Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.Windows), "Fonts")];

    private readonly byte[] _regular;
    private readonly byte[] _bold;

    private PrintingFonts(string regular, string bold)
    {
        RegularFile = regular;
        _regular = File.ReadAllBytes(regular);
        _bold = File.ReadAllBytes(bold);
    }

    public string RegularFile { get; }

    /// <summary>The fonts found under <paramref name="folder"/> (or the system's folders); null when there are none.</summary>
    public static PrintingFonts? Find(string? folder)
    {
        var folders = string.IsNullOrWhiteSpace(folder) ? SystemFolders : [folder];
        foreach (var (regular, bold) in Known)
            foreach (var root in folders.Where(Directory.Exists))
            {
                var r = Directory.EnumerateFiles(root, regular, SearchOption.AllDirectories).FirstOrDefault();
                var b = r is null ? null : Directory.EnumerateFiles(root, bold, SearchOption.AllDirectories).FirstOrDefault();
                if (r is not null) return new PrintingFonts(r, b ?? r);
            }
        return null;
    }

    public FontResolverInfo ResolveTypeface(string familyName, bool bold, bool italic) =>
        new(bold ? "bold" : "regular", false, italic);

    public byte[] GetFont(string faceName) => faceName == "bold" ? _bold : _regular;

    private static readonly Lock Once = new();

    /// <summary>PDFsharp takes one resolver per process, before its first font: the first one found stays.</summary>
    public void UseForPdf()
    {
        lock (Once)
            GlobalFontSettings.FontResolver ??= this;
    }
}
