using Shop.Web.Admin.Products;

namespace Shop.Tests.Admin;

/// <summary>What the catalog CSV's tests share: a file built from named cells, an import and an export, a tee in two options.</summary>
public abstract class CatalogCsvFixture : AdminFixture
{
    protected Task<CatalogImportReport> ImportAsync(string csv) =>
        With<CatalogImport, CatalogImportReport>(c => c.ImportAsync(new MemoryStream(Encoding.UTF8.GetBytes(csv)), Staff, CancellationToken.None));

    protected async Task<string> ExportAsync() => Encoding.UTF8.GetString(await With<CatalogExport, byte[]>(c => c.ExportAsync(CancellationToken.None)));

    protected Task<string> CategoryAsync() => App.WithDbAsync(db => db.Categories.OrderBy(c => c.Id).Select(c => c.Slug).FirstAsync());

    protected Task<Product> ProductAsync(string sku) => App.WithDbAsync(db => db.Products.AsNoTracking().SingleAsync(p => p.Sku == sku));

    protected Task<int> MovementsAsync() => App.WithDbAsync(db => db.StockMovements.CountAsync());

    protected static string Csv(params string[] rows) => string.Join("\r\n", [string.Join(",", CatalogFile.Columns), .. rows]);

    /// <summary>A row in the file's column order; columns not given are empty.</summary>
    protected static string Row(params (string Column, string Value)[] cells)
    {
        foreach (var (column, _) in cells) Assert.That(CatalogFile.Columns, Does.Contain(column));
        static string Cell(string value) => value.Contains(',') || value.Contains('"') ? $"\"{value.Replace("\"", "\"\"")}\"" : value;
        return string.Join(",", CatalogFile.Columns.Select(c => Cell(cells.LastOrDefault(x => x.Column == c).Value ?? "")));
    }

    protected sealed record Tee(string Slug, string Sku, string Category)
    {
        public (string, string)[] Product => [("Slug", Slug), ("Sku", Sku), ("Name", "Tee " + Slug), ("Category", Category), ("Price", "20.00"), ("Published", "true"), ("Description", "A tee")];

        public string Variant(string size, string colour, string stock, params (string, string)[] more) =>
            Row([.. Product, ("Option1Name", "Size"), ("Option1Value", size), ("Option2Name", "Colour"), ("Option2Value", colour),
                ("VariantSku", $"{Sku}-{size}-{colour}".ToUpperInvariant()), ("Stock", stock), ("VariantPublished", "true"), .. more]);
    }

    protected async Task<Tee> NewTeeAsync()
    {
        var tee = new Tee(Unique("tee"), Unique("TEE").ToUpperInvariant(), await CategoryAsync());
        var report = await ImportAsync(Csv(
            tee.Variant("S", "Red", "3"), tee.Variant("S", "Blue", "0"), tee.Variant("M", "Red", "5", ("VariantPrice", "22.50"), ("WeightGrams", "180")),
            tee.Variant("M", "Blue", "1")));
        Assert.That(report.Problems, Is.Empty, string.Join("\n", report.Problems));
        return tee;
    }

    /// <summary>A shopper's purchase, as checkout takes stock.</summary>
    protected async Task SellAsync(string variantSku, int quantity)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ShopDbContext>();
        var id = await db.Variants.Where(v => v.Sku == variantSku).Select(v => v.Id).SingleAsync();
        var shortOf = await db.InTransactionAsync(ct => scope.ServiceProvider.GetRequiredService<Shop.Web.Catalog.StockLevels>().TryTakeAsync([(id, quantity)], ct),
            CancellationToken.None);
        Assert.That(shortOf, Is.Null, "sold");
    }

    /// <summary>The export with one variant's Stock cell changed, and that row's line number.</summary>
    protected async Task<(string Csv, int Line)> ExportWithStockAsync(string variantSku, string stock)
    {
        var lines = (await ExportAsync()).Split("\r\n");
        var at = Array.FindIndex(lines, l => l.Contains($",{variantSku},", StringComparison.Ordinal));
        var cells = lines[at].Split(',');
        cells[Array.IndexOf(CatalogFile.Columns, "Stock")] = stock;
        lines[at] = string.Join(",", cells);
        return (string.Join("\r\n", lines), at + 1);
    }
}
