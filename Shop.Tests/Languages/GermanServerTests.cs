using System.Globalization;
using Shop.Tests.Checkout;
using Shop.Web.Languages;

namespace Shop.Tests.Languages;

/// <summary>
/// An English shop on a server whose own culture is German: English pages must not come out German. The process-wide
/// default culture is changed for this fixture, so it runs alone.
/// </summary>
[NonParallelizable]
public class GermanServerTests : ShopFixture
{
    private static readonly CultureInfo German = CultureInfo.GetCultureInfo("de-DE");
    private (CultureInfo? Culture, CultureInfo? UICulture, CultureInfo Current, CultureInfo CurrentUI) _before;

    protected override ShopApp CreateShop()
    {
        _before = (CultureInfo.DefaultThreadCurrentCulture, CultureInfo.DefaultThreadCurrentUICulture, CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.DefaultThreadCurrentCulture = CultureInfo.DefaultThreadCurrentUICulture = German;
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = German;
        return new(new() { ["Shop:Languages"] = "en,de,fr" });
    }

    [OneTimeTearDown]
    public void RestoreCulture()
    {
        (CultureInfo.DefaultThreadCurrentCulture, CultureInfo.DefaultThreadCurrentUICulture) = (_before.Culture, _before.UICulture);
        (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (_before.Current, _before.CurrentUI);
    }

    [Test]
    public async Task English_pages_stay_English_on_a_German_server()
    {
        var (slug, price, _) = await App.ProductAsync();
        using var client = App.Browser();
        var (_, product) = await client.GetPageAsync($"/p/{slug}");
        var (_, signIn) = await client.GetPageAsync("/account/sign-in");
        Assert.Multiple(() =>
        {
            Assert.That(product.Text("button.add-to-cart"), Is.EqualTo("Add to cart"));
            Assert.That(product.Text(".variant-price .price"), Is.EqualTo("$" + price.ToString("0.00", CultureInfo.InvariantCulture)),
                "formatted the English way, not 12,50 $");
            Assert.That(signIn.Text("h1"), Is.EqualTo("Sign in"));
        });
        var (_, german) = await client.GetPageAsync("/de/account/sign-in");
        Assert.That(german.Text("h1"), Is.EqualTo("Anmelden"), "German still German");
    }

    [Test]
    public void The_default_language_has_its_own_culture_whatever_the_server_speaks()
    {
        var languages = new ShopLanguages(["en", "de"]);
        Assert.Multiple(() =>
        {
            Assert.That(languages.Default.UICulture.TwoLetterISOLanguageName, Is.EqualTo("en"));
            Assert.That(languages.Default.Culture.TwoLetterISOLanguageName, Is.EqualTo("en"));
            Assert.That(new ShopLanguages(["de", "en"]).Default.UICulture, Is.EqualTo(German), "a German shop on a German server keeps it");
        });
    }
}
