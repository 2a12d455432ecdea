using UglyToad.PdfPig;

namespace Shop.Tests.Support;

/// <summary>What a PDF says, read back the way a person reads it: each page's text.</summary>
public static class PdfText
{
    public static IReadOnlyList<string> Pages(byte[] pdf)
    {
        using var doc = PdfDocument.Open(pdf);
        return doc.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))).ToList();
    }

    /// <summary>
    /// What a table's column says, top to bottom on each page: the words below <paramref name="heading"/> that start
    /// between its left edge and <paramref name="nextHeading"/>'s. A cell wrapped over several lines reads as one run.
    /// </summary>
    public static string Column(byte[] pdf, string heading, string nextHeading)
    {
        using var doc = PdfDocument.Open(pdf);
        var runs = new List<string>();
        foreach (var page in doc.GetPages())
        {
            var words = page.GetWords().ToList();
            if (words.FirstOrDefault(w => w.Text == heading) is not { } head || words.FirstOrDefault(w => w.Text == nextHeading) is not { } next) continue;
            runs.AddRange(words.Where(w => w.BoundingBox.Top < head.BoundingBox.Bottom
                                           && w.BoundingBox.Left >= head.BoundingBox.Left - 1 && w.BoundingBox.Left < next.BoundingBox.Left - 1)
                .OrderByDescending(w => Math.Round(w.Letters[0].StartBaseLine.Y)).ThenBy(w => w.BoundingBox.Left).Select(w => w.Text));
        }
        return string.Join(" ", runs);
    }

    public static async Task<IReadOnlyList<string>> PagesAsync(HttpResponseMessage response)
    {
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/pdf"), await response.Content.ReadAsStringAsync());
        return Pages(await response.Content.ReadAsByteArrayAsync());
    }
}
