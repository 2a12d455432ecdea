using Shop.Web.Admin.Products;

namespace Shop.Tests.Admin;

/// <summary>Brands and barcodes (GTIN) in catalog files: read, written back, and what a spreadsheet does to barcodes refused by line.</summary>
public class CatalogCsvIdentityTests : CatalogCsvFixture
{
    private async Task<string> ProductRowAsync(string sku, string brand, string gtin) =>
        Row(("Slug", sku.ToLowerInvariant()), ("Sku", sku), ("Name", "Kettle " + sku), ("Category", await CategoryAsync()), ("Price", "49.00"),
            ("Published", "true"), ("Stock", "3"), ("Brand", brand), ("Gtin", gtin));

    [Test]
    public async Task A_files_brand_and_barcode_are_the_products_and_an_export_writes_them_back()
    {
        var (sku, gtin) = (Unique("KETTLE").ToUpperInvariant(), TestGtins.New());
        var report = await ImportAsync(Csv(await ProductRowAsync(sku, "Bodum", $"{gtin[..1]} {gtin[1..7]} {gtin[7..]}")));
        var saved = await App.WithDbAsync(db => db.Products.Where(p => p.Sku == sku).Select(p => new { p.Brand, p.Variants.Single().Gtin }).SingleAsync());
        var line = (await ExportAsync()).Split("\r\n").Single(l => l.StartsWith(sku.ToLowerInvariant() + ",", StringComparison.Ordinal)).Split(',');
        string Column(string name) => line[Array.IndexOf(CatalogFile.Columns, name)];

        Assert.Multiple(() =>
        {
            Assert.That(report.Problems, Is.Empty, string.Join("\n", report.Problems));
            Assert.That((saved.Brand, saved.Gtin), Is.EqualTo(("Bodum", gtin)));
            Assert.That((Column("Brand"), Column("Gtin")), Is.EqualTo(("Bodum", gtin)));
        });
    }

    [Test]
    public async Task A_barcode_a_spreadsheet_turned_into_a_number_or_another_products_is_refused_by_line()
    {
        var (taken, owner) = (TestGtins.New(), Unique("OWNER").ToUpperInvariant());
        Assert.That((await ImportAsync(Csv(await ProductRowAsync(owner, "", taken)))).Problems, Is.Empty);
        var (a, b, c, d) = (Unique("A").ToUpperInvariant(), Unique("B").ToUpperInvariant(), Unique("C").ToUpperInvariant(), Unique("D").ToUpperInvariant());

        var report = await ImportAsync(Csv(
            await ProductRowAsync(a, "", "4.00638E+12"),
            await ProductRowAsync(b, "", "36000291452"), // a UPC-A whose leading zero a spreadsheet dropped
            await ProductRowAsync(c, "", taken),
            await ProductRowAsync(d, "", "4006381333931")));

        Assert.Multiple(async () =>
        {
            Assert.That(report.Problems.Select(p => $"{p.Line}: {p.Message}"), Is.EqualTo(new[]
            {
                "2: Gtin: '4.00638E+12' is not a GTIN: a barcode number has 8, 12, 13 or 14 digits (EAN-13: 4006381333931). A spreadsheet writes long numbers as 4.00638E+12 and drops leading zeros: format the Gtin column as text before typing or pasting barcodes.",
                "3: Gtin: '36000291452' is not a GTIN: a barcode number has 8, 12, 13 or 14 digits (EAN-13: 4006381333931). A spreadsheet writes long numbers as 4.00638E+12 and drops leading zeros: format the Gtin column as text before typing or pasting barcodes.",
                $"4: Gtin {taken} is a variant of another product ({owner}, Kettle {owner}).",
            }));
            Assert.That(await App.WithDbAsync(db => db.Products.CountAsync(p => p.Sku == a || p.Sku == b || p.Sku == c || p.Sku == d)), Is.Zero, "nothing imported");
        });
    }
}
