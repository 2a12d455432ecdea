using System.Collections;
using System.Globalization;
using System.Resources;
using Shop.Web.Languages;

namespace Shop.Tests.Languages;

/// <summary>Counted sentences say "1 order" and "2 orders" in each language, not "order(s)".</summary>
public class PluralTests
{
    private static readonly ShopLanguages Languages = new(["en", "de", "fr"]);
    private const string One = "{0} order placed with your address as a guest is not in your account yet.";
    private const string Other = "{0} orders placed with your address as a guest are not in your account yet.";

    private static string In(string language, int count)
    {
        using var _ = Languages.Find(language)!.Speak();
        return ShopText.Plural(count, One, Other);
    }

    [Test]
    public void Each_language_says_one_and_many_as_it_does()
    {
        Assert.Multiple(() =>
        {
            Assert.That(In("en", 1), Is.EqualTo("1 order placed with your address as a guest is not in your account yet."));
            Assert.That(In("en", 0), Is.EqualTo("0 orders placed with your address as a guest are not in your account yet."));
            Assert.That(In("de", 1), Is.EqualTo("1 Bestellung, die mit Ihrer Adresse als Gast aufgegeben wurde, ist noch nicht in Ihrem Konto."));
            Assert.That(In("de", 3), Is.EqualTo("3 Bestellungen, die mit Ihrer Adresse als Gast aufgegeben wurden, sind noch nicht in Ihrem Konto."));
            Assert.That(In("fr", 0), Does.StartWith("0 commande passée"), "French counts zero as one");
            Assert.That(In("fr", 2), Does.StartWith("2 commandes passées"));
        });
    }

    // Every shown English text is a key of the German and French files; a translation says "Bestellung(en)" no more than its key.
    [TestCase("de")]
    [TestCase("fr")]
    public void No_text_hedges_its_count_with_a_bracketed_ending(string language)
    {
        var texts = new ResourceManager("Shop.Web.Languages.ShopText", typeof(ShopText).Assembly)
            .GetResourceSet(CultureInfo.GetCultureInfo(language), createIfNotExists: true, tryParents: false)!.Cast<DictionaryEntry>().ToList();
        Assert.Multiple(() =>
        {
            Assert.That(texts, Has.Count.GreaterThan(1000), "the file was read");
            Assert.That(texts.Select(t => (string)t.Key).Where(k => k.Contains("(s)")), Is.Empty, "say it with ShopText.Plural");
            Assert.That(texts.Select(t => (string)t.Value!).Where(v => Regex.IsMatch(v, @"\p{L}\((?:s|e|n|en|es|r)\)")), Is.Empty);
        });
    }
}
