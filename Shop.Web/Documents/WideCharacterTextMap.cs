using System.Text;
using System.Text.RegularExpressions;
using PdfSharp.Pdf;
using PdfSharp.Pdf.IO;

namespace Shop.Web.Documents;

/// <summary>
/// Mends a saved PDF's text maps (ToUnicode) for characters beyond 16 bits, such as emoji: PDFsharp 6.2.4 writes their
/// code point as it is (&lt;1F381&gt;) where PDF wants UTF-16 (&lt;D83CDF81&gt;), so the emoji printed but read back
/// (searched, copied) as other characters.
/// </summary>
public static partial class WideCharacterTextMap
{
    public static byte[] Mend(byte[] pdf)
    {
        using var doc = PdfReader.Open(new MemoryStream(pdf), PdfDocumentOpenMode.Modify);
        var mended = false;
        foreach (var map in doc.Internals.GetAllObjects().OfType<PdfDictionary>())
        {
            if (map.Stream is not { } stream) continue;
            var text = Encoding.ASCII.GetString(stream.UnfilteredValue);
            if (!text.Contains("beginbfrange", StringComparison.Ordinal)) continue;
            var utf16 = Wide().Replace(text, m => $"<{m.Groups[1].Value}><{m.Groups[1].Value}><{Utf16(m.Groups[2].Value)}>");
            if (utf16 == text) continue;
            stream.TryUncompress();
            stream.Value = Encoding.ASCII.GetBytes(utf16);
            mended = true;
        }
        if (!mended) return pdf;
        using var output = new MemoryStream();
        doc.Save(output, closeStream: false);
        return output.ToArray();
    }

    private static string Utf16(string codePoint) =>
        Convert.ToHexString(Encoding.BigEndianUnicode.GetBytes(char.ConvertFromUtf32(Convert.ToInt32(codePoint, 16))));

    // One glyph to one character written with five or six hex digits.
    [GeneratedRegex("<([0-9A-Fa-f]{4})><\\1><([0-9A-Fa-f]{5,6})>")]
    private static partial Regex Wide();
}
