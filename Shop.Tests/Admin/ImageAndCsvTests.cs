using Shop.Web.Admin.Products;
using Shop.Web.Admin.Audit;

namespace Shop.Tests.Admin;

public class ImageAndCsvTests : AdminFixture
{
    private async Task<string?> UploadAsync(int id, byte[] bytes, string name, string type) =>
        (await With<ProductImages, PictureResult>(i => i.UploadAsync(id, [Upload(bytes, name, type)], Staff, CancellationToken.None))).Problems.FirstOrDefault();

    [Test]
    public async Task A_text_file_named_png_is_refused_and_nothing_is_stored()
    {
        var id = await CreateProductAsync();
        var folder = Path.Combine(App.DataDirectory, "media", "products");
        var before = Directory.Exists(folder) ? Directory.GetFiles(folder).Length : 0;

        var refusal = await UploadAsync(id, Encoding.UTF8.GetBytes("this is not a picture"), "photo.png", "image/png");

        Assert.That(refusal, Is.EqualTo("That file is not a PNG, JPEG or WebP picture."));
        Assert.That(Directory.Exists(folder) ? Directory.GetFiles(folder).Length : 0, Is.EqualTo(before));
        Assert.That(await App.WithDbAsync(db => db.Products.Where(p => p.Id == id).Select(p => p.ImagePath).SingleAsync()), Is.Null);
    }

    [Test]
    public async Task A_file_with_png_bytes_that_does_not_decode_is_refused()
    {
        var id = await CreateProductAsync();
        var broken = AdminFixture.SmallPng().Take(20).ToArray();

        var refusal = await UploadAsync(id, broken, "photo.png", "image/png");

        Assert.That(refusal, Does.Contain("could not be read"));
    }

    [Test]
    public async Task A_real_png_is_stored_under_a_new_name_as_square_renditions_and_shown_on_the_product()
    {
        var id = await CreateProductAsync();

        var refusal = await UploadAsync(id, AdminFixture.SmallPng(640, 480), "../../evil name.png", "image/png");

        var path = await App.WithDbAsync(db => db.Products.Where(p => p.Id == id).Select(p => p.ImagePath).SingleAsync());
        Assert.That(refusal, Is.Null);
        Assert.That(path, Does.Match("^/media/products/[0-9a-f]{32}-640\\.webp$"));
        var name = Path.GetFileName(Shop.Web.Shared.Pictures.NameOf(path)!);
        Assert.Multiple(() =>
        {
            foreach (var width in Shop.Web.Shared.Pictures.Widths)
            foreach (var extension in new[] { "webp", "jpg" })
            {
                using var rendition = SkiaSharp.SKBitmap.Decode(Path.Combine(App.DataDirectory, "media", "products", $"{name}-{width}.{extension}"));
                Assert.That((rendition?.Width, rendition?.Height), Is.EqualTo(((int?)width, (int?)width)), $"{width}.{extension}");
            }
        });
        Assert.That(await App.WithDbAsync(db => db.AuditEntries.AnyAsync(e => e.EntityId == id.ToString() && e.Action == "PicturesAdded")), Is.True);
    }

    [Test]
    public async Task A_picture_over_5_mb_is_refused_before_it_is_read()
    {
        var id = await CreateProductAsync();
        var huge = new byte[(int)ProductImages.MaxBytes + 1];
        AdminFixture.SmallPng().CopyTo(huge, 0);

        var refusal = await UploadAsync(id, huge, "big.png", "image/png");

        Assert.That(refusal, Does.Contain("larger than 5 MB"));
    }

    private Task<CatalogImportReport> ImportAsync(string csv) =>
        With<CatalogImport, CatalogImportReport>(c => c.ImportAsync(new MemoryStream(Encoding.UTF8.GetBytes(csv)), Staff, CancellationToken.None));

    private async Task<(string Sku, string CategorySlug)> ExistingAsync(int id) => await App.WithDbAsync(async db =>
        await db.Products.Where(p => p.Id == id).Select(p => new ValueTuple<string, string>(p.Sku, p.Category!.Slug)).SingleAsync());

    [Test]
    public async Task An_import_with_bad_rows_is_refused_whole_with_line_numbers_and_reasons()
    {
        var id = await CreateProductAsync(stock: 4);
        var (sku, category) = await ExistingAsync(id);
        var newSku = Unique("NEW").ToUpperInvariant();
        var csv = string.Join("\n",
            "Sku,Name,Slug,Category,Price,CompareAtPrice,Stock,Published,Description",
            $"{sku},Renamed lamp,{Unique("renamed")},{category},12.00,,4,true,fine row",
            $"{newSku},New thing,{Unique("new-thing")},{category},abc,,2,true,bad price",
            $"{Unique("X").ToUpperInvariant()},Other,{Unique("other")},no-such-category,5.00,,-1,maybe,bad category stock and flag",
            $"{newSku},Dup,{Unique("dup")},{category},5.00,,1,false,duplicate sku");

        var report = await ImportAsync(csv);

        var lines = report.Problems.Select(p => p.Line).Distinct().ToList();
        var messages = string.Join("\n", report.Problems.Select(p => $"{p.Line}: {p.Message}"));
        Assert.Multiple(async () =>
        {
            Assert.That(report.Applied, Is.False);
            Assert.That(lines, Is.EqualTo(new[] { 3, 4, 5 }), messages);
            Assert.That(messages, Does.Contain("3: Price: 'abc' is not a number"));
            Assert.That(messages, Does.Contain("4: Category: there is no category 'no-such-category'."));
            Assert.That(messages, Does.Contain("4: Published: use true or false"));
            Assert.That(messages, Does.Contain("4: Stock: give a whole number"));
            Assert.That(messages, Does.Contain($"5: SKU {newSku} is also on line 3."));
            Assert.That(await App.WithDbAsync(db => db.Products.Where(p => p.Id == id).Select(p => p.Name).SingleAsync()), Does.StartWith("Test lamp"));
            Assert.That(await App.WithDbAsync(db => db.Products.AnyAsync(p => p.Sku == newSku)), Is.False);
        });
    }

    [Test]
    public async Task A_valid_import_updates_by_sku_creates_new_products_and_records_stock_changes()
    {
        var id = await CreateProductAsync(stock: 4);
        var (sku, category) = await ExistingAsync(id);
        var newSku = Unique("NEW").ToUpperInvariant();
        var newSlug = Unique("imported-chair");
        var csv = string.Join("\r\n",
            "Sku,Name,Slug,Category,Price,CompareAtPrice,Stock,Published,Description",
            $"{sku},Renamed lamp,{Unique("renamed-lamp")},{category},12.00,15.00,9,false,\"Now with a, comma\"",
            $"{newSku},Imported chair,{newSlug},{category},49.90,,3,true,A chair");

        var report = await ImportAsync(csv);

        Assert.That(report.Problems, Is.Empty);
        Assert.That((report.Created, report.Updated), Is.EqualTo((1, 1)));
        var (updated, created, movement) = await App.WithDbAsync(async db => (
            await db.Products.SingleAsync(p => p.Id == id),
            await db.Products.SingleAsync(p => p.Sku == newSku),
            await db.StockMovements.Where(m => m.ProductId == id).OrderByDescending(m => m.Id).FirstAsync()));
        Assert.Multiple(() =>
        {
            Assert.That((updated.Name, updated.Price, updated.CompareAtPrice, updated.Stock.OnHand, updated.IsPublished),
                Is.EqualTo(("Renamed lamp", 12.00m, (decimal?)15.00m, 9, false)));
            Assert.That(updated.Description, Is.EqualTo("Now with a, comma"));
            Assert.That((movement.Delta, movement.Reason), Is.EqualTo((5, Shop.Domain.Catalog.StockMovementReason.Correction)));
            Assert.That((created.Name, created.Slug, created.Price, created.Stock.OnHand, created.IsPublished),
                Is.EqualTo(("Imported chair", newSlug, 49.90m, 3, true)));
        });
    }

    [Test]
    public async Task An_export_can_be_imported_again_without_changes()
    {
        var export = await With<CatalogExport, byte[]>(c => c.ExportAsync(CancellationToken.None));
        var text = Encoding.UTF8.GetString(export);
        Assert.That(text, Does.StartWith("Slug,Sku,Name,Category,Price,CompareAtPrice,Published,Digital,Brand,Option1Name,Option1Value,"));

        var report = await ImportAsync(text);

        Assert.That(report.Problems, Is.Empty, string.Join("\n", report.Problems.Take(5)));
        Assert.That((report.Created, report.Updated), Is.EqualTo((0, 0)));
    }

    [Test]
    public async Task A_file_without_the_expected_columns_is_refused()
    {
        var report = await ImportAsync("Name,Price\nLamp,10\n");

        Assert.That(report.Applied, Is.False);
        Assert.That(report.Problems.Single().Message, Does.StartWith("The header row lacks the columns Sku, Slug, Category"));
    }
}
