using Shop.Web.Admin.Products;

namespace Shop.Tests.Admin;

/// <summary>The catalog CSV with one row per variant: products with options made, changed and exported, and files that come back unchanged.</summary>
public class CatalogCsvTests : CatalogCsvFixture
{
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
