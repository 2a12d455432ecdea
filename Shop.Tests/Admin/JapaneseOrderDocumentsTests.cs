using Shop.Tests.Checkout;
using Shop.Tests.Orders;
using Shop.Web.Admin;
using UglyToad.PdfPig;

namespace Shop.Tests.Admin;

/// <summary>
/// An order shipped to Japan prints its name and address in Japanese on the packing slip and the invoice (in the
/// fallback face, Droid Sans Fallback), so the parcel can be delivered; a name with an emoji prints it (Symbola).
/// A server without the fallback fonts still prints, tells the operator once at start which package to install,
/// and prints what it lacks as "�".
/// </summary>
public class JapaneseOrderDocumentsTests : OrdersFixture
{
    private const string Name = "山田 太郎", Street = "東京都千代田区千代田1-1", City = "千代田区";

    private static Dictionary<string, string?> Japanese(string email, string name = Name) => new()
    {
        ["Form.Email"] = email, ["Form.FullName"] = name, ["Form.Line1"] = Street, ["Form.City"] = City,
        ["Form.PostalCode"] = "100-0001", ["Form.CountryCode"] = "JP", ["Form.ShippingMethod"] = "Standard",
    };

    private static async Task<string> CheckoutAsync(ShopApp app, Dictionary<string, string?> address)
    {
        using var shopper = new Shopper(app.Browser());
        await shopper.AddToCartAsync((await app.ProductAsync()).Slug);
        var placed = await shopper.CheckoutAsync(TestNonces.Valid, address);
        Assert.That(placed.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), await placed.Content.ReadAsStringAsync());
        return placed.Headers.Location!.ToString()["/checkout/confirmation/".Length..];
    }

    private static async Task<byte[]> PdfAsync(HttpClient staff, string path)
    {
        var response = await staff.GetAsync(path);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        return await response.Content.ReadAsByteArrayAsync();
    }

    /// <summary>The fonts a PDF draws the given characters with.</summary>
    private static IReadOnlyList<string> FontsOf(byte[] pdf, string characters)
    {
        using var doc = PdfDocument.Open(pdf);
        return doc.GetPages().SelectMany(p => p.Letters).Where(l => characters.Contains(l.Value)).Select(l => l.FontName ?? "").Distinct().ToList();
    }

    /// <summary>Kept beside the test binaries (and attached to the results) for a person to look at.</summary>
    private static void Keep(byte[] pdf, string name)
    {
        var path = Path.Combine(TestContext.CurrentContext.WorkDirectory, name);
        File.WriteAllBytes(path, pdf);
        TestContext.AddTestAttachment(path);
    }

    [Test]
    public async Task The_packing_slip_and_the_invoice_of_an_order_to_Tokyo_print_the_japanese_name_and_address()
    {
        var number = await CheckoutAsync(App, Japanese(Unique("tokyo")));

        var slip = await PdfAsync(Staff, $"/admin/orders/{number}/packing-slip");
        var invoice = await PdfAsync(Staff, $"/admin/orders/{number}/invoice");
        Keep(slip, "japanese-packing-slip.pdf");
        Keep(invoice, "japanese-invoice.pdf");

        Assert.Multiple(() =>
        {
            foreach (var (pdf, what) in new[] { (slip, "packing slip"), (invoice, "invoice") })
            {
                var text = PdfText.Pages(pdf)[0];
                Assert.That(text, Does.Contain(Name).And.Contain(Street).And.Contain(City), what);
                Assert.That(text, Does.Not.Contain("\uFFFD"), what);
                Assert.That(FontsOf(pdf, "山田太郎東京都千代田区"), Is.Not.Empty.And.All.Contain("Droid Sans Fallback"), what);
            }
        });
    }

    [Test]
    public async Task An_emoji_in_the_name_prints_in_black_and_white_on_the_packing_slip()
    {
        var number = await CheckoutAsync(App, Japanese(Unique("emoji"), name: "Mia Tanaka 🎁"));

        var slip = await PdfAsync(Staff, $"/admin/orders/{number}/packing-slip");
        Keep(slip, "emoji-packing-slip.pdf");

        Assert.Multiple(() =>
        {
            Assert.That(PdfText.Pages(slip)[0], Does.Contain("Mia Tanaka 🎁"));
            Assert.That(FontsOf(slip, "🎁"), Is.Not.Empty.And.All.Contain("Symbola"), "the emoji is drawn in Symbola");
        });
    }

    [Test]
    public async Task Without_fallback_fonts_the_shop_starts_warns_once_naming_the_package_and_still_prints()
    {
        var folder = Directory.CreateTempSubdirectory("shop-fonts-").FullName;
        var log = new LogCapture();
        try
        {
            foreach (var file in new[] { "DejaVuSans.ttf", "DejaVuSans-Bold.ttf" })
                File.Copy(Directory.EnumerateFiles("/usr/share/fonts", file, SearchOption.AllDirectories).First(), Path.Combine(folder, file));
            using var app = new ShopApp(new() { ["Shop:Business:FontDirectory"] = folder }) { TestServices = s => s.AddSingleton<ILoggerProvider>(log) };
            var number = await CheckoutAsync(app, Japanese(Unique("no-fonts")));
            using var staff = await app.CreateAccountAndSignInAsync(Accounts.UniqueEmail("staff"), Roles.Staff);

            var text = PdfText.Pages(await PdfAsync(staff, $"/admin/orders/{number}/packing-slip"))[0];

            var warnings = log.Lines.Where(l => l.Contains("fonts-droid-fallback")).ToList();
            Assert.Multiple(() =>
            {
                Assert.That(warnings, Has.Count.EqualTo(1), string.Join("\n", log.Lines));
                Assert.That(warnings.Single(), Does.Contain("Chinese, Japanese and Korean, emoji").And.Contain("fonts-droid-fallback and fonts-symbola").And.Contain(folder));
                Assert.That(text, Does.Contain("\uFFFD\uFFFD \uFFFD\uFFFD"), "the name, as replacement marks");
            });
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
