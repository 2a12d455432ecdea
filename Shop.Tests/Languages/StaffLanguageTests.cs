using System.Globalization;
using Shop.Tests.Checkout;

namespace Shop.Tests.Languages;

/// <summary>
/// Staff pages speak the language a staff member chose, any the shop has texts for (English, German, French), whether
/// the storefront sells in it or not; without a choice, the shop's first. Their addresses never take a prefix.
/// </summary>
public class StaffLanguageTests : ShopFixture
{
    protected override Dictionary<string, string?> Settings => new() { ["Shop:Languages"] = "en,de" };

    [Test]
    public async Task A_staff_member_chooses_German_and_the_staff_pages_speak_it_at_their_own_address()
    {
        using var staff = await App.CreateAccountAndSignInAsync(Accounts.UniqueEmail("sprache"), Shop.Web.Account.Roles.Staff);
        var (_, english) = await staff.GetPageAsync("/admin/orders");
        var switcher = english.QuerySelector(".staff-languages a[hreflang=de]")!.GetAttribute("href")!;

        var chosen = await staff.GetAsync(switcher);
        var (_, german) = await staff.GetPageAsync(chosen.Headers.Location!.ToString());

        Assert.Multiple(() =>
        {
            Assert.That(english.DocumentElement.GetAttribute("lang"), Is.EqualTo("en"));
            Assert.That(english.Text(".admin-nav a[href='/admin/orders']"), Is.EqualTo("Orders"));
            Assert.That(chosen.Headers.Location?.ToString(), Is.EqualTo("/admin/orders"), "no /de prefix on a staff page");
            Assert.That(german.DocumentElement.GetAttribute("lang"), Is.EqualTo("de"));
            Assert.That(german.Text(".admin-nav a[href='/admin/orders']"), Is.EqualTo("Bestellungen"));
            Assert.That(german.QuerySelector(".staff-languages a[aria-current=true]")?.GetAttribute("hreflang"), Is.EqualTo("de"));
            Assert.That(german.Title, Does.Contain("Verwaltung"));
        });
    }

    [Test]
    public async Task French_is_offered_to_staff_though_the_storefront_does_not_sell_in_it()
    {
        using var staff = await App.CreateAccountAndSignInAsync(Accounts.UniqueEmail("langue"), Shop.Web.Account.Roles.Staff);
        var chosen = await staff.GetAsync("/language/fr?returnUrl=%2Fadmin");
        var (_, french) = await staff.GetPageAsync("/admin");
        var shop = await staff.GetAsync("/fr/");

        Assert.Multiple(() =>
        {
            Assert.That(chosen.Headers.Location?.ToString(), Is.EqualTo("/admin"));
            Assert.That(french.DocumentElement.GetAttribute("lang"), Is.EqualTo("fr"));
            Assert.That(french.Text(".admin-nav a[href='/admin']"), Is.EqualTo("Tableau de bord"));
            Assert.That(shop.StatusCode, Is.EqualTo(HttpStatusCode.NotFound), "the storefront still sells in English and German only");
        });
    }

    [Test]
    public async Task A_German_staff_member_reads_amounts_with_a_comma_and_saves_them_unchanged()
    {
        using var staff = await App.CreateAccountAndSignInAsync(Accounts.UniqueEmail("betrag"), Shop.Web.Account.Roles.Staff);
        var (_, price, id) = await App.ProductAsync();
        await staff.GetAsync("/language/de?returnUrl=%2Fadmin");

        var (_, form) = await staff.GetPageAsync($"/admin/products/{id}");
        var saved = await staff.SubmitFormAsync(form, "form.product-form");

        Assert.Multiple(async () =>
        {
            Assert.That(form.QuerySelector("form.product-form input[name=Price]")?.GetAttribute("value"),
                Is.EqualTo(price.ToString("0.00", CultureInfo.GetCultureInfo("de-DE"))));
            Assert.That(saved.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), "saved as it was");
            Assert.That(await App.WithDbAsync(db => db.Products.Where(p => p.Id == id).Select(p => p.Price).SingleAsync()), Is.EqualTo(price));
        });
    }

    [Test]
    public async Task A_thousands_separator_is_refused_in_the_staff_members_language()
    {
        using var staff = await App.CreateAccountAndSignInAsync(Accounts.UniqueEmail("tausend"), Shop.Web.Account.Roles.Staff);
        var (_, _, id) = await App.ProductAsync();
        await staff.GetAsync("/language/de?returnUrl=%2Fadmin");

        var (_, form) = await staff.GetPageAsync($"/admin/products/{id}");
        var refused = await staff.SubmitFormAsync(form, "form.product-form", new Dictionary<string, string?> { ["Price"] = "1.000" });
        var page = await refused.ReadHtmlAsync();

        Assert.Multiple(() =>
        {
            Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest), "1.000 on a German page: a thousand, or one? Not guessed");
            Assert.That(page.Text("[data-valmsg-for=Price]"), Is.EqualTo("Schreiben Sie Beträge ohne Tausendertrennzeichen, etwa 1000 oder 10,50."));
        });
    }
}
