using Shop.Web.Data.Seed;

namespace Shop.Tests.Data;

/// <summary>The demo catalog's German and French texts: complete, and seeded as staff's translations are.</summary>
public class DemoTranslationsTests
{
    [Test]
    public void Every_demo_category_product_sentence_and_option_word_has_a_German_and_a_French_text()
    {
        var missing = DemoTranslations.Languages.SelectMany(language =>
            DemoCatalog.Categories.SelectMany(c => new[] { c.Name, c.Description })
                .Concat(DemoCatalog.Products.Select(p => p.Name))
                .Concat(DemoCatalog.Products.SelectMany(p => p.Sentences))
                .Concat(DemoCatalog.OptionWords.Where(w => !Regex.IsMatch(w, @"^(X?[SML]|XL|A\d|\d+ (cm|ml))$")))
                .Where(text => DemoTranslations.Of(text, language) is null)
                .Select(text => $"{language}: {text}")).Distinct().ToList();
        Assert.That(missing, Is.Empty);
    }

    [Test]
    public void A_demo_description_is_its_sentences_in_order_in_every_language()
    {
        Assert.Multiple(() =>
        {
            foreach (var p in DemoCatalog.Products.Take(25))
            {
                Assert.That(string.Join(" ", p.Sentences), Is.EqualTo(p.Description));
                Assert.That(DemoTranslations.Of(p.Sentences, "de")!.Split(". ").Length, Is.GreaterThanOrEqualTo(p.Sentences.Count), p.Name);
            }
            Assert.That(DemoTranslations.Of(["A sentence the demo does not have."], "de"), Is.Null, "no half-translated description");
        });
    }

    [Test]
    public async Task The_seeded_demo_holds_a_German_and_a_French_text_of_every_category_product_and_colour()
    {
        using var app = new ShopApp();
        var (products, categories, words) = await app.WithDbAsync(async db => (
            await db.Set<ProductTranslation>().GroupBy(t => t.Language).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count),
            await db.Set<CategoryTranslation>().GroupBy(t => t.Language).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count),
            await db.Set<OptionWordTranslation>().Select(t => t.Language + ":" + t.Word + "=" + t.Translation).ToListAsync()));
        Assert.Multiple(() =>
        {
            Assert.That(products, Is.EqualTo(new Dictionary<string, int> { ["de"] = 200, ["fr"] = 200 }));
            Assert.That(categories, Is.EqualTo(new Dictionary<string, int> { ["de"] = 8, ["fr"] = 8 }));
            Assert.That(words, Is.SupersetOf(new[] { "de:Colour=Farbe", "de:Walnut=Nussbaum", "de:Oak=Eiche", "fr:Black=Noir", "fr:Size=Taille" }));
            Assert.That(words, Has.None.StartsWith("de:S=").And.None.EqualTo("fr:Olive=Olive"), "a word the same in both languages needs none");
        });
    }
}
