using Shop.Tests.Checkout;
using Shop.Web.Content;

namespace Shop.Tests.Languages;

/// <summary>
/// Words a staff form builds from names, in the staff member's language: the field FluentValidation's own message names
/// ("'Titel'"), and the language a translation is typed in, named the page's way ("Name auf Französisch", "Nom en allemand").
/// </summary>
public class StaffFormWordsInGermanTests : ShopFixture
{
    protected override Dictionary<string, string?> Settings => new() { ["Shop:Languages"] = "en,de,fr" };

    private async Task<HttpClient> StaffSpeakingAsync(string language)
    {
        var staff = await App.CreateAccountAndSignInAsync(Accounts.UniqueEmail("worte"), Shop.Web.Account.Roles.Staff);
        var chosen = await staff.GetAsync($"/language/{language}?returnUrl=%2Fadmin");
        Assert.That(chosen.Headers.Location?.ToString(), Is.EqualTo("/admin"));
        return staff;
    }

    [TestCase("de", "'Titel'")]
    [TestCase("fr", "'Titre'")]
    public async Task A_built_in_message_names_the_field_in_the_page_language(string language, string field)
    {
        using var staff = await StaffSpeakingAsync(language);
        var id = await App.WithDbAsync(db => db.ContentPages.OrderBy(p => p.Id).Select(p => p.Id).FirstAsync());
        var (_, page) = await staff.GetPageAsync($"/admin/pages/{id}");

        var refused = await staff.SubmitFormAsync(page, "form.content-page-form",
            new Dictionary<string, string?> { ["Title"] = new string('x', ContentPage.TitleMax + 1) });
        var message = (await refused.ReadHtmlAsync()).Text("[data-valmsg-for=Title]");

        Assert.Multiple(() =>
        {
            Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(message, Does.Contain(field).And.Not.Contain("'Title'"));
        });
    }

    [TestCase("de", "Name auf Französisch", "Beschreibung auf Französisch")]
    [TestCase("fr", "Nom en allemand", "Description en allemand")]
    [TestCase("en", "Name in German", "Description in German")]
    public async Task A_translation_form_names_its_language_the_page_way(string language, string name, string description)
    {
        using var staff = await StaffSpeakingAsync(language);
        var (_, _, id) = await App.ProductAsync();
        var other = language == "de" ? "fr" : "de";

        var (_, product) = await staff.GetPageAsync($"/admin/products/{id}");
        var categoryId = await App.WithDbAsync(db => db.Categories.OrderBy(c => c.Id).Select(c => c.Id).FirstAsync());
        var (_, category) = await staff.GetPageAsync($"/admin/categories/{categoryId}");

        Assert.Multiple(() =>
        {
            Assert.That(product.Text($"label[for=translation-name-{other}]"), Is.EqualTo(name));
            Assert.That(product.Text($"label[for=translation-description-{other}]"), Is.EqualTo(description));
            Assert.That(category.Text($"label[for=translation-name-{other}]"), Is.EqualTo(name));
        });
    }
}
