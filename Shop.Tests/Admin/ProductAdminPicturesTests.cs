using Shop.Web.Shared;
using SkiaSharp;

namespace Shop.Tests.Admin;

/// <summary>Staff upload several pictures at once, order them, describe them and remove them, through the editor's forms.</summary>
public class ProductAdminPicturesTests : ProductEditorFixture
{
    private static readonly SKColor[] Colours = [SKColors.Red, SKColors.Green, SKColors.Blue];

    private static byte[] Png(SKColor colour, int width = 300, int height = 200)
    {
        using var bitmap = new SKBitmap(width, height);
        bitmap.Erase(colour);
        using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }

    private string FileOf(string webPath) => Path.Combine(App.DataDirectory, "media", "products", Path.GetFileName(webPath));

    /// <summary>The colour in the middle of a picture's small JPEG rendition.</summary>
    private SKColor MiddleOf(string path)
    {
        using var small = SKBitmap.Decode(FileOf(Pictures.Small(path)));
        return small.GetPixel(small.Width / 2, small.Height / 2);
    }

    private static bool Near(SKColor a, SKColor b) => Math.Abs(a.Red - b.Red) + Math.Abs(a.Green - b.Green) + Math.Abs(a.Blue - b.Blue) < 60;

    private async Task<(int Id, IDocument Page)> WithPicturesAsync(HttpClient client)
    {
        var id = await CreateProductAsync();
        var uploaded = await PostFilesAsync(client, await EditorAsync(client, id), "form.picture-upload-form",
            Colours.Select((c, i) => ($"photo-{i}.png", Png(c))));
        AssertRedirected(uploaded);
        return (id, await client.FollowAsync(uploaded));
    }

    private static List<string> Gallery(Product p) => p.Images.OrderBy(i => i.Position).Select(i => i.Path).ToList();

    [Test]
    public async Task Several_pictures_go_up_at_once_as_renditions_in_the_order_chosen()
    {
        using var client = await StaffAsync();

        var (id, page) = await WithPicturesAsync(client);

        var product = await ProductAsync(id);
        var paths = Gallery(product);
        Assert.Multiple(() =>
        {
            Assert.That(page.Text(".admin-notice"), Is.EqualTo("3 pictures uploaded."));
            Assert.That(paths, Has.Count.EqualTo(3).And.Unique);
            Assert.That(paths, Has.All.Match("^/media/products/[0-9a-f]{32}-640\\.webp$"));
            Assert.That(product.ImagePath, Is.EqualTo(paths[0]), "the first is the main picture");
            Assert.That(paths.Select(MiddleOf).Zip(Colours, Near), Has.All.True, "in the order chosen");
            foreach (var path in paths)
            foreach (var width in Pictures.Widths)
            foreach (var extension in new[] { "webp", "jpg" })
            {
                using var rendition = SKBitmap.Decode(FileOf($"{Pictures.NameOf(path)}-{width}.{extension}"));
                Assert.That((rendition?.Width, rendition?.Height), Is.EqualTo(((int?)width, (int?)width)), $"{path} {width} {extension}");
            }
            Assert.That(page.QuerySelectorAll(".picture-list img").Select(i => i.GetAttribute("src")), Is.EqualTo(paths.Select(Pictures.Small)));
        });
    }

    [Test]
    public async Task One_bad_file_among_several_stores_none_and_names_it()
    {
        using var client = await StaffAsync();
        var id = await CreateProductAsync();
        var folder = Path.Combine(App.DataDirectory, "media", "products");
        var before = Directory.Exists(folder) ? Directory.GetFiles(folder).Length : 0;

        var response = await PostFilesAsync(client, await EditorAsync(client, id), "form.picture-upload-form",
            [("good.png", Png(SKColors.Red)), ("notes.png", Encoding.UTF8.GetBytes("not a picture"))]);
        var page = await response.ReadHtmlAsync();

        Assert.Multiple(async () =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(page.Text(".picture-problems"), Is.EqualTo("notes.png: That file is not a PNG, JPEG or WebP picture."));
            Assert.That((await ProductAsync(id)).Images, Is.Empty);
            Assert.That(Directory.Exists(folder) ? Directory.GetFiles(folder).Length : 0, Is.EqualTo(before));
        });
    }

    [Test]
    public async Task A_picture_over_the_pixel_limit_is_refused_with_its_size_and_the_limit_not_as_unreadable()
    {
        using var client = await StaffAsync();
        var id = await CreateProductAsync();
        var large = BlankPng(8000, 6000); // a 48 MP photo's size, in a few kilobytes

        var response = await PostFilesAsync(client, await EditorAsync(client, id), "form.picture-upload-form", [("large.png", large)]);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((await response.ReadHtmlAsync()).Text(".picture-problems"),
            Is.EqualTo("This picture is 8000×6000 pixels, 48 megapixels; the most is 40 (e.g. 7000×5000). Make it smaller and upload it again."));
        Assert.That((await ProductAsync(id)).Images, Is.Empty);
    }

    /// <summary>A valid black-and-white PNG of that size: one bit a pixel, rows of zeros, compressed.</summary>
    private static byte[] BlankPng(int width, int height)
    {
        static byte[] BigEndian(int value) => [(byte)(value >> 24), (byte)(value >> 16), (byte)(value >> 8), (byte)value];
        static uint Crc(IEnumerable<byte> bytes)
        {
            var c = 0xFFFFFFFFu;
            foreach (var b in bytes)
            {
                c ^= b;
                for (var k = 0; k < 8; k++) c = (c & 1) != 0 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            }
            return ~c;
        }
        static byte[] Chunk(string type, byte[] data)
        {
            byte[] typed = [.. Encoding.ASCII.GetBytes(type), .. data];
            return [.. BigEndian(data.Length), .. typed, .. BigEndian((int)Crc(typed))];
        }
        using var rows = new MemoryStream();
        using (var zlib = new System.IO.Compression.ZLibStream(rows, System.IO.Compression.CompressionLevel.Optimal))
        {
            var row = new byte[1 + (width + 7) / 8]; // filter byte, then the pixels
            for (var y = 0; y < height; y++) zlib.Write(row);
        }
        return [0x89, .. "PNG\r\n\x1a\n"u8.ToArray(), .. Chunk("IHDR", [.. BigEndian(width), .. BigEndian(height), 1, 0, 0, 0, 0]),
            .. Chunk("IDAT", rows.ToArray()), .. Chunk("IEND", [])];
    }

    [Test]
    public async Task Pictures_move_up_and_down_and_the_first_is_the_main_one()
    {
        using var client = await StaffAsync();
        var (id, page) = await WithPicturesAsync(client);
        var paths = Gallery(await ProductAsync(id));

        var up = await client.SubmitFormAsync(page, ".picture-item:nth-child(3) form.picture-move-form", new Dictionary<string, string?> { ["to"] = "up" });
        AssertRedirected(up);
        page = await client.FollowAsync(up);
        var afterUp = await ProductAsync(id);
        var down = await client.SubmitFormAsync(page, ".picture-item:nth-child(1) form.picture-move-form", new Dictionary<string, string?> { ["to"] = "down" });
        AssertRedirected(down);
        page = await client.FollowAsync(down);

        var afterDown = await ProductAsync(id);
        Assert.Multiple(() =>
        {
            Assert.That(Gallery(afterUp), Is.EqualTo(new[] { paths[0], paths[2], paths[1] }));
            Assert.That(Gallery(afterDown), Is.EqualTo(new[] { paths[2], paths[0], paths[1] }));
            Assert.That(afterDown.ImagePath, Is.EqualTo(paths[2]), "the new first is the main picture");
            Assert.That(page.QuerySelector(".picture-item:nth-child(1) button[value='up']")!.HasAttribute("disabled"), Is.True);
            Assert.That(page.QuerySelector(".picture-item:nth-child(3) button[value='down']")!.HasAttribute("disabled"), Is.True);
        });
    }

    [Test]
    public async Task A_picture_gets_its_alt_text_and_a_too_long_one_is_refused()
    {
        using var client = await StaffAsync();
        var (id, page) = await WithPicturesAsync(client);

        AssertRedirected(await client.SubmitFormAsync(page, ".picture-item:nth-child(2) form.picture-alt-form",
            new Dictionary<string, string?> { ["altText"] = "  Lamp seen from the side  " }));
        var tooLong = await client.SubmitFormAsync(page, ".picture-item:nth-child(1) form.picture-alt-form",
            new Dictionary<string, string?> { ["altText"] = new string('x', 201) });

        var images = (await ProductAsync(id)).Images.OrderBy(i => i.Position).ToList();
        Assert.Multiple(async () =>
        {
            Assert.That(images.Select(i => i.AltText), Is.EqualTo(new[] { "", "Lamp seen from the side", "" }));
            Assert.That(tooLong.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That((await tooLong.ReadHtmlAsync()).Text(".picture-problems"), Does.Contain("200 characters"));
        });
    }

    [Test]
    public async Task Removing_a_picture_deletes_its_files_and_takes_it_off_the_variants_showing_it()
    {
        using var client = await StaffAsync();
        var (id, page) = await WithPicturesAsync(client);
        var paths = Gallery(await ProductAsync(id));
        page = await client.FollowAsync(await DefineOptionsAsync(client, page, ("Size", "S, M")));
        AssertRedirected(await SaveGridAsync(client, page, ("M", "ImagePath", paths[0])));

        var removed = await client.SubmitFormAsync(await EditorAsync(client, id), ".picture-item:nth-child(1) form.picture-remove-form");

        AssertRedirected(removed);
        var product = await ProductAsync(id);
        Assert.Multiple(() =>
        {
            Assert.That(Gallery(product), Is.EqualTo(paths.Skip(1)));
            Assert.That(product.ImagePath, Is.EqualTo(paths[1]));
            Assert.That(product.Variants.Single(v => v.Title == "M").ImagePath, Is.Null);
            foreach (var width in Pictures.Widths)
            {
                Assert.That(File.Exists(FileOf($"{Pictures.NameOf(paths[0])}-{width}.webp")), Is.False);
                Assert.That(File.Exists(FileOf($"{Pictures.NameOf(paths[0])}-{width}.jpg")), Is.False);
                Assert.That(File.Exists(FileOf($"{Pictures.NameOf(paths[1])}-{width}.jpg")), Is.True, "the others stay");
            }
        });
    }

    [Test]
    public async Task A_new_product_can_be_created_with_its_pictures()
    {
        using var client = await StaffAsync();
        var (_, page) = await client.GetPageAsync("/admin/products/new");
        var form = await NewProductFormAsync(stock: 2);

        var created = await PostFilesAsync(client, page, "form.product-form", [("front.png", Png(SKColors.Green)), ("back.png", Png(SKColors.Blue))],
            new Dictionary<string, string>
            {
                ["Name"] = form.Name!, ["Slug"] = form.Slug!, ["Sku"] = form.Sku!, ["Price"] = "12.00", ["InitialStock"] = "2",
                ["CategoryId"] = form.CategoryId!.Value.ToString(), ["IsPublished"] = "true",
            });

        AssertRedirected(created);
        var product = await App.WithDbAsync(db => db.Products.AsNoTracking().SingleAsync(p => p.Sku == form.Sku));
        Assert.Multiple(() =>
        {
            Assert.That(Gallery(product).Select(MiddleOf).Zip(new[] { SKColors.Green, SKColors.Blue }, Near), Is.EqualTo(new[] { true, true }));
            Assert.That(product.Stock.OnHand, Is.EqualTo(2));
        });
    }

    [Test]
    public async Task A_refused_picture_on_the_new_product_form_creates_nothing()
    {
        using var client = await StaffAsync();
        var (_, page) = await client.GetPageAsync("/admin/products/new");
        var form = await NewProductFormAsync();

        var response = await PostFilesAsync(client, page, "form.product-form", [("front.png", Encoding.UTF8.GetBytes("nope"))],
            new Dictionary<string, string>
            {
                ["Name"] = form.Name!, ["Slug"] = form.Slug!, ["Sku"] = form.Sku!, ["Price"] = "12.00", ["InitialStock"] = "0",
                ["CategoryId"] = form.CategoryId!.Value.ToString(),
            });
        var refused = await response.ReadHtmlAsync();

        Assert.Multiple(async () =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(refused.Text("[data-valmsg-for='pictures']"), Does.Contain("not a PNG, JPEG or WebP"));
            Assert.That(refused.QuerySelector("input[name='Name']")!.GetAttribute("value"), Is.EqualTo(form.Name));
            Assert.That(await App.WithDbAsync(db => db.Products.AnyAsync(p => p.Sku == form.Sku)), Is.False);
        });
    }

    [Test]
    public void A_photo_stored_sideways_is_turned_upright_as_its_exif_orientation_says()
    {
        // Left half red, right half blue, stored with "rotate 90° clockwise to show" (EXIF orientation 6).
        using var bitmap = new SKBitmap(200, 100);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(SKColors.Blue);
            using var red = new SKPaint { Color = SKColors.Red };
            canvas.DrawRect(0, 0, 100, 100, red);
        }
        using var jpeg = bitmap.Encode(SKEncodedImageFormat.Jpeg, 95);

        var renditions = Shop.Web.Admin.Products.PictureRenditions.Make(WithOrientation(jpeg.ToArray(), 6))!;

        using var small = SKBitmap.Decode(renditions.Single(r => r.Suffix == "-320.jpg").Bytes);
        Assert.Multiple(() =>
        {
            Assert.That(Near(small.GetPixel(160, 60), SKColors.Red), Is.True, $"top is the left side: {small.GetPixel(160, 60)}");
            Assert.That(Near(small.GetPixel(160, 260), SKColors.Blue), Is.True, $"bottom is the right side: {small.GetPixel(160, 260)}");
        });
    }

    /// <summary>The JPEG with an EXIF block (APP1) that holds only an orientation.</summary>
    private static byte[] WithOrientation(byte[] jpeg, byte orientation)
    {
        byte[] tiff =
        [
            (byte)'M', (byte)'M', 0, 42, 0, 0, 0, 8, // big-endian header, first directory at 8
            0, 1, // one entry
            0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, orientation, 0, 0, // Orientation, SHORT, 1 value
            0, 0, 0, 0, // no next directory
        ];
        var exif = "Exif\0\0"u8.ToArray().Concat(tiff).ToArray();
        var length = exif.Length + 2;
        byte[] app1 = [0xFF, 0xE1, (byte)(length >> 8), (byte)length, .. exif];
        return [.. jpeg[..2], .. app1, .. jpeg[2..]];
    }
}
