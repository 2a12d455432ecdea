namespace Shop.Web.Documents;

/// <summary>
/// A face a document draws the characters its main face lacks with, tried in this order: a TrueType file (the first of
/// <see cref="Files"/> found) and the Debian package that brings it. DroidSansFallback.ttf has hanzi, kanji, kana and
/// hangul; the "Full" file lacks hangul and adds only the rare CJK Extension A, and PDFsharp 6.2 cannot load both (they
/// share a name), so it is the second choice. Colour emoji fonts (CBDT) cannot go into a PDF this way, so emoji print
/// in Symbola's black and white.
/// </summary>
public sealed record FallbackFonts(string Writes, string Package, IReadOnlyList<string> Files)
{
    public static IReadOnlyList<FallbackFonts> Known { get; } =
    [
        new("Chinese, Japanese and Korean", "fonts-droid-fallback", ["DroidSansFallback.ttf", "DroidSansFallbackFull.ttf"]),
        new("emoji", "fonts-symbola", ["Symbola.ttf", "Symbola_hint.ttf"]),
    ];
}
