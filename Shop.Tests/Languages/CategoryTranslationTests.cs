namespace Shop.Tests.Languages;

/// <summary>
/// Staff translate a category's name like a product's; shoppers in other languages read the category's own. Search
/// finds products by their translated names and shows them in the shopper's language.
/// </summary>
public class CategoryTranslationTests : ShopFixture
{
    protected override Dictionary<string, string?> Settings => new() { ["Shop:Languages"] = "en,de,fr" };

    private Task<(int Id, string Name, string Slug)> CategoryAsync(int skip) => App.WithDbAsync(async db =>
    {
        var c = await db.Categories.Where(c => db.Products.Any(p => p.CategoryId == c.Id && p.IsPublished))
            .OrderBy(c => c.Id).Skip(skip).Select(c => new { c.Id, c.Name, c.Slug }).FirstAsync();
        return (c.Id, c.Name, c.Slug);
    });

    [Test]
    public async Task Staff_translate_a_category_and_other_languages_fall_back_to_its_own_name()
    {
        var (id, name, slug) = await CategoryAsync(0);
        await App.UntranslateCategoryAsync(id); // so French falls back to the category's own name, as for one staff have not translated
        using var staff = await App.CreateAccountAndSignInAsync(Accounts.UniqueEmail("staff"), Roles.Staff);
        var (_, editor) = await staff.GetPageAsync($"/admin/categories/{id}");
        Assert.That(editor.QuerySelectorAll("form.translation-form").Select(f => f.GetAttribute("lang")), Is.EqualTo(new[] { "de", "fr" }));

        var saved = await staff.SubmitFormAsync(editor, "form.translation-form[lang=de]",
            new Dictionary<string, string?> { ["Name"] = "Übersetzte Abteilung", ["Description"] = "Alles für zu Hause." });
        Assert.That((int)saved.StatusCode, Is.EqualTo(302));
        var (_, again) = await staff.GetPageAsync($"/admin/categories/{id}");

        var (germanList, german) = await Visitor.GetPageAsync($"/de/c/{slug}");
        var (_, french) = await Visitor.GetPageAsync($"/fr/c/{slug}");
        var (_, english) = await App.Browser().GetPageAsync($"/c/{slug}");
        Assert.Multiple(() =>
        {
            Assert.That(again.QuerySelector("#translation-name-de")?.GetAttribute("value"), Is.EqualTo("Übersetzte Abteilung"));
            Assert.That(germanList.StatusCode, Is.EqualTo(HttpStatusCode.OK), "the same address in every language");
            Assert.That(german.Text("h1"), Is.EqualTo("Übersetzte Abteilung"));
            Assert.That(german.Text("main"), Does.Contain("Alles für zu Hause."));
            Assert.That(german.Texts(".category-nav a"), Does.Contain("Übersetzte Abteilung").And.Not.Contain(name));
            Assert.That(german.Texts(".product-card p.small"), Does.Contain("Übersetzte Abteilung"), "the cards name the category in German");
            Assert.That(french.Text("h1"), Is.EqualTo(name), "no French translation: the category's own name");
            Assert.That(french.Texts(".category-nav a"), Does.Contain(name));
            Assert.That(english.Text("h1"), Is.EqualTo(name));
            Assert.That(english.Texts(".category-nav a"), Does.Contain(name).And.Not.Contain("Übersetzte Abteilung"));
        });
        var audit = await App.WithDbAsync(db => db.Set<AuditEntry>()
            .Where(e => e.EntityType == "Category" && e.EntityId == id.ToString()).Select(e => e.Action).ToListAsync());
        Assert.That(audit, Does.Contain("translation de saved"));

        var cleared = await staff.SubmitFormAsync(again, "form.translation-form[lang=de]", new Dictionary<string, string?> { ["Name"] = "", ["Description"] = "" });
        Assert.That((int)cleared.StatusCode, Is.EqualTo(302));
        var (_, back) = await Visitor.GetPageAsync($"/de/c/{slug}");
        Assert.That(back.Text("h1"), Is.EqualTo(name), "clearing the name removes the translation");
    }

    [Test]
    public async Task A_category_translation_for_a_language_the_shop_does_not_speak_or_too_long_is_refused()
    {
        var (id, name, _) = await CategoryAsync(1);
        using var staff = await App.CreateAccountAndSignInAsync(Accounts.UniqueEmail("staff"), Roles.Staff);
        var (_, editor) = await staff.GetPageAsync($"/admin/categories/{id}");
        var token = editor.AntiforgeryToken("form.translation-form[lang=de]");
        var unknown = await staff.PostAsync($"/admin/categories/{id}/translations/es", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Name"] = "Cocina", ["__RequestVerificationToken"] = token,
        }));
        var tooLong = await staff.SubmitFormAsync(editor, "form.translation-form[lang=fr]", new Dictionary<string, string?> { ["Name"] = new string('x', 101) });
        Assert.Multiple(async () =>
        {
            Assert.That(unknown.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(tooLong.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            var page = await tooLong.ReadHtmlAsync();
            Assert.That(page.Text("#translations [role=alert]"), Does.Contain("at most 100"));
            Assert.That(page.QuerySelector("#Name")?.GetAttribute("value"), Is.EqualTo(name), "the category's own name as saved, not the translation's");
        });
    }

    [Test]
    public async Task A_refused_category_translation_says_why_beside_its_field_and_the_category_s_own_problems_stay_in_its_form()
    {
        var (id, _, _) = await CategoryAsync(2);
        using var staff = await App.CreateAccountAndSignInAsync(Accounts.UniqueEmail("staff"), Roles.Staff);
        var (_, editor) = await staff.GetPageAsync($"/admin/categories/{id}");

        var noName = await staff.SubmitFormAsync(editor, "form.translation-form[lang=fr]",
            new Dictionary<string, string?> { ["Name"] = "", ["Description"] = "Tout pour la cuisine." });
        var page = await noName.ReadHtmlAsync();
        var name = page.QuerySelector("#translation-name-fr");
        var ownNameless = await staff.SubmitFormAsync(editor, "form.category-form", new Dictionary<string, string?> { ["Name"] = "" });
        var ownPage = await ownNameless.ReadHtmlAsync();

        Assert.Multiple(() =>
        {
            Assert.That(noName.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(name?.GetAttribute("aria-invalid"), Is.EqualTo("true"), "the French name is marked");
            Assert.That(page.Text($"#{name?.GetAttribute("aria-describedby")}"), Is.EqualTo("Give the name too, or clear both to remove the translation."));
            Assert.That(page.QuerySelector("form.translation-form[lang=de] [role=alert]"), Is.Null, "not in the German form");
            Assert.That(page.QuerySelector("#translation-description-fr")?.TextContent, Is.EqualTo("Tout pour la cuisine."), "what was typed stays");
            Assert.That(ownNameless.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(ownPage.QuerySelector("#translations [role=alert]"), Is.Null, "the category's own missing name is not repeated among the translations");
        });
    }

    [Test]
    public async Task A_German_shopper_finds_a_product_by_its_German_name_and_sees_it_in_German()
    {
        var product = await App.WithDbAsync(async db =>
            await db.Products.Where(p => p.IsPublished).OrderBy(p => p.Id).Skip(7).Select(p => new { p.Id, p.Name, p.Slug }).FirstAsync());
        using var staff = await App.CreateAccountAndSignInAsync(Accounts.UniqueEmail("staff"), Roles.Staff);
        var saved = await staff.SubmitFormAsync($"/admin/products/{product.Id}", "form.translation-form[lang=de]",
            new Dictionary<string, string?> { ["Name"] = "Wunderleuchte Zauberlicht", ["Description"] = "" });
        Assert.That((int)saved.StatusCode, Is.EqualTo(302));

        var (_, german) = await Visitor.GetPageAsync("/de/search?q=zauberlicht");
        var (_, slip) = await Visitor.GetPageAsync("/de/search?q=wunderleuchten");
        var (_, english) = await App.Browser().GetPageAsync("/search?q=zauberlicht");
        var suggest = await Visitor.GetStringAsync("/de/search/suggest?q=zauberl");
        Assert.Multiple(() =>
        {
            Assert.That(german.ProductNames(), Is.EqualTo(new[] { "Wunderleuchte Zauberlicht" }), "found by the German name, shown in German");
            Assert.That(slip.ProductNames(), Does.Contain("Wunderleuchte Zauberlicht"), "folded like any word");
            Assert.That(english.ProductNames(), Is.EqualTo(new[] { product.Name }), "the index holds every language; results in the shopper's");
            Assert.That(suggest, Does.Contain("Wunderleuchte Zauberlicht").And.Contain($"/de/p/{product.Slug}"));
        });
    }

    [Test]
    public async Task A_translated_category_name_finds_its_products_and_suggests_the_category()
    {
        var (id, _, slug) = await CategoryAsync(2);
        using var staff = await App.CreateAccountAndSignInAsync(Accounts.UniqueEmail("staff"), Roles.Staff);
        var saved = await staff.SubmitFormAsync($"/admin/categories/{id}", "form.translation-form[lang=fr]",
            new Dictionary<string, string?> { ["Name"] = "Rayon Merveilleux" });
        Assert.That((int)saved.StatusCode, Is.EqualTo(302));

        var (_, found) = await Visitor.GetPageAsync("/fr/search?q=merveilleux");
        var suggest = await Visitor.GetStringAsync("/fr/search/suggest?q=merveilleux");
        Assert.Multiple(() =>
        {
            Assert.That(found.ProductNames(), Is.Not.Empty);
            Assert.That(found.Texts(".product-card p.text-secondary"), Is.All.EqualTo("Rayon Merveilleux"), "its products, their category named in French");
            Assert.That(suggest, Does.Contain("Rayon Merveilleux").And.Contain($"/fr/c/{slug}"));
        });
    }
}
