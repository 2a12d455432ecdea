using Shop.Tests.Checkout;

namespace Shop.Tests.Languages;

/// <summary>Staff translate a product's name and description; shoppers in other languages read the product's own.</summary>
public class ProductTranslationTests : ShopFixture
{
    protected override Dictionary<string, string?> Settings => new() { ["Shop:Languages"] = "en,de,fr" };

    private Task<(string Slug, string Name, int Id)> ProductAsync(int skip) => App.WithDbAsync(async db =>
    {
        var p = await db.Products.Where(p => p.IsPublished).OrderBy(p => p.Id).Skip(skip).Select(p => new { p.Slug, p.Name, p.Id }).FirstAsync();
        return (p.Slug, p.Name, p.Id);
    });

    [Test]
    public async Task Staff_translate_a_product_and_other_languages_fall_back_to_its_own_text()
    {
        var (slug, name, id) = await ProductAsync(3);
        var (otherSlug, otherName, otherId) = await ProductAsync(4);
        await App.UntranslateProductAsync(id); // the demo's own French would stand in for the fallback to the product's own text
        await App.UntranslateProductAsync(otherId);
        using var staff = await App.CreateAccountAndSignInAsync(Accounts.UniqueEmail("staff"), Roles.Staff);
        var (_, editor) = await staff.GetPageAsync($"/admin/products/{id}");
        Assert.That(editor.QuerySelectorAll("form.translation-form").Select(f => f.GetAttribute("lang")), Is.EqualTo(new[] { "de", "fr" }));

        var saved = await staff.SubmitFormAsync(editor, "form.translation-form[lang=de]",
            new Dictionary<string, string?> { ["Name"] = "Übersetzte Lampe", ["Description"] = "Eine Lampe, auf Deutsch beschrieben." });
        Assert.That(saved.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        var (_, again) = await staff.GetPageAsync($"/admin/products/{id}");
        Assert.That(again.QuerySelector("#translation-name-de")?.GetAttribute("value"), Is.EqualTo("Übersetzte Lampe"));

        var (_, german) = await Visitor.GetPageAsync($"/de/p/{slug}");
        var (_, french) = await Visitor.GetPageAsync($"/fr/p/{slug}");
        var (_, english) = await App.Browser().GetPageAsync($"/p/{slug}");
        var (_, untranslated) = await Visitor.GetPageAsync($"/de/p/{otherSlug}");
        Assert.Multiple(() =>
        {
            Assert.That(german.Text("h1"), Is.EqualTo("Übersetzte Lampe"));
            Assert.That(german.Text(".product-description"), Is.EqualTo("Eine Lampe, auf Deutsch beschrieben."));
            Assert.That(french.Text("h1"), Is.EqualTo(name), "no French translation: the product's own name");
            Assert.That(english.Text("h1"), Is.EqualTo(name));
            Assert.That(untranslated.Text("h1"), Is.EqualTo(otherName));
        });
        var audit = await App.WithDbAsync(db => db.Set<AuditEntry>().Where(e => e.EntityId == id.ToString()).Select(e => e.Action).ToListAsync());
        Assert.That(audit, Does.Contain("translation de saved"));
    }

    [Test]
    public async Task Lists_show_translated_names_in_their_language_only()
    {
        var (slug, name, id) = await ProductAsync(5);
        await App.UntranslateProductAsync(id);
        await App.WithDbAsync(async db =>
        {
            db.Add(new ProductTranslation(id, "fr", "Nom traduit", ""));
            await db.SaveChangesAsync();
        });
        var search = await Visitor.GetPageAsync($"/fr/search?q={Uri.EscapeDataString(name)}");
        var (_, english) = await App.Browser().GetPageAsync($"/search?q={Uri.EscapeDataString(name)}");
        Assert.Multiple(() =>
        {
            Assert.That(search.Item2.ProductNames(), Does.Contain("Nom traduit"));
            Assert.That(english.ProductNames(), Does.Contain(name).And.Not.Contain("Nom traduit"));
        });
        var (_, product) = await Visitor.GetPageAsync($"/fr/p/{slug}");
        Assert.That(product.Text(".product-description"), Is.Not.Empty, "an empty translated description shows the product's own");
    }

    [Test]
    public async Task A_translation_for_a_language_the_shop_does_not_speak_is_refused()
    {
        var (_, _, id) = await ProductAsync(6);
        using var staff = await App.CreateAccountAndSignInAsync(Accounts.UniqueEmail("staff"), Roles.Staff);
        var (_, editor) = await staff.GetPageAsync($"/admin/products/{id}");
        var token = editor.AntiforgeryToken("form.translation-form[lang=de]");
        var response = await staff.PostAsync($"/admin/products/{id}/translations/es", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Name"] = "Lámpara", ["__RequestVerificationToken"] = token,
        }));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        var tooLong = await staff.SubmitFormAsync(editor, "form.translation-form[lang=fr]", new Dictionary<string, string?> { ["Name"] = new string('x', 201) });
        Assert.That(tooLong.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((await tooLong.ReadHtmlAsync()).Text("#translations [role=alert]"), Does.Contain("at most 200"));
    }

    [Test]
    public async Task Another_forms_problem_is_not_shown_among_the_translations()
    {
        var (_, _, id) = await ProductAsync(7);
        using var staff = await App.CreateAccountAndSignInAsync(Accounts.UniqueEmail("staff"), Roles.Staff);
        var (_, editor) = await staff.GetPageAsync($"/admin/products/{id}");

        var noPicture = await staff.SubmitFormAsync(editor, "form.picture-upload-form");
        var page = await noPicture.ReadHtmlAsync();

        Assert.That(noPicture.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(page.QuerySelector("#translations [role=alert]"), Is.Null);
    }

    [Test]
    public async Task A_refused_translation_leaves_the_product_s_own_name_and_description_as_saved_on_the_page()
    {
        var (_, name, id) = await ProductAsync(9);
        var description = await App.WithDbAsync(db => db.Products.Where(p => p.Id == id).Select(p => p.Description).SingleAsync());
        using var staff = await App.CreateAccountAndSignInAsync(Accounts.UniqueEmail("staff"), Roles.Staff);
        var (_, editor) = await staff.GetPageAsync($"/admin/products/{id}");

        var noName = await staff.SubmitFormAsync(editor, "form.translation-form[lang=fr]",
            new Dictionary<string, string?> { ["Name"] = "", ["Description"] = "Un beau carnet." });
        var page = await noName.ReadHtmlAsync();

        Assert.Multiple(() =>
        {
            Assert.That(noName.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(page.QuerySelector("form.product-form input[name=Name]")?.GetAttribute("value"), Is.EqualTo(name), "not the French form's empty name");
            Assert.That(page.QuerySelector("form.product-form textarea[name=Description]")?.TextContent.Trim(), Is.EqualTo(description.Trim()), "not the French text");
        });
    }

    [Test]
    public async Task A_refused_translation_says_why_beside_its_field_in_its_own_language_s_form()
    {
        var (_, _, id) = await ProductAsync(8);
        using var staff = await App.CreateAccountAndSignInAsync(Accounts.UniqueEmail("staff"), Roles.Staff);
        var (_, editor) = await staff.GetPageAsync($"/admin/products/{id}");

        var noName = await staff.SubmitFormAsync(editor, "form.translation-form[lang=fr]",
            new Dictionary<string, string?> { ["Name"] = "", ["Description"] = "Un beau carnet." });
        var page = await noName.ReadHtmlAsync();
        var name = page.QuerySelector("#translation-name-fr");

        Assert.Multiple(() =>
        {
            Assert.That(noName.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(name?.GetAttribute("aria-invalid"), Is.EqualTo("true"), "the French name is marked");
            Assert.That(page.Text($"#{name?.GetAttribute("aria-describedby")}"), Is.EqualTo("Give the name too, or clear both to remove the translation."));
            Assert.That(page.QuerySelector("form.translation-form[lang=fr] [role=alert]"), Is.Not.Null, "in the French form");
            Assert.That(page.QuerySelector("form.translation-form[lang=de] [role=alert]"), Is.Null, "not in the German one");
            Assert.That(page.QuerySelector("#translation-description-fr")?.TextContent, Is.EqualTo("Un beau carnet."), "what was typed stays");
        });
    }
}
