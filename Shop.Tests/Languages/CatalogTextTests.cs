using Shop.Domain.Reviews;
using Shop.Tests.Checkout;
using Shop.Web.Data.Seed;

namespace Shop.Tests.Languages;

/// <summary>The product page's rating and option labels in German and French, as the catalog's filters have them.</summary>
public class CatalogTextTests : ShopFixture
{
    protected override Dictionary<string, string?> Settings => new() { ["Shop:Languages"] = "en,de,fr" };

    [Test]
    public async Task The_average_rating_is_written_the_way_each_language_writes_numbers()
    {
        var (slug, _, id) = await App.ProductAsync(5);
        var userId = (await App.CreateAccountAsync(Accounts.UniqueEmail("rater"))).Id;
        await App.WithDbAsync(async db =>
        {
            var review = ProductReview.Write(id, userId, "Ada", bought: true, stars: 3, "Fine.", DateTimeOffset.UtcNow);
            review.Approve(DateTimeOffset.UtcNow);
            db.Add(review);
            await db.SaveChangesAsync();
        });
        // Each with its own browser: a visit to /de/ remembers German for pages without a prefix.
        async Task<string> AverageAsync(string path)
        {
            using var browser = App.Browser();
            return (await browser.GetPageAsync(path)).Page.Text(".product-rating .rating-average");
        }
        Assert.Multiple(async () =>
        {
            Assert.That(await AverageAsync($"/de/p/{slug}"), Is.EqualTo("3,0"));
            Assert.That(await AverageAsync($"/fr/p/{slug}"), Is.EqualTo("3,0"));
            Assert.That(await AverageAsync($"/p/{slug}"), Is.EqualTo("3.0"), "English as it was");
        });
    }

    [Test]
    public async Task Gallery_thumbnails_say_which_picture_they_are_in_the_page_s_language()
    {
        var product = DemoCatalog.Products.First(p => p.PictureCount > 1);
        async Task<string[]> AltsAsync(string path)
        {
            using var browser = App.Browser(); // its own: a visit to /de/ remembers German for pages without a prefix
            return [.. (await browser.GetPageAsync(path)).Page.QuerySelectorAll(".gallery-thumbs img").Select(i => i.GetAttribute("alt")!)];
        }
        var english = await AltsAsync($"/p/{product.Slug}");
        var german = await AltsAsync($"/de/p/{product.Slug}");
        var french = await AltsAsync($"/fr/p/{product.Slug}");
        var count = english.Length;
        Assert.That(count, Is.GreaterThan(1));
        Assert.Multiple(() =>
        {
            Assert.That(english[0], Is.EqualTo($"{product.Name} (picture 1 of {count})"));
            Assert.That(german[0], Is.EqualTo($"{DemoTranslations.Of(product.Name, "de")} (Bild 1 von {count})"), "its German name");
            Assert.That(french[^1], Does.EndWith($" (photo {count} sur {count})"));
        });
    }

    [Test]
    public async Task Option_labels_on_the_product_page_are_translated_like_the_filters()
    {
        var shirt = DemoCatalog.Products.First(p => p.Options.Select(o => o.Name).SequenceEqual(["Size", "Colour"]));
        async Task<string[]> LabelsAsync(string path)
        {
            using var browser = App.Browser(); // its own: a visit to /de/ remembers German for pages without a prefix
            return [.. (await browser.GetPageAsync(path)).Page.QuerySelectorAll("form.variant-picker legend").Select(l => l.Text().Split(':')[0].TrimEnd())];
        }
        Assert.Multiple(async () =>
        {
            Assert.That(await LabelsAsync($"/de/p/{shirt.Slug}"), Is.EqualTo(new[] { "Größe", "Farbe" }));
            Assert.That(await LabelsAsync($"/fr/p/{shirt.Slug}"), Is.EqualTo(new[] { "Taille", "Couleur" }));
            Assert.That(await LabelsAsync($"/p/{shirt.Slug}"), Is.EqualTo(new[] { "Size", "Colour" }));
        });
    }
}
