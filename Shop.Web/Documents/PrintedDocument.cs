using System.Text.RegularExpressions;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Shop.Web.Documents;

/// <summary>One column of a printed table: its share of the page's width, and whether its text keeps to the right.</summary>
public readonly record struct PrintedColumn(double Share, bool Right = false);

/// <summary>
/// A PDF written top to bottom on A4 pages: titles, lines of text, side-by-side blocks and table rows. A row that no
/// longer fits starts a new page. A table cell too wide for its column wraps onto further lines (the row grows), so
/// names and SKUs print in full, and so does a line or a side-by-side block (long German words included): a single word
/// too wide for its place is broken between letters, never drawn over its neighbour.
/// </summary>
public sealed partial class PrintedDocument : IDisposable
{
    private const double Margin = 48, LineGap = 3;
    private readonly PrintedFont Regular, Bold, Heading;

    private readonly PdfDocument _pdf = new();
    private PdfPage? _page;
    private XGraphics? _gfx;
    private double _y;
    private bool _wide; // drew a character beyond 16 bits (an emoji): its text map needs mending

    /// <summary>A document drawn with <paramref name="fonts"/>: each character in the first of its faces that has it.</summary>
    public PrintedDocument(string title, PrintingFonts fonts)
    {
        _pdf.Info.Title = title;
        fonts.UseForPdf();
        (Regular, Bold, Heading) = (new(fonts, 10, bold: false), new(fonts, 10, bold: true), new(fonts, 18, bold: true));
    }

    private double Width => _page!.Width.Point - 2 * Margin;

    /// <summary>Starts a page: each order's slip or invoice begins on its own.</summary>
    public void NewPage()
    {
        _gfx?.Dispose();
        _page = _pdf.AddPage();
        _page.Size = PdfSharp.PageSize.A4;
        _gfx = XGraphics.FromPdfPage(_page);
        _y = Margin;
    }

    public void Title(string text)
    {
        Room(Heading.Height);
        Draw(text, Heading, Margin, Width, right: false);
        _y += Heading.Height + 2 * LineGap;
    }

    /// <summary>A line across the page; too long for it, it goes on over further lines.</summary>
    public void Line(string text, bool bold = false)
    {
        var font = bold ? Bold : Regular;
        Room(font.Height);
        foreach (var line in Wrap(text, font, Width))
        {
            Room(font.Height);
            Draw(line, font, Margin, Width, right: false);
            _y += font.Height + LineGap;
        }
    }

    public void Gap(double points = 10) => _y += points;

    /// <summary>
    /// Two blocks of lines side by side (say, the shop's address and the order's facts); bold first lines. An entry too
    /// long for its half goes on over further lines of that half.
    /// </summary>
    public void Beside(IReadOnlyList<string> left, IReadOnlyList<string> right)
    {
        Room(Bold.Height); // a page first, so the text can be measured
        var half = Width / 2 - 6;
        var (l, r) = (Block(left, half), Block(right, half));
        for (var i = 0; i < Math.Max(l.Count, r.Count); i++)
        {
            Room(Regular.Height);
            if (i < l.Count) Draw(l[i].Text, l[i].Font, Margin, half, right: false);
            if (i < r.Count) Draw(r[i].Text, r[i].Font, Margin + Width - half, half, right: true);
            _y += Regular.Height + LineGap;
        }
    }

    private List<(string Text, PrintedFont Font)> Block(IReadOnlyList<string> entries, double width) =>
        entries.SelectMany((e, i) => Wrap(e, i == 0 ? Bold : Regular, width).Select(line => (line, i == 0 ? Bold : Regular))).ToList();

    /// <summary>One row of a table; a header or total row is bold and gets a rule under it. Long cells wrap.</summary>
    public void Row(IReadOnlyList<PrintedColumn> columns, IReadOnlyList<string> cells, bool bold = false, bool ruleBelow = false)
    {
        var font = bold ? Bold : Regular;
        Room(font.Height + LineGap); // a page first, so the text can be measured
        var widths = columns.Select(c => Width * c.Share).ToList();
        var lines = widths.Select((w, i) => i < cells.Count ? Wrap(cells[i], font, w - 4) : []).ToList();
        var height = lines.Max(l => l.Count) * font.Height;
        Room(height + LineGap);
        var x = Margin;
        for (var i = 0; i < columns.Count; i++)
        {
            for (var n = 0; n < lines[i].Count; n++) Draw(lines[i][n], font, x + 2, widths[i] - 4, columns[i].Right, _y + n * font.Height);
            x += widths[i];
        }
        _y += height + LineGap;
        if (ruleBelow) Rule();
    }

    public void Rule()
    {
        _gfx!.DrawLine(XPens.Gray, Margin, _y, Margin + Width, _y);
        _y += LineGap;
    }

    public byte[] ToPdf()
    {
        if (_page is null) NewPage();
        _gfx?.Dispose();
        _gfx = null;
        using var stream = new MemoryStream();
        _pdf.Save(stream, closeStream: false);
        return _wide ? WideCharacterTextMap.Mend(stream.ToArray()) : stream.ToArray();
    }

    public void Dispose()
    {
        _gfx?.Dispose();
        _pdf.Dispose();
    }

    private void Room(double height)
    {
        if (_page is null || _y + height > _page.Height.Point - Margin) NewPage();
    }

    private void Draw(string text, PrintedFont font, double x, double width, bool right, double? y = null)
    {
        _wide |= text.Any(char.IsSurrogate);
        font.Draw(_gfx!, Fit(text.ReplaceLineEndings(" "), font, width), x, y ?? _y, width, right);
    }

    /// <summary>The lines a cell takes: broken after spaces and hyphens, and between characters only where a piece alone is too wide.</summary>
    private List<string> Wrap(string text, PrintedFont font, double width)
    {
        var lines = new List<string>();
        var line = "";
        foreach (Match piece in BreakAfter().Matches(text.ReplaceLineEndings(" ").Trim()))
            foreach (var part in Slices(piece.Value, font, width))
            {
                if (line.Length > 0 && Measure(line + part.TrimEnd(), font) > width)
                {
                    lines.Add(line.TrimEnd());
                    line = "";
                }
                line += part;
            }
        lines.Add(line.TrimEnd());
        return lines;
    }

    private IEnumerable<string> Slices(string piece, PrintedFont font, double width)
    {
        while (piece.Length > 1 && Measure(piece.TrimEnd(), font) > width)
        {
            var n = piece.Length - 1;
            while (n > 1 && Measure(piece[..n], font) > width) n--;
            if (n > 1 && char.IsHighSurrogate(piece[n - 1])) n--; // never half an emoji
            yield return piece[..n];
            piece = piece[n..];
        }
        yield return piece;
    }

    private double Measure(string text, PrintedFont font) => font.Measure(_gfx!, text);

    [GeneratedRegex(@"[^\s-]+-*\s*|-+\s*|\s+")]
    private static partial Regex BreakAfter();

    private string Fit(string text, PrintedFont font, double width)
    {
        if (Measure(text, font) <= width) return text;
        while (text.Length > 1 && Measure(text + "…", font) > width) text = text[..^(char.IsLowSurrogate(text[^1]) && text.Length > 2 ? 2 : 1)];
        return text + "…";
    }
}
