using Shop.Web.Documents;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace Shop.Tests.Documents;

/// <summary>
/// Characters the main face (DejaVu Sans) lacks print in a fallback face: Japanese, Chinese and Korean in Droid Sans
/// Fallback (Debian's fonts-droid-fallback), emoji in Symbola (fonts-symbola), measured and aligned as one line.
/// Without the fallbacks they print as "�", never as an empty box. .ci/run installs both packages.
/// </summary>
public class FallbackFontTests
{
    // Two columns as an invoice's totals have them: a label, and an amount kept to the right.
    private static readonly PrintedColumn[] Columns = [new(0.55), new(0.45, Right: true)];
    private const double Width = 595 - 2 * 48; // A4 in points, less the page's margins
    private const double RightEdge = 48 + Width - 2, Boundary = 48 + Width * 0.55; // the cell's padding; where the amounts' column starts

    private static PrintingFonts System()
    {
        var fonts = PrintingFonts.Find(null);
        Assert.That(fonts, Is.Not.Null, "apt-get install fonts-dejavu-core");
        Assert.That(fonts!.Fallbacks.Select(f => f.FileName.Replace("_hint", "")), Is.EqualTo(new[] { "DroidSansFallback.ttf", "Symbola.ttf" }),
            "apt-get install fonts-droid-fallback fonts-symbola");
        return fonts;
    }

    private static byte[] Print(PrintingFonts fonts, Action<PrintedDocument> write)
    {
        using var doc = new PrintedDocument("Fallback fonts", fonts);
        doc.NewPage();
        write(doc);
        return doc.ToPdf();
    }

    private static List<Letter> Letters(byte[] pdf)
    {
        using var read = PdfDocument.Open(pdf);
        return read.GetPages().SelectMany(p => p.Letters).Where(l => !string.IsNullOrWhiteSpace(l.Value)).ToList();
    }

    [Test]
    public void The_fallback_faces_have_what_the_main_face_lacks()
    {
        var fonts = System();
        var (main, cjk, emoji) = (fonts.Main.RegularCovers, fonts.Fallbacks[0].RegularCovers, fonts.Fallbacks[1].RegularCovers);

        Assert.Multiple(() =>
        {
            Assert.That(main.Has('A') && main.Has('€') && main.Has('ß'), "DejaVu Sans has Latin");
            Assert.That("山田太郎東京都千代田区あア한국中文".Any(c => main.Has(c)), Is.False, "DejaVu Sans has no kanji, kana or hangul");
            Assert.That("山田太郎東京都千代田区あア中文北京市朝阳区".All(c => cjk.Has(c)), "Droid Sans Fallback has kanji, kana and hanzi");
            Assert.That("서울특별시 김민준".Where(c => c != ' ').All(c => cjk.Has(c)), "and hangul");
            Assert.That(emoji.Has(0x1F381) && emoji.Has(0x1F600), "Symbola has 🎁 and 😀");
            Assert.That(fonts.Missing, Is.Empty);
        });
    }

    [Test]
    public void A_japanese_name_prints_in_the_fallback_face_on_the_line_of_the_latin_text()
    {
        var pdf = Print(System(), doc => doc.Line("Ship to: 山田 太郎 (Yamada Taro)"));
        var letters = Letters(pdf);
        var kanji = letters.Where(l => "山田太郎".Contains(l.Value)).ToList();
        var latin = letters.Where(l => l.Value is "S" or "Y").ToList();

        Assert.Multiple(() =>
        {
            Assert.That(PdfText.Pages(pdf)[0], Does.Contain("Ship to: 山田 太郎 (Yamada Taro)"));
            Assert.That(kanji.Select(l => l.Value), Is.EqualTo(new[] { "山", "田", "太", "郎" }));
            Assert.That(kanji.Select(l => l.FontName).Distinct().Single(), Does.Contain("Droid Sans Fallback"));
            Assert.That(latin.Select(l => l.FontName).Distinct().Single(), Does.Contain("DejaVu Sans"));
            Assert.That(kanji.Concat(latin).Select(l => Math.Round(l.StartBaseLine.Y, 2)).Distinct().Count(), Is.EqualTo(1), "one baseline");
            Assert.That(kanji[0].StartBaseLine.X, Is.GreaterThan(letters.Single(l => l.Value == ":").EndBaseLine.X), "drawn after what comes before it");
        });
    }

    [Test]
    public void A_right_aligned_amount_after_japanese_text_ends_at_the_column_edge()
    {
        var pdf = Print(System(), doc =>
        {
            doc.Row(Columns, ["Item", "Total"], bold: true);
            doc.Row(Columns, ["抹茶 Matcha tea bowl 茶碗", "合計 (total) JPY 12,000"]);
            doc.Row(Columns, ["Shipping", "JPY 800"]);
        });
        var letters = Letters(pdf);
        var rows = letters.GroupBy(l => Math.Round(l.StartBaseLine.Y)).OrderByDescending(g => g.Key).Select(g => g.OrderBy(l => l.StartBaseLine.X).ToList()).ToList();
        var mixed = rows[1].Where(l => l.StartBaseLine.X > Boundary).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(string.Concat(mixed.Select(l => l.Value)), Is.EqualTo("合計(total)JPY12,000"));
            Assert.That(mixed[^1].EndBaseLine.X, Is.EqualTo(RightEdge).Within(0.25), "the amount ends at the column's right edge, as the plain one");
            Assert.That(rows[2][^1].EndBaseLine.X, Is.EqualTo(RightEdge).Within(0.25));
            Assert.That(mixed[0].StartBaseLine.X, Is.GreaterThan(Boundary), "and starts inside its column");
            Assert.That(mixed.Zip(mixed.Skip(1)).All(p => p.Second.StartBaseLine.X >= p.First.EndBaseLine.X - 0.01), "no run drawn over another");
        });
    }

    [Test]
    public void A_long_japanese_address_wraps_inside_its_column()
    {
        const string address = "東京都千代田区千代田1-1 皇居外苑管理事務所気付 山田太郎様方 株式会社山田商店 第二営業部 御中";
        var pdf = Print(System(), doc => doc.Row([new(0.3), new(0.7)], [address, "x"]));
        var letters = Letters(pdf).Where(l => l.Value != "x").ToList();

        Assert.Multiple(() =>
        {
            Assert.That(letters.Max(l => l.EndBaseLine.X), Is.LessThanOrEqualTo(48 + Width * 0.3 - 2 + 0.25), "inside the column");
            Assert.That(letters.Select(l => Math.Round(l.StartBaseLine.Y)).Distinct().Count(), Is.GreaterThan(1), "on several lines");
            Assert.That(string.Concat(letters.Select(l => l.Value)), Is.EqualTo(address.Replace(" ", "")), "in full");
        });
    }

    [Test]
    public void An_emoji_in_a_name_prints_in_symbola_in_black_and_white()
    {
        var pdf = Print(System(), doc => doc.Line("Gift for Mia 🎁😀", bold: true));
        var letters = Letters(pdf);

        Assert.Multiple(() =>
        {
            Assert.That(PdfText.Pages(pdf)[0], Does.Contain("Gift for Mia 🎁😀"), "read back (searched, copied) as typed");
            Assert.That(letters.Single(l => l.Value == "🎁").FontName, Does.Contain("Symbola"), "DejaVu Sans Bold has 😀 itself, not 🎁");
            Assert.That(letters.Select(l => l.FontName).Distinct().Count(), Is.EqualTo(2), "and nothing else in a third face");
        });
    }

    [Test]
    public void Without_fallback_fonts_documents_still_print_and_what_they_lack_reads_as_the_replacement_mark()
    {
        var folder = Directory.CreateTempSubdirectory("shop-fonts-").FullName;
        try
        {
            var main = System().Main;
            File.Copy(main.Regular, Path.Combine(folder, "DejaVuSans.ttf"));
            File.Copy(main.Bold!, Path.Combine(folder, "DejaVuSans-Bold.ttf"));
            var fonts = PrintingFonts.Find(folder)!;

            var pdf = Print(fonts, doc => doc.Line("山田 Taro 🎁"));

            Assert.Multiple(() =>
            {
                Assert.That(fonts.Fallbacks, Is.Empty);
                Assert.That(fonts.Missing.Select(m => m.Package), Is.EqualTo(new[] { "fonts-droid-fallback", "fonts-symbola" }));
                Assert.That(PdfText.Pages(pdf)[0], Does.Contain("\uFFFD\uFFFD Taro \uFFFD"));
                Assert.That(Letters(pdf).Select(l => l.FontName).Distinct().Single(), Does.Contain("DejaVu Sans"));
            });
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
