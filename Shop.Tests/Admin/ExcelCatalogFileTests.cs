using Shop.Web.Admin.Products;

namespace Shop.Tests.Admin;

/// <summary>
/// The catalog file as Excel saves it under German or French settings ("CSV UTF-8": a byte order mark, semicolons,
/// decimal commas, CRLF), imported and exported through the real pages.
/// </summary>
public class ExcelCatalogFileTests : StaffPagesFixture
{
    private const string ReadAsExcel = "The file was read as separated by semicolons, with decimal commas (as Excel saves it in German or French).";

    /// <summary>A file exactly as German Excel writes it: BOM, semicolons, CRLF after every line.</summary>
    private static byte[] GermanExcel(params string[] rows) =>
        [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(string.Join("", new[] { string.Join(";", CatalogFile.Columns) }.Concat(rows).Select(l => l + "\r\n")))];

    /// <summary>A row in the file's column order, cells with a semicolon quoted as Excel does; columns not given are empty.</summary>
    private static string Row(params (string Column, string Value)[] cells)
    {
        foreach (var (column, _) in cells) Assert.That(CatalogFile.Columns, Does.Contain(column));
        static string Cell(string value) => value.Contains(';') || value.Contains('"') ? $"\"{value.Replace("\"", "\"\"")}\"" : value;
        return string.Join(";", CatalogFile.Columns.Select(c => Cell(cells.LastOrDefault(x => x.Column == c).Value ?? "")));
    }

    private Task<string> CategorySlugAsync() => App.WithDbAsync(db => db.Categories.OrderBy(c => c.Id).Select(c => c.Slug).FirstAsync());

    private Task<Product> ProductAsync(string sku) => App.WithDbAsync(db => db.Products.AsNoTracking().SingleAsync(p => p.Sku == sku));

    private async Task<HttpResponseMessage> ImportAsync(HttpClient client, byte[] file)
    {
        var (_, page) = await client.GetPageAsync("/admin/products/import");
        return await UploadAsync(client, page, "form.import-form", "file", file, "Katalog.csv", "text/csv");
    }

    private (string, string)[] Lamp(string sku, string category) =>
        [("Slug", sku.ToLowerInvariant()), ("Sku", sku), ("Name", "Stehlampe Größe XL"), ("Category", category), ("Published", "true")];

    [Test]
    public async Task A_German_Excel_file_imports_its_decimal_commas_and_grouped_thousands_and_the_notice_says_how_it_was_read()
    {
        using var client = await App.SignedInBrowserAsync(StaffEmail);
        var category = await CategorySlugAsync();
        var (lamp, tee) = (Unique("LAMP").ToUpperInvariant(), Unique("TEE").ToUpperInvariant());
        (string, string)[] teeProduct = [("Slug", tee.ToLowerInvariant()), ("Sku", tee), ("Name", "Hemd"), ("Category", category), ("Price", "19,99"),
            ("Published", "WAHR"), ("Option1Name", "Farbe")]; // German Excel saves true and false as WAHR and FALSCH
        var file = GermanExcel(
            Row([.. Lamp(lamp, category), ("Price", "1.299,00"), ("CompareAtPrice", "1.499,5"), ("Stock", "1.000"), ("WeightGrams", "1250"),
                ("Content", "0,75 l"), ("Description", "Warm; weich"), ("Digital", "FALSCH")]),
            Row([.. teeProduct, ("Option1Value", "Grün"), ("VariantPrice", "21,50"), ("Stock", "3")]),
            Row([.. teeProduct, ("Option1Value", "Weiß"), ("Stock", "0"), ("VariantPublished", "WAHR")]),
            Row()); // a row Excel writes for cells only formatted: separators alone

        var response = await ImportAsync(client, file);
        var list = await client.FollowAsync(response);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), await response.Content.ReadAsStringAsync());
        var (imported, shirt) = (await ProductAsync(lamp), await ProductAsync(tee));
        Assert.Multiple(() =>
        {
            Assert.That(list.Text(".admin-notice"), Is.EqualTo("Import applied: 2 products created, 0 updated. " + ReadAsExcel));
            Assert.That((imported.Price, imported.CompareAtPrice, imported.Description), Is.EqualTo((1299.00m, (decimal?)1499.50m, "Warm; weich")));
            Assert.That((shirt.IsPublished, imported.IsDigital), Is.EqualTo((true, false)), "WAHR and FALSCH read as true and false");
            Assert.That((imported.DefaultVariant.StockOnHand, imported.DefaultVariant.WeightGrams, imported.DefaultVariant.Content),
                Is.EqualTo((1000, (int?)1250, (NetContent?)new NetContent(0.75m, ContentUnit.Litre))));
            Assert.That(shirt.Variants.OrderBy(v => v.Position).Select(v => (v.Title, v.Sku, shirt.PriceOf(v), v.StockOnHand)), Is.EqualTo(new[]
            {
                ("Grün", tee + "-GRUEN", 21.50m, 3), ("Weiß", tee + "-WEISS", 19.99m, 0),
            }), "SKUs made for the variants write German letters out");
        });
    }

    [Test]
    public async Task Values_a_semicolon_file_cannot_read_by_its_rule_are_named_by_line_and_column_and_nothing_is_imported()
    {
        using var client = await App.SignedInBrowserAsync(StaffEmail);
        var category = await CategorySlugAsync();
        var skus = Enumerable.Range(0, 3).Select(_ => Unique("LAMP").ToUpperInvariant()).ToArray();
        var file = GermanExcel(
            Row([.. Lamp(skus[0], category), ("Price", "19.99"), ("Stock", "1")]),
            Row([.. Lamp(skus[1], category), ("Price", "1.29,00"), ("Stock", "1,5"), ("WeightGrams", "1.25")]),
            Row([.. Lamp(skus[2], category), ("Price", "10"), ("Stock", "2"), ("Content", "1.250 g"), ("Published", "ja")]));

        var response = await ImportAsync(client, file);
        var page = await response.ReadHtmlAsync();

        Assert.Multiple(async () =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(page.Text(".import-read-as"), Is.EqualTo(ReadAsExcel));
            Assert.That(page.Texts(".import-problems li"), Is.EqualTo(new[]
            {
                "Line 2: Price: '19.99' is not an amount such as 19,99 or 1.299,00 (this file is separated by semicolons, so its amounts have decimal commas).",
                "Line 3: Price: '1.29,00' is not an amount such as 19,99 or 1.299,00 (this file is separated by semicolons, so its amounts have decimal commas).",
                "Line 3: WeightGrams: '1.25' is not a whole number such as 1000 or 1.000.",
                "Line 3: Stock: '1,5' is not a whole number such as 1000 or 1.000.",
                "Line 4: Content: '1.250 g' could be read two ways: this file has decimal commas, so write a thousand and more without a dot (1250 g) and decimals with a comma (1,25 g).",
                "Line 4: Published: use true or false, not 'ja'.",
            }));
            Assert.That(await App.WithDbAsync(db => db.Products.CountAsync(p => skus.Contains(p.Sku))), Is.Zero);
        });
    }

    [Test]
    public async Task A_header_that_reads_as_one_column_is_named_as_such_and_never_said_to_lack_Sku()
    {
        using var client = await App.SignedInBrowserAsync(StaffEmail);
        var piped = Encoding.UTF8.GetBytes(string.Join("|", CatalogFile.Columns) + "\r\nlamp|LAMP|Lamp\r\n");
        var withoutStock = Encoding.UTF8.GetBytes("\uFEFF" + string.Join(";", CatalogFile.Columns.Where(c => c != "Stock")) + "\r\nlamp;LAMP;Lamp\r\n");

        var onePage = await (await ImportAsync(client, piped)).ReadHtmlAsync();
        var lacking = await (await ImportAsync(client, withoutStock)).ReadHtmlAsync();

        Assert.Multiple(() =>
        {
            Assert.That(onePage.Texts(".import-problems li"), Is.EqualTo(new[]
            {
                "Line 1: The header row reads as one column ('Slug|Sku|Name|Catego…'): separate the columns with commas, or with semicolons as Excel "
                + "does under German or French settings, and name them as an export does.",
            }));
            Assert.That(onePage.Text(".import-problems"), Does.Not.Contain("lacks"));
            Assert.That(lacking.Texts(".import-problems li").Single(), Does.StartWith("Line 1: The header row lacks the column Stock."),
                "a semicolon header is split into its columns: only the one left out is named");
        });
    }

    [Test]
    public async Task The_product_list_offers_an_export_for_Excel_which_imports_back_unchanged()
    {
        using var client = await App.SignedInBrowserAsync(StaffEmail);
        var category = await CategorySlugAsync();
        var lamp = Unique("LAMP").ToUpperInvariant();
        var created = await ImportAsync(client, GermanExcel(
            Row([.. Lamp(lamp, category), ("Price", "1.299,50"), ("Stock", "7"), ("WeightGrams", "1.250"), ("Content", "0,75 l"), ("Description", "=Hell; warm")])));
        Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), await created.Content.ReadAsStringAsync());
        var before = await ProductAsync(lamp);
        var (_, list) = await client.GetPageAsync("/admin/products");
        var link = list.QuerySelector("a.export-products-excel")!.GetAttribute("href")!;

        var download = await client.GetAsync(link);
        var file = await download.Content.ReadAsByteArrayAsync();
        var text = Encoding.UTF8.GetString(file);
        var row = text.Split("\r\n").Single(l => l.StartsWith(lamp.ToLowerInvariant() + ";", StringComparison.Ordinal)).Split(';');
        var imported = await client.FollowAsync(await ImportAsync(client, file));
        var after = await ProductAsync(lamp);

        Assert.Multiple(() =>
        {
            Assert.That(link, Is.EqualTo("/admin/products/export?format=excel"));
            Assert.That(download.Content.Headers.ContentDisposition?.FileName?.Trim('"'), Does.Match(@"^catalog-\d{4}-\d{2}-\d{2}-excel\.csv$"));
            Assert.That(file.Take(3), Is.EqualTo(Encoding.UTF8.GetPreamble()), "a byte order mark, so Excel reads UTF-8");
            Assert.That(text[1..], Does.StartWith(string.Join(";", CatalogFile.Columns) + "\r\n"));
            Assert.That(Column(row, "Price"), Is.EqualTo("1299,50"));
            Assert.That((Column(row, "Stock"), Column(row, "WeightGrams"), Column(row, "Published")), Is.EqualTo(("7", "1250", "true")));
            Assert.That(row[^1], Is.EqualTo("0,75 l"), "Content, the last column (the quoted Description before it holds a semicolon)");
            Assert.That(imported.Text(".admin-notice"), Is.EqualTo("Import applied: 0 products created, 0 updated. " + ReadAsExcel));
            Assert.That((after.Version, after.Price, after.Description, after.DefaultVariant.StockOnHand, after.DefaultVariant.WeightGrams, after.DefaultVariant.Content),
                Is.EqualTo((before.Version, 1299.50m, "=Hell; warm", 7, (int?)1250, before.DefaultVariant.Content)));
        });
    }

    private static string Column(string[] row, string column) => row[Array.IndexOf(CatalogFile.Columns, column)];

    [Test]
    public async Task The_default_export_stays_commas_and_decimal_points_and_an_unknown_format_is_refused()
    {
        using var client = await App.SignedInBrowserAsync(StaffEmail);

        var plain = await client.GetByteArrayAsync("/admin/products/export");
        var unknown = await client.GetAsync("/admin/products/export?format=xlsx");

        Assert.Multiple(async () =>
        {
            Assert.That(Encoding.UTF8.GetString(plain), Does.StartWith(string.Join(",", CatalogFile.Columns) + "\r\n"), "no byte order mark, commas");
            Assert.That(unknown.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(await unknown.Content.ReadAsStringAsync(), Does.Contain("There is no export format 'xlsx'"));
        });
    }
}
