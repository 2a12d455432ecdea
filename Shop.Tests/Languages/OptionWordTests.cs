using Shop.Tests.Orders;
using Shop.Web.Admin.Products;

namespace Shop.Tests.Languages;

/// <summary>Staff translate option names and values once for the shop; German and French shoppers read them everywhere.</summary>
public class OptionWordTests : OrdersFixture
{
    private const string Slug = "glossary-shirt";
    private string _categorySlug = "";
    private readonly SqlCommandCounter _sql = new();

    protected override Action<IServiceCollection>? TestServices => s => s.AddSingleton<Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor>(_sql);

    /// <summary>A shirt in Colour (Red, Blue) and Fabric (Linen, Wool): "Fabric" is no word of the shop's own texts.</summary>
    [OneTimeSetUp]
    public async Task ArrangeShirtAsync()
    {
        _categorySlug = await App.WithDbAsync(async db =>
        {
            var category = await db.Categories.OrderBy(c => c.Id).FirstAsync();
            var p = new Product("Glossary Shirt", Slug, "GLOSS-1", "A shirt.", 20m, category.Id, DateTimeOffset.UtcNow);
            p.DefineOptions([("Colour", ["Red", "Blue"]), ("Fabric", ["Linen", "Wool"])]);
            p.Publish();
            db.Products.Add(p);
            await db.SaveChangesAsync();
            foreach (var v in p.Variants) p.SetStock(v.Id, 50);
            await db.SaveChangesAsync();
            return category.Slug;
        });
        // The demo's own German and French for these words would stand in for what the tests show staff translating.
        await App.UntranslateWordsAsync("Colour", "Red", "Blue");
    }

    private Task TranslateAsync(string language, params (string Word, string Translation)[] words) => App.WithDbAsync(async db =>
    {
        foreach (var (word, translation) in words)
        {
            if (await db.Set<OptionWordTranslation>().FirstOrDefaultAsync(t => t.Language == language && t.Word == word) is { } saved) saved.Change(translation);
            else db.Add(new OptionWordTranslation(language, word, translation));
        }
        await db.SaveChangesAsync();
    });

    private static string Field(IDocument page, string word, string language) =>
        page.QuerySelector($"tr[data-word='{word}'] td[lang={language}] input[name$='.Translation']")?.GetAttribute("name")
        ?? throw new AssertionException($"No field for {word} in {language}");

    private static string Legend(IDocument page, int option) => page.Text($"form.variant-picker fieldset[data-option='{option}'] legend");

    private static List<string> Buttons(IDocument page, int option) => page.Texts($"form.variant-picker fieldset[data-option='{option}'] label.option-value");

    [Test]
    public async Task Staff_translate_each_word_once_and_the_product_page_shows_it_in_that_language_only()
    {
        var (_, glossary) = await Staff.GetPageAsync("/admin/products/option-words");
        Assert.Multiple(() =>
        {
            Assert.That(glossary.Text("h1"), Is.EqualTo("Option words"));
            Assert.That(glossary.Text("tr[data-word='Fabric'] .option-word-products"), Is.EqualTo("1"));
            Assert.That(glossary.Text("tr[data-word='Fabric'] td[data-label='Used as']"), Is.EqualTo("name"));
            Assert.That(int.Parse(glossary.Text("tr[data-word='Red'] .option-word-products")), Is.GreaterThanOrEqualTo(1));
            Assert.That(glossary.QuerySelectorAll("thead th[lang]").Select(th => th.GetAttribute("lang")), Is.EqualTo(new[] { "de", "fr" }));
        });

        var saved = await Staff.SubmitFormAsync(glossary, "form.option-words-form", new Dictionary<string, string?>
        {
            [Field(glossary, "Colour", "de")] = "Farbe", [Field(glossary, "Red", "de")] = "Rot", [Field(glossary, "Fabric", "de")] = "Stoff",
            [Field(glossary, "Wool", "fr")] = "Laine",
        });
        Assert.That(saved.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        var again = await Staff.FollowAsync(saved);
        Assert.Multiple(() =>
        {
            // Words the other tests of this shop translated already count only when this form changed them.
            Assert.That(again.Text(".admin-notice"), Does.Match(@"^Saved [1-4] translations?\.$"));
            Assert.That(again.QuerySelector($"[name='{Field(again, "Fabric", "de")}']")?.GetAttribute("value"), Is.EqualTo("Stoff"));
        });
        var words = await App.WithDbAsync(db => db.Set<OptionWordTranslation>().Select(t => t.Language + ":" + t.Word + "=" + t.Translation).ToListAsync());
        Assert.That(words, Is.SupersetOf(new[] { "de:Colour=Farbe", "de:Red=Rot", "de:Fabric=Stoff", "fr:Wool=Laine" }));
        var audit = await App.WithDbAsync(db => db.Set<AuditEntry>().Where(e => e.EntityType == OptionWordTranslations.AuditEntity)
            .Select(e => new { e.EntityId, e.Action, e.After }).ToListAsync());
        Assert.That(audit.Where(a => a.EntityId == "de").Select(a => a.After), Has.Some.Contains("\"Colour\":\"Farbe\""));
        Assert.That(audit.Where(a => a.EntityId == "fr").Select(a => a.After), Has.Some.Contains("\"Wool\":\"Laine\""), "an entry a language");

        var (_, german) = await Visitor.GetPageAsync($"/de/p/{Slug}?o1=Red&o2=Linen");
        var (_, french) = await Visitor.GetPageAsync($"/fr/p/{Slug}?o1=Red&o2=Linen");
        var (_, english) = await App.Browser().GetPageAsync($"/p/{Slug}?o1=Red&o2=Linen");
        Assert.Multiple(() =>
        {
            Assert.That(Legend(german, 0), Is.EqualTo("Farbe: Rot"));
            Assert.That(Legend(german, 1), Is.EqualTo("Stoff: Linen"), "a word without a German translation shows as it is");
            Assert.That(Buttons(german, 0), Is.EqualTo(new[] { "Rot", "Blue" }));
            Assert.That(german.QuerySelectorAll("input[name=o1]").Select(i => i.GetAttribute("value")), Is.EqualTo(new[] { "Red", "Blue" }),
                "the picker posts the catalog's own values");
            Assert.That(german.QuerySelector("input[name=o1][value=Red]")?.GetAttribute("data-label"), Is.EqualTo("Rot"));
            Assert.That(Buttons(french, 1), Is.EqualTo(new[] { "Linen", "Laine" }));
            Assert.That(Legend(french, 1), Is.EqualTo("Fabric : Linen"));
            Assert.That(Legend(english, 0), Is.EqualTo("Colour: Red"));
            Assert.That(Legend(english, 1), Is.EqualTo("Fabric: Linen"));
            Assert.That(Buttons(english, 0), Is.EqualTo(new[] { "Red", "Blue" }));
            Assert.That(german.Text("#product-variants"), Does.Contain("\"values\":[\"Red\",\"Wool\"]"), "the script's data keeps the catalog's values");
        });
    }

    [Test]
    public async Task A_German_shopper_buys_the_variant_picked_as_Rot_and_the_cart_order_and_mail_name_it_in_German()
    {
        await TranslateAsync("de", ("Red", "Rot"), ("Wool", "Wolle"));
        var email = Unique("deutsch");
        using var me = await App.CreateAccountAndSignInAsync(email);
        await me.GetAsync("/language/de");
        var added = await me.SubmitFormAsync($"/de/p/{Slug}?o1=Red&o2=Wool", "form.buy-box", new Dictionary<string, string?> { ["quantity"] = "1" });
        Assert.That(added.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        var redWool = await App.WithDbAsync(db => db.Variants.Where(v => v.Sku.StartsWith("GLOSS-1") && v.Option1 == "Red" && v.Option2 == "Wool").Select(v => v.Id).SingleAsync());
        var (_, cart) = await me.GetPageAsync("/de/cart");
        Assert.That(cart.QuerySelector($".cart-line[data-variant-id='{redWool}']").Text(), Does.Contain("Glossary Shirt — Rot / Wolle"));

        var paid = await new Shopper(me).CheckoutAsync(TestNonces.Valid, Shopper.GuestAddress(email));
        Assert.That((int)paid.StatusCode, Is.EqualTo(302), await paid.Content.ReadAsStringAsync());
        var number = paid.Headers.Location!.ToString().Split('/')[^1];
        var line = (await OrderAsync(number)).Lines.Single();
        var (_, confirmation) = await me.GetPageAsync(paid.Headers.Location!.ToString());
        Assert.Multiple(() =>
        {
            Assert.That((line.VariantId, line.VariantTitle), Is.EqualTo((redWool, "Rot / Wolle")));
            Assert.That(confirmation.Body!.TextContent, Does.Contain("Rot / Wolle"));
            Assert.That(App.LastMailTo(email).TextBody, Does.Contain("Rot / Wolle"));
        });

        var englishEmail = Unique("english");
        using var english = new Shopper(App.Browser());
        await english.Client.SubmitFormAsync($"/p/{Slug}?o1=Red&o2=Wool", "form.buy-box", new Dictionary<string, string?> { ["quantity"] = "1" });
        var (_, englishCart) = await english.Client.GetPageAsync("/cart");
        Assert.That(englishCart.QuerySelector($".cart-line[data-variant-id='{redWool}']").Text(), Does.Contain("Glossary Shirt — Red / Wool"));
        var englishPaid = await english.CheckoutAsync(TestNonces.Valid, Shopper.GuestAddress(englishEmail));
        var englishLine = (await OrderAsync(englishPaid.Headers.Location!.ToString().Split('/')[^1])).Lines.Single();
        Assert.That(englishLine.VariantTitle, Is.EqualTo("Red / Wool"));
    }

    [Test]
    public async Task The_glossary_is_read_once_per_catalog_version_never_at_Pay_and_never_in_English()
    {
        // A new word too: the glossary changes (a new catalog version) even where an earlier test translated Red already.
        await TranslateAsync("de", ("Red", "Rot"), ($"Probe {Guid.NewGuid():n}"[..20], "Probe"));
        var email = Unique("zahlt");
        using var german = new Shopper(App.Browser());
        await german.Client.GetAsync("/language/de");
        _sql.Reset();
        await german.Client.SubmitFormAsync($"/de/p/{Slug}?o1=Red&o2=Linen", "form.buy-box", new Dictionary<string, string?> { ["quantity"] = "1" });
        await german.Client.GetPageAsync("/de/cart");
        Assert.That(Regex.Matches(_sql.Commands, "\"OptionWordTranslations\"").Count, Is.EqualTo(1), "read once since the glossary changed:\n" + _sql.Commands);
        _sql.Reset();
        var (_, cart) = await german.Client.GetPageAsync("/de/cart");
        var review = await german.EnterAddressAsync(Shopper.GuestAddress(email));
        var paid = await german.PayAsync(review, TestNonces.Valid);
        Assert.That((int)paid.StatusCode, Is.EqualTo(302), await paid.Content.ReadAsStringAsync());
        Assert.Multiple(() =>
        {
            Assert.That(cart.Text(".cart-lines"), Does.Contain("Rot / Linen"));
            Assert.That(_sql.Commands, Does.Not.Contain("OptionWordTranslations"), "the cart, the review and Pay take the glossary from the cache");
        });

        using var english = new Shopper(App.Browser());
        await english.Client.SubmitFormAsync($"/p/{Slug}?o1=Red&o2=Linen", "form.buy-box", new Dictionary<string, string?> { ["quantity"] = "1" });
        _sql.Reset();
        await english.Client.GetPageAsync("/cart");
        await english.Client.GetPageAsync($"/p/{Slug}?o1=Blue");
        Assert.That(_sql.Commands, Does.Not.Contain("OptionWordTranslations"), "the default language never reads it");
    }

    [Test]
    public async Task A_German_shopper_finds_the_shirt_by_its_translated_option_words()
    {
        await TranslateAsync("de", ("Wool", "Wolle"), ("Fabric", "Stoff"));
        var (_, wool) = await Visitor.GetPageAsync("/de/search?q=wolle");
        var (_, fabric) = await Visitor.GetPageAsync("/de/search?q=stoff+wolle");
        var suggest = await Visitor.GetStringAsync("/de/search/suggest?q=wolle");
        Assert.Multiple(() =>
        {
            Assert.That(wool.Texts(".product-card .card-title"), Does.Contain("Glossary Shirt"));
            Assert.That(fabric.Texts(".product-card .card-title"), Does.Contain("Glossary Shirt"));
            Assert.That(suggest, Does.Contain("Glossary Shirt"));
        });
    }

    [Test]
    public async Task Back_in_stock_mail_and_the_wishlist_name_a_variant_in_German()
    {
        await TranslateAsync("de", ("Red", "Rot"), ("Wool", "Wolle"));
        var blueWool = await App.WithDbAsync(async db =>
        {
            var shirt = await db.Products.Include(p => p.Variants).SingleAsync(p => p.Slug == Slug);
            var variant = shirt.Variants.Single(v => v.Option1 == "Blue" && v.Option2 == "Wool");
            shirt.SetStock(variant.Id, 0);
            await db.SaveChangesAsync();
            return variant.Id;
        });
        var email = Unique("wartend");
        var (_, page) = await Visitor.GetPageAsync($"/de/p/{Slug}?variant={blueWool}");
        var asked = await Visitor.SubmitFormAsync(page, "form.back-in-stock", new Dictionary<string, string?> { ["email"] = email });
        Assert.That((int)asked.StatusCode, Is.LessThan(400), await asked.Content.ReadAsStringAsync());
        Assert.That(App.LastMailTo(email).TextBody, Does.Contain("Glossary Shirt — Blue / Wolle"));

        using var me = await App.CreateAccountAndSignInAsync(Unique("merkzettel"));
        var shirtId = await App.WithDbAsync(db => db.Products.Where(p => p.Slug == Slug).Select(p => p.Id).SingleAsync());
        var add = new HttpRequestMessage(HttpMethod.Post, "/wishlist/add")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["productId"] = $"{shirtId}", ["returnUrl"] = $"/p/{Slug}" }),
        };
        add.Headers.Add("Sec-Fetch-Site", "same-origin");
        await me.SendAsync(add);
        var (_, english) = await me.GetPageAsync("/wishlist");
        var (_, german) = await me.GetPageAsync("/de/wishlist");
        Assert.Multiple(() =>
        {
            Assert.That(german.Texts($"[data-product-id='{shirtId}'] option"), Does.Contain("Rot / Wolle").And.Not.Contain("Blue / Wolle"), "in stock only");
            Assert.That(english.Texts($"[data-product-id='{shirtId}'] option"), Does.Contain("Red / Wool"));
        });
    }

    [Test]
    public async Task German_facets_read_translated_and_filter_by_the_catalog_s_values()
    {
        await TranslateAsync("de", ("Red", "Rot"), ("Fabric", "Stoff"));
        var (_, list) = await Visitor.GetPageAsync($"/de/c/{_categorySlug}?sort=newest");
        var red = list.QuerySelector("fieldset.facet[data-facet=colour] input[value=Red]");
        Assert.Multiple(() =>
        {
            Assert.That(list.Text("fieldset.facet[data-facet=fabric] legend"), Is.EqualTo("Stoff"));
            Assert.That(red, Is.Not.Null, "the filter's value stays the catalog's own");
            Assert.That(list.QuerySelector($"label[for='{red?.Id}'] span").Text(), Is.EqualTo("Rot"));
        });

        var (_, filtered) = await Visitor.GetPageAsync($"/de/c/{_categorySlug}?sort=newest&colour=Red&fabric=Wool");
        var (_, english) = await App.Browser().GetPageAsync($"/c/{_categorySlug}?sort=newest&colour=Red");
        Assert.Multiple(() =>
        {
            Assert.That(filtered.ProductNames(), Does.Contain("Glossary Shirt"));
            Assert.That(filtered.QuerySelector("fieldset.facet[data-facet=colour] input[value=Red]")?.HasAttribute("checked"), Is.True);
            Assert.That(english.Text("fieldset.facet[data-facet=fabric] legend"), Is.EqualTo("Fabric"));
            Assert.That(english.QuerySelector($"label[for='{english.QuerySelector("fieldset.facet[data-facet=colour] input[value=Red]")?.Id}'] span").Text(), Is.EqualTo("Red"));
        });
    }

    [Test]
    public async Task A_glossary_save_refreshes_a_cached_German_page()
    {
        var (_, before) = await Visitor.GetPageAsync($"/de/p/{Slug}");
        Assert.That(Buttons(before, 0), Does.Contain("Blue"));
        var (_, glossary) = await Staff.GetPageAsync("/admin/products/option-words");
        await Staff.SubmitFormAsync(glossary, "form.option-words-form", new Dictionary<string, string?> { [Field(glossary, "Blue", "de")] = "Blau" });
        var (_, after) = await Visitor.GetPageAsync($"/de/p/{Slug}");
        Assert.That(Buttons(after, 0), Does.Contain("Blau").And.Not.Contain("Blue"));

        var (_, emptied) = await Staff.GetPageAsync("/admin/products/option-words");
        await Staff.SubmitFormAsync(emptied, "form.option-words-form", new Dictionary<string, string?> { [Field(emptied, "Blue", "de")] = "" });
        Assert.That(Buttons((await Visitor.GetPageAsync($"/de/p/{Slug}")).Page, 0), Does.Contain("Blue"), "an emptied translation is removed");
    }

    [Test]
    public async Task A_translation_too_long_is_refused_beside_its_field_and_nothing_is_saved()
    {
        var (_, glossary) = await Staff.GetPageAsync("/admin/products/option-words");
        var field = Field(glossary, "Linen", "de");
        var refused = await Staff.SubmitFormAsync(glossary, "form.option-words-form", new Dictionary<string, string?>
        {
            [field] = new string('x', 41), [Field(glossary, "Linen", "fr")] = "Lin",
        });
        var page = await refused.ReadHtmlAsync();
        Assert.Multiple(async () =>
        {
            Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(page.Text($"span[data-valmsg-for='{field}']"), Does.Contain("at most 40 characters"));
            Assert.That(page.QuerySelector($"input[name='{field}']")?.GetAttribute("aria-invalid"), Is.EqualTo("true"));
            Assert.That(page.QuerySelector($"input[name='{field}']")?.GetAttribute("value"), Has.Length.EqualTo(41), "what was typed stays");
            Assert.That(await App.WithDbAsync(db => db.Set<OptionWordTranslation>().AnyAsync(t => t.Word == "Linen")), Is.False);
        });
    }

    [Test]
    public async Task Two_values_of_one_option_may_not_read_alike_in_a_language()
    {
        var (_, glossary) = await Staff.GetPageAsync("/admin/products/option-words");
        var refused = await Staff.SubmitFormAsync(glossary, "form.option-words-form", new Dictionary<string, string?>
        {
            [Field(glossary, "Linen", "fr")] = "Lin", [Field(glossary, "Wool", "fr")] = "lin",
        });
        var page = await refused.ReadHtmlAsync();
        Assert.Multiple(async () =>
        {
            Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(page.Text(".validation-summary-errors"),
                Does.Contain("In French, Linen and Wool would both read \"lin\" among Glossary Shirt's Fabric: give them different words."));
            Assert.That(page.QuerySelector($"input[name='{Field(page, "Wool", "fr")}']")?.GetAttribute("value"), Is.EqualTo("lin"), "what was typed stays");
            Assert.That(await App.WithDbAsync(db => db.Set<OptionWordTranslation>().AnyAsync(t => t.Word == "Linen")), Is.False, "nothing saved");
        });
    }

    [Test]
    public async Task A_shopper_may_neither_open_nor_save_the_glossary()
    {
        using var shopper = await App.CreateAccountAndSignInAsync(Unique("shopper"));
        var opened = await shopper.GetAsync("/admin/products/option-words");
        var (_, account) = await shopper.GetPageAsync("/account");
        var posted = await shopper.PostAsync("/admin/products/option-words", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Words[0].Word"] = "Linen", ["Words[0].Texts[0].Language"] = "de", ["Words[0].Texts[0].Translation"] = "Leinen",
            ["__RequestVerificationToken"] = account.AntiforgeryToken("form.profile-form"),
        }));
        Assert.Multiple(async () =>
        {
            foreach (var refused in new[] { opened, posted })
                Assert.That(refused.StatusCode == HttpStatusCode.Forbidden || refused.Headers.Location?.OriginalString.Contains("access-denied") == true,
                    $"{refused.RequestMessage?.Method} refused: {refused.StatusCode} {refused.Headers.Location}");
            Assert.That(await App.WithDbAsync(db => db.Set<OptionWordTranslation>().AnyAsync(t => t.Word == "Linen")), Is.False);
        });
    }
}
