using Shop.Web.Admin.Products;

namespace Shop.Tests.Admin;

/// <summary>How a catalog file's header tells its format, and how each format reads amounts and whole numbers.</summary>
public class CatalogFileFormatTests
{
    private static readonly string Columns = string.Join(",", CatalogFile.Columns);

    [Test]
    public void The_separator_is_the_one_that_splits_the_header_into_known_columns()
    {
        Assert.Multiple(() =>
        {
            Assert.That(CatalogFileFormat.OfHeader(Columns), Is.EqualTo(CatalogFileFormat.Comma));
            Assert.That(CatalogFileFormat.OfHeader(Columns.Replace(',', ';')), Is.EqualTo(CatalogFileFormat.Excel));
            Assert.That(CatalogFileFormat.OfHeader(Columns.Replace(',', '\t')), Is.EqualTo(CatalogFileFormat.Tab));
            Assert.That(CatalogFileFormat.OfHeader("\"Sku\" ; \"Name\";Slug"), Is.EqualTo(CatalogFileFormat.Excel), "quoted and spaced names too");
            Assert.That(CatalogFileFormat.OfHeader("Sku,Name;Slug"), Is.EqualTo(CatalogFileFormat.Comma), "a tie stays with commas");
            Assert.That(CatalogFileFormat.OfHeader("a;b;c"), Is.EqualTo(CatalogFileFormat.Comma), "no known name: commas, as before");
        });
    }

    [TestCase("19,99", 19.99)]
    [TestCase("1.299,00", 1299.00)]
    [TestCase("1.299", 1299)]
    [TestCase("1299,5", 1299.5)]
    [TestCase("1\u00A0299,00", 1299.00)]
    [TestCase("1\u202F299,00", 1299.00)]
    [TestCase("1 299,00", 1299.00)]
    [TestCase("1.000.000", 1000000)]
    [TestCase("-5", -5)]
    public void Decimal_commas_read_amounts_as_German_and_French_Excel_write_them(string text, decimal expected)
    {
        Assert.That(CatalogFileFormat.Excel.TryAmount(text, out var value), Is.True);
        Assert.That(value, Is.EqualTo(expected));
    }

    [TestCase("19.99")]
    [TestCase("1.29,00")]
    [TestCase("1.299.00")]
    [TestCase("1.299 000,00")]
    [TestCase("12,5,0")]
    [TestCase("19,99 €")]
    [TestCase(",99")]
    public void Decimal_commas_refuse_what_their_rule_cannot_read(string text) =>
        Assert.That(CatalogFileFormat.Excel.TryAmount(text, out _), Is.False);

    [TestCase("19.99", true)]
    [TestCase("12,50", false)]
    [TestCase("1.299,00", false)]
    public void Decimal_points_keep_the_rule_they_had(string text, bool read) =>
        Assert.That(CatalogFileFormat.Comma.TryAmount(text, out _), Is.EqualTo(read));

    [Test]
    public void Whole_numbers_group_thousands_only_with_decimal_commas()
    {
        Assert.Multiple(() =>
        {
            Assert.That(CatalogFileFormat.Excel.TryWhole("1.000", out var thousand) ? thousand : (int?)null, Is.EqualTo(1000));
            Assert.That(CatalogFileFormat.Excel.TryWhole("250", out var plain) ? plain : (int?)null, Is.EqualTo(250));
            Assert.That(CatalogFileFormat.Excel.TryWhole("1,5", out _), Is.False);
            Assert.That(CatalogFileFormat.Excel.TryWhole("1.00", out _), Is.False);
            Assert.That(CatalogFileFormat.Excel.TryWhole("9.999.999.999", out _), Is.False, "too large for a whole number");
            Assert.That(CatalogFileFormat.Comma.TryWhole("1.000", out _), Is.False, "as before");
            Assert.That(CatalogFileFormat.Comma.TryWhole("1000", out var comma) ? comma : (int?)null, Is.EqualTo(1000));
        });
    }

    [Test]
    public void Amounts_and_contents_are_written_as_each_format_reads_them()
    {
        var content = new NetContent(0.75m, ContentUnit.Litre);
        Assert.Multiple(() =>
        {
            Assert.That(CatalogFileFormat.Excel.Amount(1299.5m, "EUR"), Is.EqualTo("1299,50"));
            Assert.That(CatalogFileFormat.Comma.Amount(1299.5m, "EUR"), Is.EqualTo("1299.50"));
            Assert.That(CatalogFileFormat.Excel.Amount(1500m, "JPY"), Is.EqualTo("1500"));
            Assert.That(CatalogFileFormat.Excel.Amount(null, "EUR"), Is.Empty);
            Assert.That(CatalogFileFormat.Excel.Content(content), Is.EqualTo("0,75 l"));
            Assert.That(CatalogFileFormat.Comma.Content(content), Is.EqualTo("0.75 l"));
            Assert.That(CatalogFileFormat.Excel.ContentProblem("0,75 l"), Is.Null);
            Assert.That(CatalogFileFormat.Excel.ContentProblem("1.250 g"), Does.Contain("could be read two ways"));
            Assert.That(CatalogFileFormat.Comma.ContentProblem("1.250 g"), Is.Null, "a decimal point, as before");
        });
    }
}
