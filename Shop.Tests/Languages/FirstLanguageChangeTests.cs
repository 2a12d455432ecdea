using Shop.Domain.Catalog;
using Shop.Tests.Checkout;
using Shop.Web.Content;
using Shop.Web.Operations;

namespace Shop.Tests.Languages;

/// <summary>
/// A shop that spoke English first now puts German first (<c>Shop:Languages=de,en,fr</c>): links under <c>/de/</c> in
/// mails already sent still lead to their pages, and `texts swap de en` makes the German translations the shop's own
/// texts, its English ones translations.
/// </summary>
public class FirstLanguageChangeTests : ShopFixture
{
    protected override Dictionary<string, string?> Settings => new() { ["Shop:Languages"] = "de,en,fr", ["Shop:Currency"] = "EUR" };

    [TestCase("/de/cart", "/cart")]
    [TestCase("/de", "/")]
    [TestCase("/de/search?q=lampe", "/search?q=lampe")]
    [TestCase("/DE/pages/legal-notice", "/pages/legal-notice")]
    public async Task A_page_under_the_first_languages_prefix_is_at_its_address_without_one(string old, string now)
    {
        using var client = App.Browser();

        var response = await client.GetAsync(old);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.MovedPermanently));
        Assert.That(response.Headers.Location?.ToString(), Is.EqualTo(now));
    }

    [Test]
    public async Task The_prefix_leads_nowhere_else()
    {
        using var client = App.Browser();

        var elsewhere = await client.GetAsync("/de//elsewhere.example/x");
        var posted = await client.PostAsync("/de/cart/add", new FormUrlEncodedContent([]));
        var english = await client.GetAsync("/en/cart");

        Assert.Multiple(() =>
        {
            Assert.That(elsewhere.StatusCode, Is.EqualTo(HttpStatusCode.NotFound), "never a redirect to another site");
            Assert.That(posted.StatusCode, Is.Not.EqualTo(HttpStatusCode.MovedPermanently), "a post is not redirected (it would arrive as a get)");
            Assert.That(english.StatusCode, Is.EqualTo(HttpStatusCode.OK), "another language keeps its prefix");
        });
    }

    [Test]
    public async Task German_translations_become_the_shops_own_texts_and_its_English_ones_translations()
    {
        var (slug, _, id) = await App.ProductAsync();
        var english = await App.WithDbAsync(db => db.Products.Where(p => p.Id == id).Select(p => p.Name).SingleAsync());
        await App.WithDbAsync(async db =>
        {
            // The demo's German product texts and this product's French aside: one product with a German text, many without.
            db.RemoveRange(await db.Set<ProductTranslation>().Where(t => t.Language == "de" || t.ProductId == id).ToListAsync());
            return await db.SaveChangesAsync();
        });
        await App.WithDbAsync(async db =>
        {
            db.Add(new ProductTranslation(id, "de", "Bürostuhl Erprobt", "Auf Deutsch beschrieben."));
            return await db.SaveChangesAsync();
        });
        var (_, before) = await App.Browser().GetPageAsync($"/p/{slug}");

        var swapped = await App.WithAsync<MainTextSwap, MainTextSwap.Counts>(s => s.SwapAsync("de", "en", CancellationToken.None));
        var (_, german) = await App.Browser().GetPageAsync($"/p/{slug}");
        var (_, inEnglish) = await App.Browser().GetPageAsync($"/en/p/{slug}");
        var texts = await App.WithDbAsync(db => db.Set<ProductTranslation>().Where(t => t.ProductId == id).OrderBy(t => t.Language)
            .Select(t => t.Language + ":" + t.Name).ToListAsync());
        var notice = await App.WithDbAsync(db => db.Set<ContentPage>().Where(p => p.Slug == "legal-notice").Select(p => p.Title).SingleAsync());
        using var staff = await App.CreateAccountAndSignInAsync(Accounts.UniqueEmail("swap-staff"), Shop.Web.Account.Roles.Staff);
        var (_, pages) = await staff.GetPageAsync("/admin/pages");

        var back = await App.WithAsync<MainTextSwap, MainTextSwap.Counts>(s => s.SwapAsync("en", "de", CancellationToken.None));
        var after = await App.WithDbAsync(db => db.Products.Where(p => p.Id == id).Select(p => p.Name).SingleAsync());
        var textsAfter = await App.WithDbAsync(db => db.Set<ProductTranslation>().Where(t => t.ProductId == id).Select(t => t.Language + ":" + t.Name).ToListAsync());

        Assert.Multiple(() =>
        {
            Assert.That(before.Text("h1"), Is.EqualTo(english), "before: German pages showed the English own text");
            Assert.That(german.Text("h1"), Is.EqualTo("Bürostuhl Erprobt"));
            Assert.That(inEnglish.Text("h1"), Is.EqualTo(english), "the English text is now the English translation");
            Assert.That(texts, Is.EqualTo(new[] { "en:" + english }));
            Assert.That(swapped.Products, Is.EqualTo(1));
            Assert.That(swapped.ProductsLeft, Is.GreaterThan(0), "products without German text keep theirs");
            Assert.That(notice, Is.EqualTo("Impressum"), "shop pages too (seeded in German)");
            Assert.That(pages.Texts(".older-versions"), Has.Count.EqualTo(ContentPages.All.Count).And.All.Empty,
                "the swap moved words, it wrote none: no version is older than the page's own");
            Assert.That(back.Products, Is.EqualTo(1), "swapping back undoes it");
            Assert.That(after, Is.EqualTo(english));
            Assert.That(textsAfter, Is.EqualTo(new[] { "de:Bürostuhl Erprobt" }));
        });
    }
    [Test]
    public async Task German_picture_descriptions_become_the_pictures_own_and_their_own_descriptions_english_ones()
    {
        var (slug, id, paths) = await App.WithDbAsync(async db =>
        {
            var p = await db.Products.Where(p => p.IsPublished && p.Images.Count >= 2).OrderBy(p => p.Id)
                .Select(p => new { p.Slug, p.Id, Paths = p.Images.OrderBy(i => i.Position).Select(i => i.Path).ToList() }).FirstAsync();
            return (p.Slug, p.Id, p.Paths);
        });
        await App.WithDbAsync(async db =>
        {
            var product = await db.Products.SingleAsync(p => p.Id == id);
            var (front, side) = (product.Images.Single(i => i.Path == paths[0]), product.Images.Single(i => i.Path == paths[1]));
            product.DescribeImage(front.Id, "A chair from the front");
            product.DescribeImage(side.Id, "");
            db.Add(new PictureTranslation(front.Id, "de", "Ein Stuhl von vorn"));
            db.Add(new PictureTranslation(side.Id, "de", "Von der Seite"));
            return await db.SaveChangesAsync();
        });
        Task<List<string>> Own() => App.WithDbAsync(db => db.Set<ProductImage>().Where(i => i.ProductId == id).OrderBy(i => i.Position)
            .Select(i => i.AltText).Take(2).ToListAsync());
        Task<List<string>> Translated() => App.WithDbAsync(db => db.Set<PictureTranslation>()
            .Where(t => db.Set<ProductImage>().Any(i => i.Id == t.ProductImageId && i.ProductId == id))
            .OrderBy(t => t.AltText).Select(t => t.Language + ":" + t.AltText).ToListAsync());

        await App.WithAsync<MainTextSwap, MainTextSwap.Counts>(s => s.SwapAsync("de", "en", CancellationToken.None));
        var (_, german) = await App.Browser().GetPageAsync($"/p/{slug}");
        var (_, english) = await App.Browser().GetPageAsync($"/en/p/{slug}");
        var (own, translated) = (await Own(), await Translated());
        await App.WithAsync<MainTextSwap, MainTextSwap.Counts>(s => s.SwapAsync("en", "de", CancellationToken.None));
        var (ownBack, translatedBack) = (await Own(), await Translated());

        Assert.Multiple(() =>
        {
            Assert.That(PictureTranslationTests.AltOf(german, paths[0]), Is.EqualTo("Ein Stuhl von vorn"));
            Assert.That(PictureTranslationTests.AltOf(german, paths[1]), Is.EqualTo("Von der Seite"));
            Assert.That(PictureTranslationTests.AltOf(english, paths[0]), Is.EqualTo("A chair from the front"));
            Assert.That(own, Is.EqualTo(new[] { "Ein Stuhl von vorn", "Von der Seite" }));
            Assert.That(translated, Is.EqualTo(new[] { "en:A chair from the front" }),
                "an undescribed picture had no English words to keep: in English it is described by the product's name");
            Assert.That(ownBack, Is.EqualTo(new[] { "A chair from the front", "Von der Seite" }),
                "swapping back: a description with no English translation stays the picture's own");
            Assert.That(translatedBack, Is.EqualTo(new[] { "de:Ein Stuhl von vorn" }));
        });
    }
}
