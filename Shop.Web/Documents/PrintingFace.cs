namespace Shop.Web.Documents;

/// <summary>
/// One face documents draw with: its regular file, its bold one (none: PDFsharp thickens the regular), and the
/// characters each has. Its family name for PDFsharp is the regular file's path, so any resolver finds it.
/// </summary>
public sealed record PrintingFace(string Regular, string? Bold, FontCoverage RegularCovers, FontCoverage BoldCovers)
{
    public string Family => Regular;

    public FontCoverage Covers(bool bold) => bold ? BoldCovers : RegularCovers;

    public string FileName => Path.GetFileName(Regular);
}
