using Shop.Web.Admin.Products;

namespace Shop.Tests.Admin;

/// <summary>The catalog CSV with one row per variant: products with options, round trips, and the rows it refuses.</summary>
public class CatalogCsvTests : AdminFixture
{
    private Task<CatalogImportReport> ImportAsync(string csv) =>
        With<CatalogImport, CatalogImportReport>(c => c.ImportAsync(new MemoryStream(Encoding.UTF8.GetBytes(csv)), Staff, CancellationToken.None));

    private async Task<string> ExportAsync() => Encoding.UTF8.GetString(await With<CatalogExport, byte[]>(c => c.ExportAsync(CancellationToken.None)));

    private Task<string> CategoryAsync() => App.WithDbAsync(db => db.Categories.OrderBy(c => c.Id).Select(c => c.Slug).FirstAsync());

    private Task<Product> ProductAsync(string sku) => App.WithDbAsync(db => db.Products.AsNoTracking().SingleAsync(p => p.Sku == sku));

    private Task<int> MovementsAsync() => App.WithDbAsync(db => db.StockMovements.CountAsync());

    private static string Csv(params string[] rows) => string.Join("\r\n", [string.Join(",", CatalogFile.Columns), .. rows]);

    /// <summary>A row in the file's column order; columns not given are empty.</summary>
    private static string Row(params (string Column, string Value)[] cells)
    {
        foreach (var (column, _) in cells) Assert.That(CatalogFile.Columns, Does.Contain(column));
        static string Cell(string value) => value.Contains(',') || value.Contains('"') ? $"\"{value.Replace("\"", "\"\"")}\"" : value;
        return string.Join(",", CatalogFile.Columns.Select(c => Cell(cells.LastOrDefault(x => x.Column == c).Value ?? "")));
    }

    private sealed record Tee(string Slug, string Sku, string Category)
    {
        public (string, string)[] Product => [("Slug", Slug), ("Sku", Sku), ("Name", "Tee " + Slug), ("Category", Category), ("Price", "20.00"), ("Published", "true"), ("Description", "A tee")];

        public string Variant(string size, string colour, string stock, params (string, string)[] more) =>
            Row([.. Product, ("Option1Name", "Size"), ("Option1Value", size), ("Option2Name", "Colour"), ("Option2Value", colour),
                ("VariantSku", $"{Sku}-{size}-{colour}".ToUpperInvariant()), ("Stock", stock), ("VariantPublished", "true"), .. more]);
    }

    private async Task<Tee> NewTeeAsync()
    {
        var tee = new Tee(Unique("tee"), Unique("TEE").ToUpperInvariant(), await CategoryAsync());
        var report = await ImportAsync(Csv(
            tee.Variant("S", "Red", "3"), tee.Variant("S", "Blue", "0"), tee.Variant("M", "Red", "5", ("VariantPrice", "22.50"), ("WeightGrams", "180")),
            tee.Variant("M", "Blue", "1")));
        Assert.That(report.Problems, Is.Empty, string.Join("\n", report.Problems));
        return tee;
    }

    [Test]
    public async Task A_new_product_in_size_and_colour_is_made_from_its_rows()
    {
        var category = await CategoryAsync();
        var slug = Unique("hoodie");
        var sku = Unique("HOOD").ToUpperInvariant();
        // The first row carries the product columns; the others leave them empty (or repeat them).
        (string, string)[] product = [("Slug", slug), ("Sku", sku), ("Name", "Hoodie"), ("Category", category), ("Price", "45.00"), ("Published", "true")];
        string Variant(string size, string colour, string stock, string price = "", bool full = false) =>
            Row([.. full ? product : [("Slug", slug)], ("Option1Name", full ? "Size" : ""), ("Option1Value", size), ("Option2Name", full ? "Colour" : ""),
                ("Option2Value", colour), ("VariantSku", $"{sku}-{size}-{colour}"), ("VariantPrice", price), ("Stock", stock)]);
        var before = await MovementsAsync();

        var report = await ImportAsync(Csv(
            Variant("S", "Grey", "4", full: true), Variant("S", "Navy", "0"), Variant("M", "Grey", "7", "49.00"), Variant("M", "Navy", "2", full: true)));

        Assert.That(report.Problems, Is.Empty, string.Join("\n", report.Problems));
        Assert.That((report.Created, report.Updated), Is.EqualTo((1, 0)));
        var hoodie = await ProductAsync(sku);
        var movements = await App.WithDbAsync(db => db.StockMovements.Where(m => m.ProductId == hoodie.Id).ToListAsync());
        Assert.Multiple(async () =>
        {
            Assert.That(hoodie.Options.OrderBy(o => o.Position).Select(o => $"{o.Name}: {string.Join(",", o.Values)}"),
                Is.EqualTo(new[] { "Size: S,M", "Colour: Grey,Navy" }));
            Assert.That(hoodie.Variants.OrderBy(v => v.Position).Select(v => (v.Title, v.Sku, hoodie.PriceOf(v), v.StockOnHand)), Is.EqualTo(new[]
            {
                ("S / Grey", $"{sku}-S-GREY", 45.00m, 4), ("S / Navy", $"{sku}-S-NAVY", 45.00m, 0),
                ("M / Grey", $"{sku}-M-GREY", 49.00m, 7), ("M / Navy", $"{sku}-M-NAVY", 45.00m, 2),
            }));
            Assert.That(hoodie.Variants.All(v => v.IsPublished), Is.True, "an empty VariantPublished is on sale");
            Assert.That(movements.Select(m => (m.VariantId, m.Delta, m.Reason)).OrderBy(m => m.VariantId), Is.EqualTo(hoodie.Variants
                .Where(v => v.StockOnHand > 0).Select(v => (v.Id, v.StockOnHand, StockMovementReason.Received)).OrderBy(m => m.Id)));
            Assert.That(await MovementsAsync(), Is.EqualTo(before + 3));
            Assert.That(await App.WithDbAsync(db => db.AuditEntries.CountAsync(e => e.EntityId == hoodie.Id.ToString() && e.Action == "Imported")), Is.EqualTo(1));
        });
    }

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
    public async Task A_variants_content_comes_in_goes_out_and_one_that_cannot_be_read_is_named()
    {
        var tee = await NewTeeAsync();
        string[] rows = [tee.Variant("S", "Red", "3", ("Content", "0,5 l")), tee.Variant("S", "Blue", "0"),
            tee.Variant("M", "Red", "5", ("VariantPrice", "22.50"), ("WeightGrams", "180")), tee.Variant("M", "Blue", "1")];

        var report = await ImportAsync(Csv(rows));
        var exported = (await ExportAsync()).Split("\r\n").Where(l => l.StartsWith(tee.Slug + ",", StringComparison.Ordinal)).Select(l => l.Split(',')).ToList();
        rows[1] = tee.Variant("S", "Blue", "0", ("Content", "a lot"));
        var refused = await ImportAsync(Csv(rows));

        var contents = await App.WithDbAsync(db => db.Variants.Where(v => v.Sku.StartsWith(tee.Sku)).ToDictionaryAsync(v => v.Sku, v => v.Content));
        var column = Array.IndexOf(CatalogFile.Columns, "Content");
        Assert.Multiple(() =>
        {
            Assert.That(report.Problems, Is.Empty, string.Join("\n", report.Problems));
            Assert.That(contents[$"{tee.Sku}-S-RED"], Is.EqualTo(NetContent.Parse("0.5 l")));
            Assert.That(contents[$"{tee.Sku}-M-RED"], Is.Null, "an empty cell: the product's content");
            Assert.That(exported.Select(r => r[column]), Is.EquivalentTo(new[] { "0.5 l", "", "", "" }));
            Assert.That(refused.Problems.Select(p => $"{p.Line}: {p.Message}"), Does.Contain($"3: Content: 'a lot' is not a content. {NetContent.Refusal}"));
        });
    }

    [Test]
    public async Task The_Digital_column_marks_a_product_digital_exports_it_and_a_file_without_it_leaves_the_flag()
    {
        var category = await CategoryAsync();
        var sku = Unique("EBOOK").ToUpperInvariant();
        (string, string)[] eBook = [("Slug", sku.ToLowerInvariant()), ("Sku", sku), ("Name", "E-book"), ("Category", category), ("Price", "9.99"),
            ("Published", "true"), ("Stock", "1000")];
        var report = await ImportAsync(Csv(Row([.. eBook, ("Digital", "yes")])));
        Assert.That(report.Problems, Is.Empty, string.Join("\n", report.Problems));
        var exported = (await ExportAsync()).Split("\r\n").Single(l => l.StartsWith(sku.ToLowerInvariant() + ",", StringComparison.Ordinal)).Split(',');

        var withoutColumn = string.Join("\r\n", "Slug,Sku,Name,Category,Price,Stock,Published", $"{sku.ToLowerInvariant()},{sku},E-book,{category},10.99,1000,true");
        var again = await ImportAsync(withoutColumn);
        Assert.Multiple(async () =>
        {
            Assert.That(exported[Array.IndexOf(CatalogFile.Columns, "Digital")], Is.EqualTo("true"));
            Assert.That(again.Problems, Is.Empty, string.Join("\n", again.Problems));
            Assert.That((await ProductAsync(sku)).IsDigital, Is.True, "a file without the column leaves the flag");
            Assert.That((await ImportAsync(Csv(Row([.. eBook, ("Digital", "maybe")])))).Problems.Select(p => p.Message),
                Has.Some.EqualTo("Digital: use true or false, not 'maybe'."));
        });
    }

    [Test]
    public async Task An_export_with_variants_imports_again_without_changes()
    {
        var tee = await NewTeeAsync();
        var before = await ProductAsync(tee.Sku);
        var export = await ExportAsync();
        Assert.That(export, Does.StartWith(string.Join(",", CatalogFile.Columns)));
        Assert.That(export.Split('\n').Count(l => l.StartsWith(tee.Slug + ",", StringComparison.Ordinal)), Is.EqualTo(4), "one row per variant");
        var movements = await MovementsAsync();

        var report = await ImportAsync(export);

        Assert.That(report.Problems, Is.Empty, string.Join("\n", report.Problems.Take(5)));
        Assert.That((report.Created, report.Updated), Is.EqualTo((0, 0)));
        var after = await ProductAsync(tee.Sku);
        Assert.Multiple(async () =>
        {
            Assert.That(after.Version, Is.EqualTo(before.Version));
            Assert.That(after.Variants.Select(v => (v.Id, v.Sku, v.Price, v.StockOnHand, v.WeightGrams, v.IsPublished)),
                Is.EquivalentTo(before.Variants.Select(v => (v.Id, v.Sku, v.Price, v.StockOnHand, v.WeightGrams, v.IsPublished))));
            Assert.That(await MovementsAsync(), Is.EqualTo(movements));
        });
    }

    [Test]
    public async Task Editing_one_variants_price_and_stock_in_an_export_changes_exactly_that()
    {
        var tee = await NewTeeAsync();
        var before = await ProductAsync(tee.Sku);
        var target = before.Variants.Single(v => v.Title == "S / Blue");
        var lines = (await ExportAsync()).Split("\r\n");
        var at = Array.FindIndex(lines, l => l.Contains($",{target.Sku},", StringComparison.Ordinal));
        var cells = lines[at].Split(',');
        cells[Array.IndexOf(CatalogFile.Columns, "VariantPrice")] = "24.00";
        cells[Array.IndexOf(CatalogFile.Columns, "Stock")] = "12";
        lines[at] = string.Join(",", cells);
        var movements = await MovementsAsync();

        var report = await ImportAsync(string.Join("\r\n", lines));

        Assert.That(report.Problems, Is.Empty, string.Join("\n", report.Problems.Take(5)));
        Assert.That((report.Created, report.Updated), Is.EqualTo((0, 1)));
        var after = await ProductAsync(tee.Sku);
        var movement = await App.WithDbAsync(db => db.StockMovements.OrderByDescending(m => m.Id).FirstAsync());
        Assert.Multiple(async () =>
        {
            Assert.That(after.Variants.Select(v => (v.Id, v.Price, v.StockOnHand)), Is.EquivalentTo(before.Variants.Select(v =>
                v.Id == target.Id ? (v.Id, (decimal?)24.00m, 12) : (v.Id, v.Price, v.StockOnHand))));
            Assert.That((after.Price, after.Name, after.Version), Is.EqualTo((before.Price, before.Name, before.Version + 1)));
            Assert.That(await MovementsAsync(), Is.EqualTo(movements + 1));
            Assert.That((movement.ProductId, movement.VariantId, movement.Delta, movement.OnHandAfter, movement.Reason, movement.Note),
                Is.EqualTo((before.Id, target.Id, 12, 12, StockMovementReason.Correction, "Catalog import")));
        });
    }

    /// <summary>A shopper's purchase, as checkout takes stock.</summary>
    private async Task SellAsync(string variantSku, int quantity)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ShopDbContext>();
        var id = await db.Variants.Where(v => v.Sku == variantSku).Select(v => v.Id).SingleAsync();
        var shortOf = await db.InTransactionAsync(ct => scope.ServiceProvider.GetRequiredService<Shop.Web.Catalog.StockLevels>().TryTakeAsync([(id, quantity)], ct),
            CancellationToken.None);
        Assert.That(shortOf, Is.Null, "sold");
    }

    /// <summary>The export with one variant's Stock cell changed, and that row's line number.</summary>
    private async Task<(string Csv, int Line)> ExportWithStockAsync(string variantSku, string stock)
    {
        var lines = (await ExportAsync()).Split("\r\n");
        var at = Array.FindIndex(lines, l => l.Contains($",{variantSku},", StringComparison.Ordinal));
        var cells = lines[at].Split(',');
        cells[Array.IndexOf(CatalogFile.Columns, "Stock")] = stock;
        lines[at] = string.Join(",", cells);
        return (string.Join("\r\n", lines), at + 1);
    }

    [Test]
    public async Task Units_sold_between_export_and_import_stay_sold_and_the_files_stock_change_applies_to_the_stock_now()
    {
        var tee = await NewTeeAsync(); // S/Red 3, S/Blue 0, M/Red 5, M/Blue 1
        var (redS, redM) = ($"{tee.Sku}-S-RED", $"{tee.Sku}-M-RED");
        var (file, _) = await ExportWithStockAsync(redM, "8"); // staff add 3 to the 5 exported
        await SellAsync(redS, 1);
        await SellAsync(redM, 2);
        var movements = await MovementsAsync();

        var report = await ImportAsync(file);
        var imported = await ProductAsync(tee.Sku);
        var movement = await App.WithDbAsync(db => db.StockMovements.OrderByDescending(m => m.Id).FirstAsync());
        // A hand-made file (no StockAtExport) still sets the stock it gives.
        var handMade = await ImportAsync(Csv(tee.Variant("S", "Red", "3"), tee.Variant("S", "Blue", "0"),
            tee.Variant("M", "Red", "6", ("VariantPrice", "22.50"), ("WeightGrams", "180")), tee.Variant("M", "Blue", "4")));

        Assert.That(report.Problems, Is.Empty, string.Join("\n", report.Problems.Take(5)));
        Assert.Multiple(async () =>
        {
            Assert.That(imported.Variants.OrderBy(v => v.Position).Select(v => (v.Title, v.StockOnHand)), Is.EqualTo(new[]
            {
                ("S / Red", 2), ("S / Blue", 0), ("M / Red", 6), ("M / Blue", 1),
            }), "the sold units stay sold; M / Red gets the file's +3 on the 3 left");
            Assert.That(await MovementsAsync() - movements, Is.EqualTo(1 + 2));
            Assert.That((movement.Delta, movement.OnHandAfter), Is.EqualTo((3, 6)));
            Assert.That(handMade.Problems, Is.Empty, string.Join("\n", handMade.Problems));
            Assert.That((await ProductAsync(tee.Sku)).Variants.OrderBy(v => v.Position).Select(v => v.StockOnHand), Is.EqualTo(new[] { 3, 0, 6, 4 }));
        });
    }

    [Test]
    public async Task A_files_stock_change_that_would_take_stock_below_zero_is_a_problem_for_its_line_and_nothing_is_imported()
    {
        var tee = await NewTeeAsync(); // M/Red 5
        var redM = $"{tee.Sku}-M-RED";
        var (file, line) = await ExportWithStockAsync(redM, "1"); // staff take 4 off the 5 exported
        await SellAsync(redM, 3);
        var file2 = file.Replace($",{tee.Sku}-S-RED,,,,3,3,", $",{tee.Sku}-S-RED,,,,9,3,", StringComparison.Ordinal);
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
    public async Task Adding_a_size_keeps_the_variants_there_were_and_makes_the_new_ones()
    {
        var tee = await NewTeeAsync();
        var before = await ProductAsync(tee.Sku);

        var report = await ImportAsync(Csv(
            tee.Variant("S", "Red", "3"), tee.Variant("S", "Blue", "0"), tee.Variant("M", "Red", "5", ("VariantPrice", "22.50"), ("WeightGrams", "180")),
            tee.Variant("M", "Blue", "1"), tee.Variant("L", "Red", "6"), tee.Variant("L", "Blue", "")));

        Assert.That(report.Problems, Is.Empty, string.Join("\n", report.Problems));
        Assert.That((report.Created, report.Updated), Is.EqualTo((0, 1)));
        var after = await ProductAsync(tee.Sku);
        var large = after.Variants.Single(v => v.Title == "L / Red");
        Assert.Multiple(async () =>
        {
            Assert.That(after.Variants, Has.Count.EqualTo(6));
            Assert.That(before.Variants.Select(v => (v.Id, v.Sku, v.StockOnHand)),
                Is.SubsetOf(after.Variants.Select(v => (v.Id, v.Sku, v.StockOnHand))), "the four there were keep their ids");
            Assert.That((large.Sku, large.StockOnHand), Is.EqualTo(($"{tee.Sku}-L-RED", 6)));
            Assert.That(await App.WithDbAsync(db => db.StockMovements.SingleAsync(m => m.VariantId == large.Id)),
                Has.Property(nameof(StockMovement.Reason)).EqualTo(StockMovementReason.Received));
        });
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
    public async Task A_product_without_options_gains_them_and_keeps_its_variant_under_the_first_combination()
    {
        var id = await CreateProductAsync(stock: 4);
        var plain = await App.WithDbAsync(db => db.Products.AsNoTracking().SingleAsync(p => p.Id == id));
        var category = await CategoryAsync();
        (string, string)[] product = [("Slug", plain.Slug), ("Sku", plain.Sku), ("Name", plain.Name), ("Category", category), ("Price", "25.50"), ("Published", "true")];

        var report = await ImportAsync(Csv(
            Row([.. product, ("Option1Name", "Size"), ("Option1Value", "S"), ("VariantSku", plain.Sku + "-S"), ("Stock", "4")]),
            Row([.. product, ("Option1Name", "Size"), ("Option1Value", "M"), ("VariantSku", plain.Sku + "-M"), ("Stock", "2")])));

        Assert.That(report.Problems, Is.Empty, string.Join("\n", report.Problems));
        var after = await App.WithDbAsync(db => db.Products.AsNoTracking().SingleAsync(p => p.Id == id));
        Assert.That(after.Variants.OrderBy(v => v.Position).Select(v => (v.Title, v.Sku, v.StockOnHand)),
            Is.EqualTo(new[] { ("S", plain.Sku + "-S", 4), ("M", plain.Sku + "-M", 2) }));
        Assert.That(after.DefaultVariant.Id, Is.EqualTo(plain.DefaultVariant.Id), "carts and orders keep pointing at it");
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
    public async Task Cells_that_look_like_formulas_export_with_a_quote_mark_and_import_unchanged()
    {
        var tee = new Tee(Unique("tee"), Unique("TEE").ToUpperInvariant(), await CategoryAsync());
        var created = await ImportAsync(Csv(
            tee.Variant("=1+1", "Red", "1", ("Name", "@Tee"), ("Option1Name", "+Size"), ("VariantSku", tee.Sku + "-A")),
            tee.Variant("-2", "Red", "1", ("Name", "@Tee"), ("Option1Name", "+Size"), ("VariantSku", tee.Sku + "-B"))));
        Assert.That(created.Problems, Is.Empty, string.Join("\n", created.Problems));

        var export = await ExportAsync();
        var report = await ImportAsync(export);

        var row = export.Split("\r\n").First(l => l.StartsWith(tee.Slug + ",", StringComparison.Ordinal));
        Assert.That(row, Does.Contain(",\"'@Tee\",").And.Contain(",\"'+Size\",\"'=1+1\","));
        Assert.That(report.Problems, Is.Empty, string.Join("\n", report.Problems.Take(5)));
        Assert.That((report.Created, report.Updated), Is.EqualTo((0, 0)));
        var after = await ProductAsync(tee.Sku);
        Assert.That((after.Name, after.Options[0].Name, after.Options[0].Values[0]), Is.EqualTo(("@Tee", "+Size", "=1+1")));
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
    public async Task Renaming_a_colour_keeps_its_variants()
    {
        var tee = await NewTeeAsync();
        var before = await ProductAsync(tee.Sku);

        var report = await ImportAsync(Csv(
            tee.Variant("S", "Red", "3"), tee.Variant("S", "Navy", "0", ("VariantSku", $"{tee.Sku}-S-BLUE")),
            tee.Variant("M", "Red", "5", ("VariantPrice", "22.50"), ("WeightGrams", "180")), tee.Variant("M", "Navy", "1", ("VariantSku", $"{tee.Sku}-M-BLUE"))));

        Assert.That(report.Problems, Is.Empty, string.Join("\n", report.Problems));
        var after = await ProductAsync(tee.Sku);
        Assert.That(after.Variants.OrderBy(v => v.Position).Select(v => (v.Id, v.Title)),
            Is.EqualTo(before.Variants.OrderBy(v => v.Position).Select(v => (v.Id, v.Title.Replace("Blue", "Navy")))));
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

    [Test]
    public async Task A_file_in_the_old_format_leaves_a_products_options_alone()
    {
        var tee = await NewTeeAsync();
        const string header = "Sku,Name,Slug,Category,Price,CompareAtPrice,Stock,Published,Description";

        var refused = await ImportAsync($"{header}\n{tee.Sku},Renamed tee,{tee.Slug},{tee.Category},20.00,,9,true,A tee\n");
        var renamed = await ImportAsync($"{header}\n{tee.Sku},Renamed tee,{tee.Slug},{tee.Category},20.00,,,true,A tee\n");

        Assert.That(refused.Problems.Single().Message, Does.StartWith($"SKU {tee.Sku} has options (Size, Colour)"));
        Assert.That(renamed.Problems, Is.Empty, string.Join("\n", renamed.Problems));
        var after = await ProductAsync(tee.Sku);
        Assert.That((after.Name, after.Variants.Count, after.Variants.Sum(v => v.StockOnHand)), Is.EqualTo(("Renamed tee", 4, 9)));
    }
}
