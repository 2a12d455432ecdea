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

    public static async Task<IReadOnlyList<string>> PagesAsync(HttpResponseMessage response)
    {
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/pdf"), await response.Content.ReadAsStringAsync());
        return Pages(await response.Content.ReadAsByteArrayAsync());
    }
}
