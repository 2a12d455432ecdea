using Shop.Tests.Checkout;

namespace Shop.Tests.Languages;

/// <summary>The rest of the storefront in German and French: wishlist, reviews, back-in-stock, shop pages, error pages, countries.</summary>
public class StorefrontTextTests : ShopFixture
{
    protected override Dictionary<string, string?> Settings => new()
    {
        ["Shop:Languages"] = "en,de,fr",
        ["Shop:Returns:Days"] = "14",
    };

    [Test]
    public async Task What_scripts_and_screen_readers_say_comes_with_the_page_in_its_language()
    {
        var (_, home) = await Visitor.GetPageAsync("/fr/");
        var search = home.QuerySelector("#site-search")!;
        using var me = await App.CreateAccountAndSignInAsync(Accounts.UniqueEmail("live"));
        var (_, orders) = await me.GetPageAsync("/de/account/orders");
        var live = orders.QuerySelector("[data-live-region]")!;

        Assert.Multiple(() =>
        {
            Assert.That(search.GetAttribute("data-text-found"), Is.EqualTo("{0} suggestions, choisissez avec les flèches"));
            Assert.That(search.GetAttribute("data-text-category"), Is.EqualTo("Catégorie · {0}"));
            Assert.That(home.QuerySelector("nav.navbar")!.GetAttribute("aria-label"), Is.EqualTo("Menu principal"));
            Assert.That(live.GetAttribute("data-text-changed"), Is.EqualTo("Bestellung {0} ist jetzt: {1}."));
            Assert.That(live.GetAttribute("data-statuses"), Does.Contain("\"Shipped\":\"Versandt\""));
        });
    }

    [Test]
    public async Task A_German_shopper_reads_the_wishlist_in_German()
    {
        var (slug, _, id) = await App.ProductAsync(0);
        await App.UntranslateProductAsync(id); // the test's own German name, not the demo's
        await App.WithDbAsync(async db =>
        {
            db.Add(new ProductTranslation(id, "de", "Gemerktes Ding", ""));
            await db.SaveChangesAsync();
        });
        using var me = await App.CreateAccountAndSignInAsync(Accounts.UniqueEmail("wisher"));
        var (_, empty) = await me.GetPageAsync("/de/wishlist");
        var (_, product) = await me.GetPageAsync($"/de/p/{slug}");
        var saved = await me.SubmitFormAsync(product, ".product-detail form.wish-form");
        var list = await me.FollowAsync(saved);
        var (_, anonymousPage) = await Visitor.GetPageAsync($"/de/p/{slug}");
        var anonymous = await Visitor.SubmitFormAsync(anonymousPage, ".product-detail form.wish-form");
        Assert.Multiple(() =>
        {
            Assert.That(saved.Headers.Location?.ToString(), Is.EqualTo("/de/wishlist"), "the wishlist stays German");
            Assert.That(list.QuerySelector(".move-form")?.GetAttribute("action"), Is.EqualTo("/de/wishlist/move"));
            Assert.That(list.QuerySelector(".remove-form")?.GetAttribute("action"), Is.EqualTo("/de/wishlist/remove"));
            Assert.That(anonymous.Headers.Location?.ToString(), Does.StartWith("/de/account/sign-in?returnUrl="), "signing in, in German");
            Assert.That(empty.Text("h1"), Is.EqualTo("Ihr Merkzettel"));
            Assert.That(empty.Text(".empty-wishlist"), Does.StartWith("Noch nichts gemerkt."));
            Assert.That(product.Text(".product-detail form.wish-form button"), Does.Contain("Auf den Merkzettel"));
            Assert.That(list.Text(".wishlist-message"), Is.EqualTo("Gemerktes Ding steht auf Ihrem Merkzettel."));
            Assert.That(list.Texts(".wished-name"), Is.EqualTo(new[] { "Gemerktes Ding" }), "named as staff translated it");
            Assert.That(list.Text(".move-form button"), Is.EqualTo("In den Warenkorb legen"));
            Assert.That(list.Text(".remove-form button"), Does.StartWith("Entfernen"));
        });
    }

    [Test]
    public async Task Reviews_and_the_review_form_speak_the_shoppers_language()
    {
        var (slug, _, _) = await App.ProductAsync(1);
        var (_, german) = await Visitor.GetPageAsync($"/de/p/{slug}");
        var (_, french) = await Visitor.GetPageAsync($"/fr/p/{slug}");
        using var me = await App.CreateAccountAndSignInAsync(Accounts.UniqueEmail("reviewer"));
        var (notBought, form) = await me.GetPageAsync($"/de/p/{slug}/review");
        Assert.Multiple(() =>
        {
            Assert.That(german.Text("#reviews-heading"), Is.EqualTo("Bewertungen"));
            Assert.That(german.Text(".write-review"), Is.EqualTo("Bewertung schreiben"));
            Assert.That(german.QuerySelector(".write-review")?.GetAttribute("href"), Is.EqualTo($"/de/p/{slug}/review"));
            Assert.That(french.Text("#reviews-heading"), Is.EqualTo("Avis"));
            Assert.That(french.Text(".write-review"), Is.EqualTo("Écrire un avis"));
            Assert.That(notBought.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
            Assert.That(form.Text(".not-bought"), Does.StartWith("Sie können Produkte bewerten, die Sie gekauft haben."));
        });
    }

    [Test]
    public async Task Back_in_stock_form_and_its_answers_are_German()
    {
        var (slug, _, id) = await App.ProductAsync(3);
        await App.UntranslateProductAsync(id); // the test's own German name, not the demo's
        await App.WithDbAsync(async db =>
        {
            var product = await db.Products.Include(p => p.Variants).SingleAsync(p => p.Id == id);
            product.SetStock(0);
            db.Add(new ProductTranslation(id, "de", "Wartende Lampe", ""));
            await db.SaveChangesAsync();
        });
        using var guest = App.Browser();
        var (_, page) = await guest.GetPageAsync($"/de/p/{slug}");
        var bad = await guest.SubmitFormAsync(page, "form.back-in-stock", new Dictionary<string, string?> { ["email"] = "not an address" });
        var badPage = await bad.ReadHtmlAsync();
        var waiter = Accounts.UniqueEmail("waiter");
        var asked = await guest.SubmitFormAsync(page, "form.back-in-stock", new Dictionary<string, string?> { ["email"] = waiter });
        var askedPage = await asked.ReadHtmlAsync();
        var confirmMail = App.LastMailTo(waiter);
        var (_, confirmPage) = await guest.GetPageAsync(confirmMail.LinkTo("/de/back-in-stock/confirm"));
        var confirmed = await guest.SubmitFormAsync(confirmPage, "form.back-in-stock-press");
        await App.WithDbAsync(async db =>
        {
            var product = await db.Products.Include(p => p.Variants).SingleAsync(p => p.Id == id);
            product.SetStock(5);
            await db.SaveChangesAsync();
        });
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (App.MailTo(waiter).Count < 2 && DateTime.UtcNow < deadline) await Task.Delay(50);
        var backMail = App.LastMailTo(waiter);
        Assert.Multiple(() =>
        {
            Assert.That(confirmMail.Subject, Is.EqualTo("Bestätigen: Bescheid geben, wenn Wartende Lampe wieder da ist"), "the mails speak the language asked in");
            Assert.That(backMail.Subject, Is.EqualTo("Wartende Lampe ist wieder vorrätig"), "and name the product as its page did");
            Assert.That(backMail.LinkTo($"/de/p/{slug}"), Does.StartWith($"/de/p/{slug}?variant="), "and link to the shop in it");
            Assert.That(confirmed.StatusCode, Is.EqualTo(HttpStatusCode.OK), "the button confirms");
            Assert.That(confirmPage.QuerySelector("form.back-in-stock-press")?.GetAttribute("action"), Is.EqualTo("/de/back-in-stock/confirm"), "the button stays German");
            Assert.That(confirmPage.Text("form.back-in-stock-press button"), Is.EqualTo("Ja, sagen Sie mir Bescheid, wenn es wieder da ist"));
            Assert.That(backMail.LinkTo("/de/back-in-stock/stop"), Does.StartWith("/de/back-in-stock/stop?code="));
            Assert.That(page.Text("form.back-in-stock button"), Is.EqualTo("Benachrichtigen"));
            Assert.That(page.QuerySelector("form.back-in-stock")?.GetAttribute("action"), Is.EqualTo("/de/back-in-stock"));
            Assert.That(bad.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(badPage.Text("h1"), Is.EqualTo("Prüfen Sie Ihre E-Mail-Adresse"));
            Assert.That(asked.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(askedPage.Text("h1"), Is.EqualTo("Sehen Sie in Ihr Postfach"));
            Assert.That(askedPage.Text(".back-in-stock-answer p"), Does.StartWith("Wir haben eine E-Mail an"));
        });
    }

    [Test]
    public async Task Shop_pages_are_in_the_shoppers_language_and_the_returns_page_states_the_configured_days()
    {
        var (_, english) = await App.Browser().GetPageAsync("/pages/returns");
        var (_, german) = await Visitor.GetPageAsync("/de/pages/returns");
        var (_, french) = await Visitor.GetPageAsync("/fr/pages/shipping");
        using var client = App.Browser();
        var (_, home) = await client.GetPageAsync("/de/");
        Assert.Multiple(() =>
        {
            Assert.That(english.Text("article.content-page"), Does.Contain("within 14 days").And.Not.Contain("30"));
            Assert.That(german.Text("article.content-page h1"), Is.EqualTo("Rückgabe"));
            Assert.That(german.Text("article.content-page"), Does.Contain("innerhalb von 14 Tagen"));
            Assert.That(french.Text("article.content-page h1"), Is.EqualTo("Livraison"));
            Assert.That(home.Texts(".footer-pages a"), Is.EqualTo(new[] { "Versand", "Rückgabe", "Datenschutz", "AGB", "Kontakt", "Impressum", "Widerrufsbelehrung" }));
            Assert.That(home.QuerySelector(".footer-pages a")?.GetAttribute("href"), Is.EqualTo("/de/pages/shipping"));
        });
    }

    [Test]
    public async Task Staff_write_a_shop_page_in_German_and_French_shoppers_keep_theirs()
    {
        using var staff = await App.CreateAccountAndSignInAsync(Accounts.UniqueEmail("staff"), Roles.Staff);
        var (_, editor) = await staff.GetPageAsync("/admin/pages/4?language=de");
        Assert.That(editor.QuerySelector("#Title")?.GetAttribute("value"), Is.EqualTo("AGB"), "the seeded German page");
        var saved = await staff.SubmitFormAsync(editor, "form.content-page-form",
            new Dictionary<string, string?> { ["Title"] = "Geschäftsbedingungen", ["Markdown"] = "# Unsere Bedingungen\n\nFair und klar." });
        Assert.That((int)saved.StatusCode, Is.EqualTo(302));

        var (_, german) = await Visitor.GetPageAsync("/de/pages/terms");
        var (_, french) = await Visitor.GetPageAsync("/fr/pages/terms");
        var (_, english) = await App.Browser().GetPageAsync("/pages/terms");
        var (unknown, _) = await staff.GetPageAsync("/admin/pages/4?language=es");
        Assert.Multiple(() =>
        {
            Assert.That(german.Text("article.content-page h1"), Is.EqualTo("Unsere Bedingungen"));
            Assert.That(french.Text("article.content-page h1"), Is.EqualTo("Conditions générales de vente"));
            Assert.That(english.Text("article.content-page h1"), Is.EqualTo("Terms of sale"));
            Assert.That(unknown.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        });
        var audit = await App.WithDbAsync(db => db.Set<AuditEntry>().Where(e => e.EntityType == "ContentPage" && e.EntityId == "4").Select(e => e.Action).ToListAsync());
        Assert.That(audit, Does.Contain("translation de saved"));
    }

    [Test]
    public async Task The_not_found_page_is_in_the_shoppers_language()
    {
        var (german, page) = await Visitor.GetPageAsync("/de/p/no-such-product");
        var (french, frenchPage) = await Visitor.GetPageAsync("/fr/nowhere");
        var (english, englishPage) = await App.Browser().GetPageAsync("/nowhere");
        Assert.Multiple(() =>
        {
            Assert.That(german.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(page.Text("h1"), Is.EqualTo("Diese Seite haben wir nicht gefunden"));
            Assert.That(page.Text(".error-page a.btn"), Is.EqualTo("Zurück zum Shop"));
            Assert.That(french.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(frenchPage.Text("h1"), Is.EqualTo("Nous n’avons pas trouvé cette page"));
            Assert.That(english.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(englishPage.Text("h1"), Is.EqualTo("We couldn't find that page"));
        });
    }

    [Test]
    public async Task Checkout_names_countries_in_German_sorted_the_German_way()
    {
        var (slug, _, _) = await App.ProductAsync(4);
        using var shopper = new Shopper(App.Browser());
        var (_, product) = await shopper.Client.GetPageAsync($"/de/p/{slug}");
        await shopper.Client.SubmitFormAsync(product, "form.buy-box");
        var (_, checkout) = await shopper.Client.GetPageAsync("/de/checkout");
        var options = checkout.QuerySelectorAll("select[name='Form.CountryCode'] option").ToDictionary(o => o.GetAttribute("value")!, o => o.Text());
        var order = checkout.QuerySelectorAll("select[name='Form.CountryCode'] option").Select(o => o.GetAttribute("value")).ToList();

        using var english = new Shopper(App.Browser());
        var (_, englishProduct) = await english.Client.GetPageAsync($"/p/{slug}");
        await english.Client.SubmitFormAsync(englishProduct, "form.buy-box");
        var (_, englishCheckout) = await english.Client.GetPageAsync("/checkout");
        Assert.Multiple(() =>
        {
            Assert.That(options["DE"], Is.EqualTo("Deutschland"));
            Assert.That(options["FR"], Is.EqualTo("Frankreich"));
            Assert.That(options["AT"], Is.EqualTo("Österreich"));
            Assert.That(options["US"], Is.EqualTo("Vereinigte Staaten"));
            Assert.That(order.IndexOf("AT"), Is.LessThan(order.IndexOf("PL")).And.GreaterThan(order.IndexOf("NO")), "Österreich between Norwegen and Polen");
            Assert.That(englishCheckout.QuerySelector("select[name='Form.CountryCode'] option[value=DE]").Text(), Is.EqualTo("Germany"));
        });
    }
}
