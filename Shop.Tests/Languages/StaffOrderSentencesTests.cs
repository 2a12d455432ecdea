using System.Globalization;
using System.Resources;
using Shop.Domain.Reviews;
using Shop.Tests.Orders;
using Shop.Web.Admin.Orders;

namespace Shop.Tests.Languages;

/// <summary>
/// The sentences the order, return, customer, audit and review pages' C# makes for staff (notices, refusals, the
/// domain's refusals read back): each has a German and a French entry. Read from the source, as StaffTextTests reads views.
/// </summary>
public partial class StaffOrderSentencesTests
{
    [TestCase("de")]
    [TestCase("fr")]
    public void Every_sentence_made_for_staff_in_the_order_pages_code_has_a_translation(string language)
    {
        var root = Root();
        var files = new[] { "Orders", "Returns", "Customers", "Audit", "Reviews" }
            .SelectMany(area => Directory.GetFiles(Path.Combine(root, "Shop.Web", "Admin", area), "*.cs", SearchOption.AllDirectories))
            .Concat(Directory.GetFiles(Path.Combine(root, "Shop.Web", "Admin"), "*.cs"));
        var texts = new ResourceManager("Shop.Web.Languages.ShopText", typeof(Shop.Web.Languages.ShopText).Assembly)
            .GetResourceSet(CultureInfo.GetCultureInfo(language), createIfNotExists: true, tryParents: false)!;
        var keys = files.SelectMany(f => Sentences().Matches(File.ReadAllText(f))
            .SelectMany(m => m.Groups.Values.Skip(1).Where(g => g.Success).Select(g => (File: Path.GetFileName(f), Key: Regex.Unescape(g.Value)))))
            .ToList();
        var missing = keys.Where(k => texts.GetString(k.Key) is null).Select(k => $"{k.File}: {k.Key}").Distinct().ToList();

        Assert.That(keys, Has.Count.GreaterThan(80), "the scan finds the sentences");
        Assert.That(missing, Is.Empty, $"without an entry in ShopText.{language}.resx:\n" + string.Join("\n", missing));
    }

    [Test]
    public void A_status_named_in_a_refusal_is_translated_with_it()
    {
        using var _ = new CultureScope("de");
        Assert.Multiple(() =>
        {
            Assert.That(StaffRefusals.Translate(new IllegalOrderTransition("SHP-AAAA-0001", OrderStatus.Delivered, "refunded").Message),
                Is.EqualTo("Bestellung SHP-AAAA-0001 hat den Status „Zugestellt“ und kann nicht erstattet werden."));
            Assert.That(StaffRefusals.Translate("Something the shop never said."), Is.EqualTo("Something the shop never said."));
        });
    }

    private sealed class CultureScope : IDisposable
    {
        private readonly CultureInfo culture = CultureInfo.CurrentCulture, ui = CultureInfo.CurrentUICulture;

        public CultureScope(string name) => (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (CultureInfo.GetCultureInfo(name), CultureInfo.GetCultureInfo(name));

        public void Dispose() => (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, ui);
    }

    // ShopText.Translate("…"), ShopText.Plural(n, "…", "…"), the StaffRefusals templates.
    [GeneratedRegex("""ShopText\.Translate\(\s*"((?:[^"\\]|\\.)*)"|Plural\([^,]+,\s*"((?:[^"\\]|\\.)*)",\s*"((?:[^"\\]|\\.)*)"\)|^\s+"((?:[^"\\]|\\.)*\{\d\}(?:[^"\\]|\\.)*)",$""", RegexOptions.Multiline)]
    private static partial Regex Sentences();

    private static string Root()
    {
        for (var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Shop.sln"))) return dir.FullName;
        throw new InvalidOperationException("Shop.sln not found above the test directory.");
    }
}
