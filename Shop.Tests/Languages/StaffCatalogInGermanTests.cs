using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using Shop.Tests.Checkout;
using Shop.Web.Content;

namespace Shop.Tests.Languages;

/// <summary>
/// The catalog's staff pages (products and their editor, variants, the catalog file, option words, categories and the
/// shop's own pages) in the language a staff member chose: headings, buttons, table headers, a refusal by its field,
/// the notice after an action, amounts and days as German and French write them.
/// </summary>
public class StaffCatalogInGermanTests : ShopFixture
{
    protected override Dictionary<string, string?> Settings => new() { ["Shop:Languages"] = "en,de,fr" };

    private static readonly CultureInfo German = CultureInfo.GetCultureInfo("de-DE");

    private async Task<HttpClient> StaffSpeakingAsync(string language)
    {
        var staff = await App.CreateAccountAndSignInAsync(Accounts.UniqueEmail("katalog"), Shop.Web.Account.Roles.Staff);
        var chosen = await staff.GetAsync($"/language/{language}?returnUrl=%2Fadmin");
        Assert.That(chosen.Headers.Location?.ToString(), Is.EqualTo("/admin"));
        return staff;
    }

    private static string Unique(string prefix) => $"{prefix}-{Guid.NewGuid().ToString("n")[..8]}";

    private async Task<string> NoticeAsync(HttpClient staff, HttpResponseMessage redirect)
    {
        Assert.That(redirect.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), await redirect.Content.ReadAsStringAsync());
        var (_, page) = await staff.GetPageAsync(redirect.Headers.Location!.OriginalString);
        return page.Text(".admin-notice");
    }

    [Test]
    public async Task The_product_list_speaks_German_and_shows_prices_with_a_decimal_comma()
    {
        using var staff = await StaffSpeakingAsync("de");
        var (_, price, id) = await App.ProductAsync();
        var sku = await App.WithDbAsync(db => db.Products.Where(p => p.Id == id).Select(p => p.Sku).SingleAsync());

        var (_, list) = await staff.GetPageAsync($"/admin/products?q={sku}");
        var row = list.QuerySelectorAll("tr.product-row").Single(r => r.QuerySelector($"a[href='/admin/products/{id}']") is not null);

        Assert.Multiple(() =>
        {
            Assert.That(list.DocumentElement.GetAttribute("lang"), Is.EqualTo("de"));
            Assert.That(list.Text("h1"), Is.EqualTo("Produkte"));
            Assert.That(list.Text("a[href='/admin/products/new']"), Is.EqualTo("Neues Produkt"));
            Assert.That(list.Text("a[href='/admin/products/import']"), Is.EqualTo("CSV importieren"));
            Assert.That(list.Texts(".admin-products thead th"), Is.EqualTo(new[] { "Auswählen", "Bild", "Name", "SKU", "Kategorie", "Preis", "Bestand", "Veröffentlicht" }));
            Assert.That(list.Text("form.product-search button[type=submit]"), Is.EqualTo("Suchen"));
            Assert.That(list.QuerySelector("#admin-product-search")?.GetAttribute("placeholder"), Is.EqualTo("Name oder SKU"));
            Assert.That(list.Texts("#filter-stock option"), Is.EqualTo(new[] { "Jeder Bestand", "Auf Lager", "Geringer Bestand", "Ausverkauft" }));
            Assert.That(list.Texts("#bulk-action option"), Does.Contain("Veröffentlichen").And.Contain("Löschen (archivieren, falls bestellt)"));
            Assert.That(list.Text(".result-count"), Is.EqualTo("1 Produkt"), "the SKU finds the one product");
            Assert.That(row.QuerySelector(".product-price").Text(), Is.EqualTo(price.ToString("0.00", German)));
            Assert.That(row.QuerySelector(".product-published").Text(), Is.EqualTo("Ja"));
            Assert.That(row.QuerySelector(".product-tick")?.GetAttribute("aria-label"), Does.EndWith(" auswählen"));
        });
    }

    [Test]
    public async Task A_product_made_in_German_is_refused_by_its_field_then_created_and_priced_with_a_decimal_comma()
    {
        using var staff = await StaffSpeakingAsync("de");
        var (_, form) = await staff.GetPageAsync("/admin/products/new");
        var name = Unique("Tischlampe");
        var fields = new Dictionary<string, string?>
        {
            ["Name"] = "", ["Slug"] = name.ToLowerInvariant(), ["Sku"] = Unique("LAMPE").ToUpperInvariant(), ["Price"] = "39,95",
            ["InitialStock"] = "3", ["CategoryId"] = (await App.WithDbAsync(db => db.Categories.Select(c => c.Id).FirstAsync())).ToString(),
            ["IsPublished"] = "true",
        };

        var refused = await staff.SubmitFormAsync(form, "form.product-form", fields);
        var refusedPage = await refused.ReadHtmlAsync();
        fields["Name"] = name;
        var created = await staff.SubmitFormAsync(form, "form.product-form", fields);
        var createdNotice = await NoticeAsync(staff, created);
        var id = int.Parse(created.Headers.Location!.OriginalString.Split('/').Last());
        var (_, editor) = await staff.GetPageAsync($"/admin/products/{id}");
        var repriced = await staff.SubmitFormAsync(editor, "form.variant-bulk-form", new Dictionary<string, string?>
        {
            ["Bulk.Scope"] = Shop.Web.Admin.Products.VariantBulkForm.All, ["Bulk.NewPrice"] = "12,50",
            ["Bulk.Change"] = Shop.Web.Admin.Products.VariantBulkForm.SetPrice,
        });
        var repricedNotice = await NoticeAsync(staff, repriced);

        Assert.Multiple(() =>
        {
            Assert.That(form.Text("h1"), Is.EqualTo("Neues Produkt"));
            Assert.That(form.Text("label[for=CompareAtPrice]"), Is.EqualTo("Streichpreis (optional)"));
            Assert.That(form.Text("label[for=TaxClass]"), Is.EqualTo("Steuerklasse"));
            Assert.That(form.Texts("select[name=TaxClass] option"), Is.EqualTo(new[] { "Standard", "Ermäßigt", "Null" }));
            Assert.That(form.Text("form.product-form button[type=submit]"), Is.EqualTo("Produkt anlegen"));
            Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(refusedPage.Text("[data-valmsg-for=Name]"), Is.EqualTo("Geben Sie den Namen des Produkts ein."));
            Assert.That(createdNotice, Is.EqualTo($"{name} angelegt."));
            Assert.That(editor.Text("#actions-heading"), Is.EqualTo("Aktionen"));
            Assert.That(editor.Text("form.publish-form button"), Is.EqualTo("Offline nehmen"));
            Assert.That(editor.Text("#options-heading"), Is.EqualTo("Optionen und Varianten"));
            Assert.That(editor.Text("#variants-heading"), Is.EqualTo("Varianten (1)"));
            Assert.That(editor.Texts(".variant-grid thead th").Skip(4).Take(3), Is.EqualTo(new[] { "Preis", "Streichpreis", "Gewicht (g)" }));
            Assert.That(editor.QuerySelector(".variant-grid .grid-price")?.GetAttribute("placeholder"), Is.EqualTo("39,95"), "the product's price, as German writes it");
            Assert.That(editor.Text("form.variant-grid-form button[type=submit]"), Is.EqualTo("Varianten speichern"));
            Assert.That(editor.Text("#pictures-heading"), Is.EqualTo("Bilder"));
            Assert.That(editor.Text(".picture-upload-form button"), Is.EqualTo("Bilder hochladen"));
            Assert.That(repricedNotice, Is.EqualTo("Preis auf 12,50 gesetzt."), "read from \"12,50\" and told back as German writes it");
        });
    }

    [Test]
    public async Task A_variant_grid_refused_in_German_says_why_by_the_field()
    {
        using var staff = await StaffSpeakingAsync("de");
        var (_, _, id) = await App.ProductAsync(skip: 1);
        var (_, editor) = await staff.GetPageAsync($"/admin/products/{id}");

        var refused = await staff.SubmitFormAsync(editor, "form.variant-grid-form", new Dictionary<string, string?>
        {
            ["Grid.Variants[0].Price"] = "-1", ["Grid.Variants[0].Gtin"] = "123",
        });
        var page = await refused.ReadHtmlAsync();

        Assert.Multiple(() =>
        {
            Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(page.Text(".grid-problems"), Is.EqualTo("Nichts gespeichert: Korrigieren Sie die markierten Felder."));
            Assert.That(page.Text("[data-valmsg-for='Grid.Variants[0].Price']"), Is.EqualTo("Ein Preis muss über null liegen (leer lassen für den Preis des Produkts)."));
            Assert.That(page.Text("[data-valmsg-for='Grid.Variants[0].Gtin']"),
                Is.EqualTo("„123“ ist keine GTIN: Eine Barcode-Nummer hat 8, 12, 13 oder 14 Ziffern (EAN-13: 4006381333931)."));
        });
    }

    [Test]
    public async Task Ticking_no_product_is_refused_in_French()
    {
        using var staff = await StaffSpeakingAsync("fr");
        var (_, list) = await staff.GetPageAsync("/admin/products");

        var refused = await staff.SubmitFormAsync(list, "form.bulk-products-form", new Dictionary<string, string?> { ["Action"] = "publish" });
        var page = await refused.ReadHtmlAsync();

        Assert.Multiple(() =>
        {
            Assert.That(list.Text("h1"), Is.EqualTo("Produits"));
            Assert.That(list.Text("label[for=bulk-action]"), Is.EqualTo("Avec les produits cochés"));
            Assert.That(list.Text("form.bulk-products-form button[type=submit]"), Is.EqualTo("Appliquer"));
            Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(page.Text(".bulk-products-form .alert-danger"), Is.EqualTo("Cochez au moins un produit."));
        });
    }

    [Test]
    public async Task A_catalog_file_refused_in_French_names_each_line_in_French()
    {
        using var staff = await StaffSpeakingAsync("fr");
        var (_, page) = await staff.GetPageAsync("/admin/products/import");
        var csv = "Sku,Name,Slug,Category,Price,Stock,Published\n" + $"{Unique("BAD")},Mauvais,{Unique("mauvais")},nowhere,5.00,1,maybe\n";

        var response = await UploadAsync(staff, page, Encoding.UTF8.GetBytes(csv));
        var report = await response.ReadHtmlAsync();

        Assert.Multiple(() =>
        {
            Assert.That(page.Text("h1"), Is.EqualTo("Importer des produits depuis un CSV"));
            Assert.That(page.Text("form.import-form button"), Is.EqualTo("Vérifier et importer"));
            Assert.That(page.Text("label[for=file]"), Is.EqualTo("Fichier CSV, jusqu’à 8 Mo et 25 000 lignes"));
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(report.Text(".import-problems p"), Is.EqualTo("Rien n’a été importé. Corrigez ces 2 problèmes et téléversez à nouveau le fichier :"));
            Assert.That(report.Texts(".import-problems li"), Is.EquivalentTo(new[]
            {
                "Ligne 2 : Published : utilisez true ou false, pas « maybe ».",
                "Ligne 2 : Category : il n’y a pas de catégorie « nowhere ».",
            }));
        });
    }

    [Test]
    public async Task Option_words_speak_German()
    {
        using var staff = await StaffSpeakingAsync("de");

        var (_, page) = await staff.GetPageAsync("/admin/products/option-words");

        Assert.Multiple(() =>
        {
            Assert.That(page.Text("h1"), Is.EqualTo("Optionswörter"));
            Assert.That(page.Text(".breadcrumb a"), Is.EqualTo("Produkte"));
            Assert.That(page.Texts(".option-words thead th").Take(3), Is.EqualTo(new[] { "Wort", "Verwendet als", "Produkte" }));
            Assert.That(page.Texts(".option-words td[data-label='Verwendet als']"), Is.Not.Empty.And.All.AnyOf("Name", "Wert", "Name, Wert", "Nicht mehr verwendet"));
            Assert.That(page.Text("form.option-words-form button[type=submit]"), Is.EqualTo("Übersetzungen speichern"));
        });
    }

    [Test]
    public async Task Categories_speak_French_refuse_by_the_field_and_say_what_was_done()
    {
        using var staff = await StaffSpeakingAsync("fr");
        var (_, list) = await staff.GetPageAsync("/admin/categories");
        var (_, form) = await staff.GetPageAsync("/admin/categories/new");
        var name = Unique("Jardin");

        var refused = await staff.SubmitFormAsync(form, "form.category-form", new Dictionary<string, string?> { ["Name"] = "", ["Slug"] = "" });
        var refusedPage = await refused.ReadHtmlAsync();
        var created = await staff.SubmitFormAsync(form, "form.category-form", new Dictionary<string, string?> { ["Name"] = name, ["Slug"] = "" });
        var createdNotice = await NoticeAsync(staff, created);
        var id = await App.WithDbAsync(db => db.Categories.Where(c => c.Name == name).Select(c => c.Id).SingleAsync());
        var (_, afterCreate) = await staff.GetPageAsync("/admin/categories");
        var deleted = await staff.SubmitFormAsync(afterCreate, $"form[action='/admin/categories/{id}/delete']");
        var deletedNotice = await NoticeAsync(staff, deleted);

        Assert.Multiple(() =>
        {
            Assert.That(list.Text("h1"), Is.EqualTo("Catégories"));
            Assert.That(list.Text("a[href='/admin/categories/new']"), Is.EqualTo("Nouvelle catégorie"));
            Assert.That(list.Texts(".admin-categories thead th").Take(4), Is.EqualTo(new[] { "Position", "Nom", "Slug", "Produits" }));
            Assert.That(list.QuerySelector(".admin-categories .delete-category button")?.GetAttribute("aria-label"), Does.StartWith("Supprimer "));
            Assert.That(form.Text("form.category-form button[type=submit]"), Is.EqualTo("Créer la catégorie"));
            Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(refusedPage.Text("[data-valmsg-for=Name]"), Is.EqualTo("Saisissez le nom de la catégorie."));
            Assert.That(createdNotice, Is.EqualTo($"Créé : {name}."));
            Assert.That(deletedNotice, Is.EqualTo("Catégorie supprimée."));
        });
    }

    [Test]
    public async Task Shop_pages_speak_German_with_their_day_in_German()
    {
        using var staff = await StaffSpeakingAsync("de");
        var (_, list) = await staff.GetPageAsync("/admin/pages");
        var id = await App.WithDbAsync(db => db.ContentPages.OrderBy(p => p.Id).Select(p => p.Id).FirstAsync());
        var (_, form) = await staff.GetPageAsync($"/admin/pages/{id}");

        var refused = await staff.SubmitFormAsync(form, "form.content-page-form", new Dictionary<string, string?> { ["Title"] = "" });
        var refusedPage = await refused.ReadHtmlAsync();
        var title = form.QuerySelector("input[name=Title]")!.GetAttribute("value");
        var saved = await staff.SubmitFormAsync(form, "form.content-page-form");
        var notice = await NoticeAsync(staff, saved);

        Assert.Multiple(() =>
        {
            Assert.That(list.Text("h1"), Is.EqualTo("Shopseiten"));
            Assert.That(list.Texts(".content-pages thead th"), Is.EqualTo(new[] { "Seite", "Adresse", "Zuletzt geändert", "Andere Sprachen" }));
            Assert.That(list.Texts(".content-pages td[data-label='Zuletzt geändert']"),
                Is.Not.Empty.And.All.Matches(@"^\d{1,2}\. (Jan|Feb|März|Apr|Mai|Juni|Juli|Aug|Sept|Okt|Nov|Dez)\.? \d{4} \d{2}:\d{2}$"),
                "a German day, as ShopText.DayAndTime writes it");
            Assert.That(form.Text("h1"), Does.StartWith("Seite „").And.EndWith("“ bearbeiten"));
            Assert.That(form.Text("form.content-page-form button[type=submit]"), Is.EqualTo("Seite speichern"));
            Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(refusedPage.Text("[data-valmsg-for=Title]"), Is.EqualTo("Geben Sie der Seite einen Titel."));
            Assert.That(notice, Does.StartWith($"{title} gespeichert."));
        });
    }

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, IDocument page, byte[] bytes)
    {
        var form = page.QuerySelector("form.import-form")!;
        using var content = new MultipartFormDataContent();
        content.Add(new StringContent(form.QuerySelector("input[name='__RequestVerificationToken']")!.GetAttribute("value")!), "__RequestVerificationToken");
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        content.Add(file, "file", "katalog.csv");
        return await client.PostAsync(form.GetAttribute("action"), content);
    }
}
