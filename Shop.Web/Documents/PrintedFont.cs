using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Shop.Web.Documents;

/// <summary>
/// A size and weight of the documents' text, in the main face and its fallbacks: measures and draws a line as
/// <see cref="TextRuns"/> (Latin in DejaVu Sans, a Japanese name in Droid Sans Fallback, on one baseline), so widths,
/// wrapping and right-aligned amounts count every run in the face that draws it.
/// </summary>
public sealed class PrintedFont
{
    private readonly XFont[] _fonts;
    private readonly Func<int, bool>[] _covers;

    public PrintedFont(PrintingFonts fonts, double size, bool bold)
    {
        // Made per document: PDFsharp resolves a font when it is made, which must come after PrintingFonts.UseForPdf.
        var style = bold ? XFontStyleEx.Bold : XFontStyleEx.Regular;
        _fonts = fonts.All.Select(f => new XFont(f.Family, size, style, new XPdfFontOptions(PdfFontEncoding.Unicode))).ToArray();
        _covers = fonts.All.Select(f => (Func<int, bool>)f.Covers(bold).Has).ToArray();
    }

    public double Height => _fonts[0].Height;

    public IReadOnlyList<TextRun> Runs(string text) => TextRuns.Split(text, _covers);

    public double Measure(XGraphics gfx, string text) => Runs(text).Sum(r => gfx.MeasureString(r.Text, _fonts[r.Face]).Width);

    /// <summary>
    /// One line at the top of its place, from the left or (<paramref name="right"/>) ending at its right edge; every run
    /// sits on the main face's baseline, where PDFsharp puts a line drawn from the top.
    /// </summary>
    public void Draw(XGraphics gfx, string text, double x, double top, double width, bool right)
    {
        var runs = Runs(text);
        var widths = runs.Select(r => gfx.MeasureString(r.Text, _fonts[r.Face]).Width).ToList();
        var main = _fonts[0];
        var baseline = top + main.GetHeight() * main.CellAscent / main.CellSpace;
        var at = right ? x + width - widths.Sum() : x;
        for (var i = 0; i < runs.Count; i++)
        {
            gfx.DrawString(runs[i].Text, _fonts[runs[i].Face], XBrushes.Black, at, baseline, XStringFormats.BaseLineLeft);
            at += widths[i];
        }
    }
}
