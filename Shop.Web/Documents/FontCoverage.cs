using System.Buffers.Binary;

namespace Shop.Web.Documents;

/// <summary>
/// The characters a TrueType face has glyphs for, read from its <c>cmap</c> table (the Unicode subtables, formats 4 and
/// 12), so a document can draw each character in a face that has it.
/// </summary>
public sealed class FontCoverage
{
    private readonly HashSet<int> _chars;

    private FontCoverage(HashSet<int> chars) => _chars = chars;

    public static FontCoverage None { get; } = new([]);

    public int Count => _chars.Count;

    public bool Has(int codePoint) => _chars.Contains(codePoint);

    /// <summary>The coverage of a .ttf file's bytes; none when it has no Unicode cmap (or is not a font PDFs can use).</summary>
    public static FontCoverage Of(byte[] font)
    {
        try
        {
            return new FontCoverage(Read(font));
        }
        catch (Exception e) when (e is ArgumentOutOfRangeException or IndexOutOfRangeException)
        {
            return None; // cut short or not a TrueType file
        }
    }

    private static HashSet<int> Read(byte[] font)
    {
        var chars = new HashSet<int>();
        var cmap = Table(font, "cmap");
        if (cmap < 0) return chars;
        var (best, bestFormat) = (-1, 0);
        for (var i = 0; i < U16(font, cmap + 2); i++)
        {
            var record = cmap + 4 + i * 8;
            var (platform, encoding) = (U16(font, record), U16(font, record + 2));
            var sub = cmap + (int)U32(font, record + 4);
            var format = U16(font, sub);
            var unicode = platform == 0 || (platform == 3 && encoding is 1 or 10);
            if (unicode && format is 4 or 12 && format > bestFormat) (best, bestFormat) = (sub, format);
        }
        if (bestFormat == 12) ReadFormat12(font, best, chars);
        else if (bestFormat == 4) ReadFormat4(font, best, chars);
        return chars;
    }

    /// <summary>Segments of 16-bit codes: a glyph by delta, or looked up in the glyph array; glyph 0 is "missing".</summary>
    private static void ReadFormat4(byte[] font, int sub, HashSet<int> chars)
    {
        var segments = U16(font, sub + 6) / 2;
        var ends = sub + 14;
        var starts = ends + 2 * segments + 2;
        var deltas = starts + 2 * segments;
        var rangeOffsets = deltas + 2 * segments;
        for (var i = 0; i < segments; i++)
        {
            int end = U16(font, ends + 2 * i), start = U16(font, starts + 2 * i), rangeOffset = U16(font, rangeOffsets + 2 * i);
            var delta = (short)U16(font, deltas + 2 * i);
            for (var c = start; c <= end && c != 0xFFFF; c++)
            {
                var glyph = rangeOffset == 0 ? (c + delta) & 0xFFFF : U16(font, rangeOffsets + 2 * i + rangeOffset + 2 * (c - start));
                if (rangeOffset != 0 && glyph != 0) glyph = (glyph + delta) & 0xFFFF;
                if (glyph != 0) chars.Add(c);
            }
        }
    }

    /// <summary>Groups of code points (emoji and other characters beyond 16 bits) with consecutive glyphs.</summary>
    private static void ReadFormat12(byte[] font, int sub, HashSet<int> chars)
    {
        var groups = (int)U32(font, sub + 12);
        for (var g = 0; g < groups; g++)
        {
            var group = sub + 16 + 12 * g;
            long start = U32(font, group), end = Math.Min(U32(font, group + 4), 0x10FFFF), glyph = U32(font, group + 8);
            for (var c = start; c <= end; c++)
                if (glyph + (c - start) != 0) chars.Add((int)c);
        }
    }

    /// <summary>Where a table starts, from the font's table directory; -1 when it has none of that name.</summary>
    private static int Table(byte[] font, string tag)
    {
        for (var i = 0; i < U16(font, 4); i++)
        {
            var record = 12 + 16 * i;
            if (font[record] == tag[0] && font[record + 1] == tag[1] && font[record + 2] == tag[2] && font[record + 3] == tag[3])
                return (int)U32(font, record + 8);
        }
        return -1;
    }

    private static int U16(byte[] font, int at) => BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(at, 2));

    private static uint U32(byte[] font, int at) => BinaryPrimitives.ReadUInt32BigEndian(font.AsSpan(at, 4));
}
