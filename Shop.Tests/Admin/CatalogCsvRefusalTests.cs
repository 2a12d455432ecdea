using Shop.Web.Admin.Products;

namespace Shop.Tests.Admin;

/// <summary>The catalog CSV files and rows an import refuses, each named by its line, and that nothing of a refused file is written.</summary>
public class CatalogCsvRefusalTests : CatalogCsvFixture
{
    [Test]
    public async Task A_file_that_is_not_utf8_is_refused_before_it_garbles_names_and_a_utf8_one_with_a_bom_is_read()
    {
        var category = await CategoryAsync();
        var sku = Unique("MUG").ToUpperInvariant();
        var csv = Csv(Row(("Slug", sku.ToLowerInvariant()), ("Sku", sku), ("Name", "Grüner Becher – été"), ("Category", category), ("Price", "12.00"),
            ("Published", "true"), ("Stock", "4"), ("Description", "Schön")));
        Task<CatalogImportReport> ImportBytesAsync(byte[] bytes) =>
            With<CatalogImport, CatalogImportReport>(c => c.ImportAsync(new MemoryStream(bytes), Staff, CancellationToken.None));

        var latin1 = await ImportBytesAsync(Encoding.Latin1.GetBytes(csv.Replace('–', '-')));
        var nothing = await App.WithDbAsync(db => db.Products.AnyAsync(p => p.Sku == sku));
        var withBom = await ImportBytesAsync([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv)]);

        Assert.Multiple(async () =>
        {
            Assert.That(latin1.Problems.Select(p => p.Message), Is.EqualTo(new[] { CatalogFile.NotUtf8 }));
            Assert.That(nothing, Is.False, "nothing was imported");
            Assert.That(withBom.Problems, Is.Empty, string.Join("\n", withBom.Problems));
            Assert.That((await ProductAsync(sku)).Name, Is.EqualTo("Grüner Becher – été"));
        });
    }

    [Test]
    public async Task A_file_opening_with_excels_separator_hint_is_read_past_it_and_its_lines_keep_their_numbers()
    {
        var category = await CategoryAsync();
        var (good, bad) = (Unique("JUG").ToUpperInvariant(), Unique("JAR").ToUpperInvariant());
        string Product(string sku, string price) => Row(("Slug", sku.ToLowerInvariant()), ("Sku", sku), ("Name", "Glass " + sku), ("Category", category),
            ("Price", price), ("Published", "true"), ("Stock", "2"));

        var refused = await ImportAsync("sep=,\r\n" + Csv(Product(bad, "12.50"), Product(bad + "X", "twelve")));
        var imported = await ImportAsync("sep=,\r\n" + Csv(Product(good, "12.50")));

        Assert.Multiple(async () =>
        {
            Assert.That(refused.Problems.Select(p => $"{p.Line}: {p.Message}"), Is.EqualTo(new[] { "4: Price: 'twelve' is not a number such as 19.99." }),
                "the hint is line 1, the header line 2");
            Assert.That(imported.Problems, Is.Empty, string.Join("\n", imported.Problems));
            Assert.That((await ProductAsync(good)).Price, Is.EqualTo(12.50m));
        });
    }

    [Test]
    public async Task A_files_stock_change_that_would_take_stock_below_zero_is_a_problem_for_its_line_and_nothing_is_imported()
    {
        var tee = await NewTeeAsync(); // M/Red 5
        var redM = $"{tee.Sku}-M-RED";
        var (file, line) = await ExportWithStockAsync(redM, "1"); // staff take 4 off the 5 exported
        await SellAsync(redM, 3);
        var file2 = file.Replace($",{tee.Sku}-S-RED,,,,,3,3,", $",{tee.Sku}-S-RED,,,,,9,3,", StringComparison.Ordinal); // no GTIN, prices, weight
        Assert.That(file2, Is.Not.EqualTo(file), "the file also adds 6 to S / Red");

        var report = await ImportAsync(file2);

        Assert.That(report.Applied, Is.False);
        Assert.That(report.Problems.Select(p => $"{p.Line}: {p.Message}"), Is.EqualTo(new[]
        {
            $"{line}: Stock: 1 instead of 5 takes 4 off, but only 2 are in stock now: the stock changed since.",
        }));
        Assert.That((await ProductAsync(tee.Sku)).Variants.OrderBy(v => v.Position).Select(v => v.StockOnHand), Is.EqualTo(new[] { 3, 0, 2, 1 }));
    }

    [Test]
    public async Task Rows_left_out_remove_only_variants_without_stock_and_one_holding_stock_refuses_the_file()
    {
        var tee = await NewTeeAsync(); // S/Red 3, S/Blue 0, M/Red 5, M/Blue 1
        var before = await ProductAsync(tee.Sku);

        var refused = await ImportAsync(Csv(tee.Variant("S", "Red", "3"), tee.Variant("S", "Blue", "0")));
        var unchanged = await ProductAsync(tee.Sku);
        await ImportAsync(Csv(tee.Variant("S", "Red", "3"), tee.Variant("S", "Blue", "0"), tee.Variant("M", "Red", "0"), tee.Variant("M", "Blue", "0")));
        var dropped = await ImportAsync(Csv(tee.Variant("S", "Red", "3"), tee.Variant("S", "Blue", "0")));

        Assert.That(refused.Problems.Select(p => p.Message), Is.EquivalentTo(new[]
        {
            $"The file leaves out M / Red ({tee.Sku}-M-RED) of SKU {tee.Sku}, which has 5 in stock: add its row, or remove it in the product's editor, which writes its stock off.",
            $"The file leaves out M / Blue ({tee.Sku}-M-BLUE) of SKU {tee.Sku}, which has 1 in stock: add its row, or remove it in the product's editor, which writes its stock off.",
        }));
        Assert.That(unchanged.Variants.Select(v => (v.Id, v.StockOnHand)), Is.EquivalentTo(before.Variants.Select(v => (v.Id, v.StockOnHand))));
        Assert.That(dropped.Problems, Is.Empty, "variants without stock may go");
        Assert.That((await ProductAsync(tee.Sku)).Variants.Select(v => v.Title), Is.EquivalentTo(new[] { "S / Red", "S / Blue" }));
    }

    [Test]
    public async Task Bad_rows_of_products_with_variants_are_refused_line_by_line_and_nothing_is_written()
    {
        var existing = await NewTeeAsync();
        var category = await CategoryAsync();
        var products = await App.WithDbAsync(db => db.Products.CountAsync());
        Tee New() => new(Unique("tee"), Unique("TEE").ToUpperInvariant(), category);
        var (a, b, c, d, e, f, g) = (New(), New(), New(), New(), New(), New(), New());
        var rows = new[]
        {
            /* 2 */ a.Variant("S", "Red", "1"),
            /* 3 */ a.Variant("S", "Blue", "1", ("Name", "Another name")),
            /* 4 */ b.Variant("S", "Red", "1", ("VariantSku", "DUP-" + b.Sku)),
            /* 5 */ b.Variant("M", "Red", "1", ("VariantSku", "DUP-" + b.Sku)),
            /* 6 */ c.Variant("S", "Red", "1"),
            /* 7 */ c.Variant("S", "Red", "2", ("VariantSku", c.Sku + "-OTHER")),
            /* 8 */ d.Variant("S", "Red", "abc", ("VariantPrice", "12,50"), ("WeightGrams", "-3"), ("VariantCompareAtPrice", "0")),
            /* 9 */ e.Variant("S", "Red", "1"),
            /* 10 */ e.Variant("M", "Blue", "1"),
            /* 11 */ f.Variant("S", "Red", "1", ("VariantSku", existing.Sku + "-S-RED")),
        };
        // 11 sizes × 10 colours would make 110 variants.
        var many = Enumerable.Range(1, 11).Select(i => g.Variant($"X{i}", $"C{i % 10}", "1")).ToArray();

        var report = await ImportAsync(Csv([.. rows, .. many]) + "\r\n");

        var messages = string.Join("\n", report.Problems.Select(p => $"{p.Line}: {p.Message}"));
        Assert.Multiple(async () =>
        {
            Assert.That(report.Applied, Is.False);
            Assert.That(messages, Does.Contain("3: Name differs from line 2"));
            Assert.That(messages, Does.Contain($"5: Variant SKU DUP-{b.Sku} is also on line 4."));
            Assert.That(messages, Does.Contain("7: S / Red is also on line 6: each combination of option values is one variant."));
            Assert.That(messages, Does.Contain("8: Stock: 'abc' is not a whole number."));
            Assert.That(messages, Does.Contain("8: VariantPrice: '12,50' is not a number such as 19.99."));
            Assert.That(messages, Does.Contain("8: WeightGrams: give a whole number of grams"));
            Assert.That(messages, Does.Contain("8: VariantCompareAtPrice: give a price above zero"));
            Assert.That(messages, Does.Contain("9: Size × Colour make 4 variants, one row each; add rows for S / Blue, M / Red."));
            Assert.That(messages, Does.Contain($"11: VariantSku {existing.Sku}-S-RED is a variant of another product ({existing.Sku}"));
            Assert.That(messages, Does.Contain("12: Those options make 110 variants; a product has at most 100."));
            Assert.That(report.Problems.Select(p => p.Line).Distinct(), Is.EqualTo(new[] { 3, 5, 7, 8, 9, 11, 12 }), messages);
            Assert.That(await App.WithDbAsync(db => db.Products.CountAsync()), Is.EqualTo(products));
        });
    }

    [Test]
    public async Task A_row_with_more_or_fewer_cells_than_the_header_is_a_problem_for_its_line_and_nothing_is_imported()
    {
        var category = await CategoryAsync();
        var (hat, scarf, mitten) = (Unique("HAT").ToUpperInvariant(), Unique("SCARF").ToUpperInvariant(), Unique("MITT").ToUpperInvariant());
        string Product(string sku) => Row(("Slug", sku.ToLowerInvariant()), ("Sku", sku), ("Name", "Wool " + sku), ("Category", category),
            ("Price", "25.00"), ("Published", "true"), ("Stock", "4"), ("Description", "Warm"));
        var columns = CatalogFile.Columns.Length;

        var report = await ImportAsync(Csv(
            Product(hat) + ", soft merino wool. Hand wash only.", // an unquoted comma in the last column
            Product(scarf),
            Product(mitten)[..^",Warm".Length])); // a cell short

        Assert.That(report.Applied, Is.False);
        Assert.That(report.Problems.Select(p => $"{p.Line}: {p.Message}"), Is.EqualTo(new[]
        {
            $"2: This line has {columns + 1} values and the header {columns}: put text that contains commas in double quotes (\"Warm, soft\"), as a spreadsheet's CSV does.",
            $"4: This line has {columns - 1} values and the header {columns}: put text that contains commas in double quotes (\"Warm, soft\"), as a spreadsheet's CSV does.",
        }));
        Assert.That(await App.WithDbAsync(db => db.Products.CountAsync(p => p.Sku == hat || p.Sku == scarf || p.Sku == mitten)), Is.Zero);
    }

    [Test]
    public async Task A_fourth_option_is_refused()
    {
        var tee = new Tee(Unique("tee"), Unique("TEE").ToUpperInvariant(), await CategoryAsync());
        var csv = string.Join("\r\n", string.Join(",", CatalogFile.Columns) + ",Option4Name,Option4Value",
            tee.Variant("S", "Red", "1") + ",Fit,Slim");

        var report = await ImportAsync(csv);

        Assert.That(report.Problems.Select(p => $"{p.Line}: {p.Message}"), Does.Contain("2: Option4Name: a product has at most 3 options."));
    }

    [Test]
    public async Task A_variant_sku_given_to_another_combination_is_refused()
    {
        var tee = await NewTeeAsync();

        // The file swaps the SKUs of S / Red and S / Blue: the shop keeps variants by their option values.
        var report = await ImportAsync(Csv(
            tee.Variant("S", "Red", "3", ("VariantSku", $"{tee.Sku}-S-BLUE")), tee.Variant("S", "Blue", "0", ("VariantSku", $"{tee.Sku}-S-RED")),
            tee.Variant("M", "Red", "5"), tee.Variant("M", "Blue", "1")));

        Assert.That(report.Applied, Is.False);
        Assert.That(report.Problems.Select(p => p.Line), Is.EqualTo(new[] { 2, 3 }));
        Assert.That(report.Problems[0].Message, Does.StartWith($"VariantSku {tee.Sku}-S-BLUE is the shop's S / Blue of this product, and this file would make it S / Red"));
        Assert.That((await ProductAsync(tee.Sku)).Variants.Single(v => v.Title == "S / Red").Sku, Is.EqualTo($"{tee.Sku}-S-RED"));
    }
}
