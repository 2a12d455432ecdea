using Microsoft.EntityFrameworkCore.Diagnostics;
using Shop.Tests.Checkout;

namespace Shop.Tests.Languages;

/// <summary>Staff describe a product's pictures in another language; shoppers there read it as the pictures' alt text.</summary>
public class PictureTranslationTests : ShopFixture
{
    private readonly ColleagueFirst _colleague = new();

    protected override Dictionary<string, string?> Settings => new() { ["Shop:Languages"] = "en,de,fr" };

    protected override ShopApp CreateShop() => new(Settings) { TestServices = s => s.AddSingleton<IInterceptor>(_colleague) };

    /// <summary>A published product with pictures, none of them described in any other language yet.</summary>
    private Task<(string Slug, int Id, string Path)> ProductAsync(int skip) => App.WithDbAsync(async db =>
    {
        var p = await db.Products.Where(p => p.IsPublished && p.Images.Count > 0).OrderBy(p => p.Id).Skip(skip)
            .Select(p => new { p.Slug, p.Id, Path = p.Images.OrderBy(i => i.Position).First().Path }).FirstAsync();
        return (p.Slug, p.Id, p.Path);
    });

    /// <summary>The alt text of the gallery's picture at <paramref name="path"/> (the thumbnails carry each; one picture has none).</summary>
    internal static string? AltOf(IDocument page, string path) =>
        page.QuerySelector($".gallery-thumb[data-path='{path}']")?.GetAttribute("data-alt")
        ?? (page.QuerySelectorAll(".gallery-thumb").Length == 0 ? page.QuerySelector(".gallery-main img")?.GetAttribute("alt") : null);

    private Task<List<string>> SavedAsync(int productId) => App.WithDbAsync(db => db.Set<PictureTranslation>()
        .Where(t => db.Set<ProductImage>().Any(i => i.Id == t.ProductImageId && i.ProductId == productId))
        .OrderBy(t => t.Language).Select(t => t.Language + ":" + t.AltText).ToListAsync());

    [Test]
    public async Task Staff_describe_a_picture_in_german_and_only_german_shoppers_read_it()
    {
        var (slug, id, path) = await ProductAsync(2);
        var (_, englishBefore) = await App.Browser().GetPageAsync($"/p/{slug}");
        var (_, frenchBefore) = await Visitor.GetPageAsync($"/fr/p/{slug}");
        using var staff = await App.CreateAccountAndSignInAsync(Accounts.UniqueEmail("staff"), Roles.Staff);
        var (_, editor) = await staff.GetPageAsync($"/admin/products/{id}");
        Assert.That(editor.QuerySelectorAll("form.translation-form[lang=de] .picture-translations input[name$='.Text']"), Is.Not.Empty,
            "one field per picture in each language's form");

        var saved = await staff.SubmitFormAsync(editor, "form.translation-form[lang=de]",
            new Dictionary<string, string?> { ["Name"] = "Übersetzt", ["Pictures[0].Text"] = "  Von vorn, auf dem Tisch  " });
        var (_, german) = await Visitor.GetPageAsync($"/de/p/{slug}");
        var (_, english) = await App.Browser().GetPageAsync($"/p/{slug}");
        var (_, french) = await Visitor.GetPageAsync($"/fr/p/{slug}");
        var (_, again) = await staff.GetPageAsync($"/admin/products/{id}");

        Assert.Multiple(() =>
        {
            Assert.That(saved.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
            Assert.That(AltOf(german, path), Is.EqualTo("Von vorn, auf dem Tisch"));
            Assert.That(AltOf(english, path), Is.EqualTo(AltOf(englishBefore, path)).And.Not.Null.And.Not.Empty, "the shop's own language keeps the picture's own description");
            Assert.That(AltOf(french, path), Is.EqualTo(AltOf(frenchBefore, path)).And.Not.Null, "French has no description of its own");
            Assert.That(again.QuerySelector("form.translation-form[lang=de] input[name='Pictures[0].Text']")?.GetAttribute("value"),
                Is.EqualTo("Von vorn, auf dem Tisch"));
        });
        Assert.That(await SavedAsync(id), Is.EqualTo(new[] { "de:Von vorn, auf dem Tisch" }));

        var cleared = await staff.SubmitFormAsync(again, "form.translation-form[lang=de]", new Dictionary<string, string?> { ["Pictures[0].Text"] = "" });
        var (_, germanAfter) = await Visitor.GetPageAsync($"/de/p/{slug}");
        Assert.Multiple(async () =>
        {
            Assert.That(cleared.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
            Assert.That(AltOf(germanAfter, path), Does.StartWith("Übersetzt"), "emptied: described by the German name again");
            Assert.That(await SavedAsync(id), Is.Empty);
        });
    }

    [Test]
    public async Task A_too_long_description_is_refused_beside_its_picture_and_nothing_is_saved()
    {
        var (_, id, _) = await ProductAsync(3);
        using var staff = await App.CreateAccountAndSignInAsync(Accounts.UniqueEmail("staff"), Roles.Staff);
        var (_, editor) = await staff.GetPageAsync($"/admin/products/{id}");
        var pictureId = editor.QuerySelector("form.translation-form[lang=fr] input[name='Pictures[0].Id']")!.GetAttribute("value");

        var refused = await staff.SubmitFormAsync(editor, "form.translation-form[lang=fr]",
            new Dictionary<string, string?> { ["Name"] = "Traduit", ["Pictures[0].Text"] = new string('x', 201) });
        var page = await refused.ReadHtmlAsync();

        Assert.Multiple(async () =>
        {
            Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(page.Text($"#translation-picture-fr-{pictureId}-problem"), Does.Contain("200"));
            Assert.That(page.QuerySelector($"#translation-picture-fr-{pictureId}")?.GetAttribute("value"), Has.Length.EqualTo(201), "what was typed stays");
            Assert.That(page.QuerySelector($"#translation-picture-de-{pictureId}-problem"), Is.Null, "only the posted language's form");
            Assert.That(await SavedAsync(id), Is.Empty);
        });
    }

    [Test]
    public async Task A_picture_description_needs_a_name_and_removing_the_translation_removes_it()
    {
        var (slug, id, path) = await ProductAsync(4);
        await App.UntranslateProductAsync(id);
        using var staff = await App.CreateAccountAndSignInAsync(Accounts.UniqueEmail("staff"), Roles.Staff);
        var (_, editor) = await staff.GetPageAsync($"/admin/products/{id}");

        var noName = await staff.SubmitFormAsync(editor, "form.translation-form[lang=de]",
            new Dictionary<string, string?> { ["Name"] = "", ["Pictures[0].Text"] = "Von vorn" });
        var refusedPage = await noName.ReadHtmlAsync();
        Assert.Multiple(() =>
        {
            Assert.That(noName.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(refusedPage.Text("#translation-name-de-problem"), Does.Contain("picture descriptions"));
        });

        await staff.SubmitFormAsync(editor, "form.translation-form[lang=de]",
            new Dictionary<string, string?> { ["Name"] = "Übersetzt", ["Pictures[0].Text"] = "Von vorn" });
        Assert.That(await SavedAsync(id), Is.EqualTo(new[] { "de:Von vorn" }));
        var (_, again) = await staff.GetPageAsync($"/admin/products/{id}");
        var removed = await staff.SubmitFormAsync(again, "form.translation-form[lang=de]",
            new Dictionary<string, string?> { ["Name"] = "", ["Description"] = "", ["Pictures[0].Text"] = "" });
        var (_, german) = await Visitor.GetPageAsync($"/de/p/{slug}");

        Assert.Multiple(async () =>
        {
            Assert.That(removed.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
            Assert.That(await SavedAsync(id), Is.Empty);
            Assert.That(AltOf(german, path), Is.Not.Null.And.Not.EqualTo("Von vorn"));
        });
    }

    [Test]
    public async Task A_removed_picture_takes_its_descriptions_with_it()
    {
        var (_, id, path) = await ProductAsync(5);
        var imageId = await App.WithDbAsync(async db =>
        {
            var image = await db.Set<ProductImage>().SingleAsync(i => i.ProductId == id && i.Path == path);
            db.Add(new PictureTranslation(image.Id, "de", "Von vorn"));
            await db.SaveChangesAsync();
            return image.Id;
        });
        using var staff = await App.CreateAccountAndSignInAsync(Accounts.UniqueEmail("staff"), Roles.Staff);
        var (_, editor) = await staff.GetPageAsync($"/admin/products/{id}");

        var removed = await staff.SubmitFormAsync(editor, $"form[action='/admin/products/{id}/pictures/{imageId}/remove']");

        Assert.That(removed.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(await SavedAsync(id), Is.Empty);
    }
    [Test]
    public async Task A_colleague_s_translation_saved_a_moment_before_is_saved_over_not_refused()
    {
        var (_, id, _) = await ProductAsync(6);
        await App.UntranslateProductAsync(id);
        using var staff = await App.CreateAccountAndSignInAsync(Accounts.UniqueEmail("staff"), Roles.Staff);
        var (_, editor) = await staff.GetPageAsync($"/admin/products/{id}");

        _colleague.Arm();
        var saved = await staff.SubmitFormAsync(editor, "form.translation-form[lang=de]",
            new Dictionary<string, string?> { ["Name"] = "Unser Name", ["Pictures[0].Text"] = "Unser Bild" });
        var name = await App.WithDbAsync(db => db.Set<ProductTranslation>().Where(t => t.ProductId == id && t.Language == "de").Select(t => t.Name).SingleAsync());

        Assert.Multiple(async () =>
        {
            Assert.That(_colleague.Went, Is.True, "the colleague's rows were there first");
            Assert.That(saved.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
            Assert.That(name, Is.EqualTo("Unser Name"));
            Assert.That(await SavedAsync(id), Is.EqualTo(new[] { "de:Unser Bild" }));
        });
    }

    /// <summary>When armed, a colleague adds the same new translation rows just before the next save that adds them.</summary>
    private sealed class ColleagueFirst : SaveChangesInterceptor
    {
        private int _armed;
        public bool Went { get; private set; }

        public void Arm() => Volatile.Write(ref _armed, 1);

        public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
            CancellationToken cancellationToken = default)
        {
            var db = eventData.Context!;
            var pictures = db.ChangeTracker.Entries<PictureTranslation>().Where(e => e.State == EntityState.Added).Select(e => e.Entity).ToList();
            if (pictures.Count > 0 && Interlocked.Exchange(ref _armed, 0) == 1)
            {
                foreach (var text in db.ChangeTracker.Entries<ProductTranslation>().Where(e => e.State == EntityState.Added).Select(e => e.Entity).ToList())
                    await db.Database.ExecuteSqlAsync($"INSERT INTO \"ProductTranslations\" (\"ProductId\", \"Language\", \"Name\", \"Description\") VALUES ({text.ProductId}, {text.Language}, {"Ihr Name"}, {""})", cancellationToken);
                foreach (var picture in pictures)
                    await db.Database.ExecuteSqlAsync($"INSERT INTO \"PictureTranslations\" (\"ProductImageId\", \"Language\", \"AltText\") VALUES ({picture.ProductImageId}, {picture.Language}, {"Ihr Bild"})", cancellationToken);
                Went = true;
            }
            return result;
        }
    }
}
