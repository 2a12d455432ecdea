using System.Globalization;
using Shop.Tests.Checkout;

namespace Shop.Tests.Languages;

/// <summary>The storefront in German and French: by URL prefix or the shopper's remembered choice; English as it was.</summary>
public class LanguageTests : ShopFixture
{
    private const string Root = "https://shop.example";

    protected override Dictionary<string, string?> Settings => new()
    {
        ["Shop:Languages"] = "en,de,fr",
        ["Shop:PublicUrl"] = Root,
    };

    /// <summary>As <see cref="Html.Text(IElement?)"/> reads it: the no-break spaces as plain ones.</summary>
    private static string Price(decimal amount, string culture) =>
        string.Join(' ', new Money(amount, "USD").ToString(CultureInfo.GetCultureInfo(culture)).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    [Test]
    public async Task A_German_shopper_sees_German_labels_and_prices_formatted_the_German_way()
    {
        var (slug, price, _) = await App.ProductAsync();
        using var shopper = new Shopper(App.Browser());
        var (response, page) = await shopper.Client.GetPageAsync($"/de/p/{slug}");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.Multiple(() =>
        {
            Assert.That(page.DocumentElement.GetAttribute("lang"), Is.EqualTo("de"));
            Assert.That(page.Text("button.add-to-cart"), Is.EqualTo("In den Warenkorb"));
            Assert.That(page.Text(".variant-price .price"), Is.EqualTo(Price(price, "de-DE")));
            Assert.That(page.Text(".variant-price .price"), Does.EndWith(" $").And.Contain(","), "de-DE: 12,50 $");
            Assert.That(page.Text(".cart-link"), Does.StartWith("Warenkorb"));
            Assert.That(page.QuerySelector("a.navbar-brand")?.GetAttribute("href"), Is.EqualTo("/de/"), "links keep the prefix");
            Assert.That(page.QuerySelector("form.buy-box")?.GetAttribute("action"), Is.EqualTo("/de/cart/add"));
            Assert.That(page.QuerySelector("link[rel=stylesheet][href*='site.css']")?.GetAttribute("href"), Does.StartWith("/css/site.css?v="),
                "styles have one address in every language");
        });

        var added = await shopper.Client.SubmitFormAsync(page, "form.buy-box");
        Assert.That((int)added.StatusCode, Is.EqualTo(302), "the cart takes posts under /de/");
        var (_, cart) = await shopper.Client.GetPageAsync("/de/cart");
        Assert.Multiple(() =>
        {
            Assert.That(cart.Text("h1"), Is.EqualTo("Ihr Warenkorb"));
            Assert.That(cart.Text(".cart-subtotal"), Is.EqualTo(Price(price, "de-DE")));
            Assert.That(cart.Text(".cart-totals"), Does.Contain("Zwischensumme"));
        });
    }

    [Test]
    public async Task A_French_shopper_sees_French_labels_and_French_prices()
    {
        var (slug, price, _) = await App.ProductAsync();
        var (_, page) = await Visitor.GetPageAsync($"/fr/p/{slug}");
        Assert.Multiple(() =>
        {
            Assert.That(page.DocumentElement.GetAttribute("lang"), Is.EqualTo("fr"));
            Assert.That(page.Text("button.add-to-cart"), Is.EqualTo("Ajouter au panier"));
            Assert.That(page.Text(".variant-price .price"), Is.EqualTo(Price(price, "fr-FR")));
            Assert.That(page.Text("#site-search + button"), Is.EqualTo("Rechercher"));
        });
    }

    [Test]
    public async Task English_stays_as_it_was_without_a_prefix()
    {
        var (slug, price, _) = await App.ProductAsync();
        using var client = App.Browser();
        var (_, page) = await client.GetPageAsync($"/p/{slug}");
        Assert.Multiple(() =>
        {
            Assert.That(page.DocumentElement.GetAttribute("lang"), Is.EqualTo("en"));
            Assert.That(page.Text("button.add-to-cart"), Is.EqualTo("Add to cart"));
            Assert.That(page.Text(".variant-price .price"), Is.EqualTo("$" + price.ToString("0.00", CultureInfo.InvariantCulture)));
            Assert.That(page.QuerySelector("a.navbar-brand")?.GetAttribute("href"), Is.EqualTo("/"));
        });
    }

    [TestCase("/xx/cart")]
    [TestCase("/de-DE/cart")]
    [TestCase("/es/")]
    [TestCase("/de/admin")]
    public async Task An_unknown_language_prefix_is_not_found(string url)
    {
        using var client = App.Browser();
        var response = await client.GetAsync(url);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task The_default_languages_own_prefix_leads_to_the_page_without_it()
    {
        using var client = App.Browser();
        var response = await client.GetAsync("/en/cart");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.MovedPermanently), "one address per page (and links from when English was not first)");
        Assert.That(response.Headers.Location?.ToString(), Is.EqualTo("/cart"));
    }

    [Test]
    public async Task The_switcher_remembers_the_choice_for_pages_without_a_prefix()
    {
        using var client = App.Browser();
        var (_, home) = await client.GetPageAsync("/cart");
        var german = home.QuerySelectorAll(".language-switcher a").Single(a => a.GetAttribute("lang") == "de").GetAttribute("href");
        var chosen = await client.GetAsync(german);
        Assert.That(chosen.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(chosen.Headers.Location?.OriginalString, Is.EqualTo("/de/cart"));

        var (_, cart) = await client.GetPageAsync("/cart");
        Assert.That(cart.Text("h1"), Is.EqualTo("Ihr Warenkorb"), "the cookie speaks German without a prefix");

        var english = await client.GetAsync("/language/en?returnUrl=%2Fcart");
        Assert.That(english.Headers.Location?.OriginalString, Is.EqualTo("/cart"));
        var (_, again) = await client.GetPageAsync("/cart");
        Assert.That(again.Text("h1"), Is.EqualTo("Your cart"));
    }

    [TestCase("https://evil.example/")]
    [TestCase("//evil.example/")]
    [TestCase("/\\evil.example/")]
    public async Task The_switcher_never_leaves_the_shop(string returnUrl)
    {
        using var client = App.Browser();
        var response = await client.GetAsync("/language/fr?returnUrl=" + Uri.EscapeDataString(returnUrl));
        Assert.That(response.Headers.Location?.OriginalString, Is.EqualTo("/fr/"));
        Assert.That((await client.GetAsync("/language/xx")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task Storefront_pages_name_their_other_languages_for_search_engines()
    {
        var (slug, _, _) = await App.ProductAsync();
        var (_, page) = await Visitor.GetPageAsync($"/de/p/{slug}?variant=1&utm_source=mail"); // the query is no part of the page's address
        var alternates = page.QuerySelectorAll("link[rel=alternate][hreflang]")
            .ToDictionary(l => l.GetAttribute("hreflang")!, l => l.GetAttribute("href"));
        Assert.That(alternates, Is.EquivalentTo(new Dictionary<string, string?>
        {
            ["en"] = $"{Root}/p/{slug}",
            ["de"] = $"{Root}/de/p/{slug}",
            ["fr"] = $"{Root}/fr/p/{slug}",
            ["x-default"] = $"{Root}/p/{slug}",
        }));
    }

    [Test]
    public async Task A_later_list_page_names_the_same_page_in_its_other_languages()
    {
        var (_, page) = await Visitor.GetPageAsync("/de/c/kitchen?sort=pricelow&page=2"); // the sort is no part of the page's address
        var alternates = page.QuerySelectorAll("link[rel=alternate][hreflang]")
            .ToDictionary(l => l.GetAttribute("hreflang")!, l => l.GetAttribute("href"));
        Assert.That(page.QuerySelector("link[rel=canonical]")?.GetAttribute("href"), Is.EqualTo($"{Root}/de/c/kitchen?page=2"));
        Assert.That(alternates, Is.EquivalentTo(new Dictionary<string, string?>
        {
            ["en"] = $"{Root}/c/kitchen?page=2",
            ["de"] = $"{Root}/de/c/kitchen?page=2",
            ["fr"] = $"{Root}/fr/c/kitchen?page=2",
            ["x-default"] = $"{Root}/c/kitchen?page=2",
        }));
    }

    [Test]
    public async Task Checkout_messages_are_German_for_a_German_shopper()
    {
        var (slug, _, _) = await App.ProductAsync();
        using var shopper = new Shopper(App.Browser());
        var (_, product) = await shopper.Client.GetPageAsync($"/de/p/{slug}");
        await shopper.Client.SubmitFormAsync(product, "form.buy-box");
        var response = await shopper.Client.SubmitFormAsync("/de/checkout", "form.checkout-address",
            new Dictionary<string, string?> { ["Form.Email"] = "", ["Form.Line1"] = "", ["Form.CountryCode"] = "DE" });
        var page = await response.ReadHtmlAsync();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.Multiple(() =>
        {
            Assert.That(page.Text("h1"), Is.EqualTo("Wohin sollen wir liefern?"));
            Assert.That(page.Text("[data-valmsg-for='Form.Line1']"), Is.EqualTo("Geben Sie Straße und Hausnummer ein."));
            Assert.That(page.Text("[data-valmsg-for='Form.Email']"), Is.EqualTo("Geben Sie Ihre E-Mail-Adresse ein, damit wir die Quittung senden können."));
            Assert.That(page.QuerySelector("#Form_City")?.GetAttribute("data-val-required"), Is.EqualTo("Geben Sie den Ort ein."), "the browser's hints too");
        });
    }

    [Test]
    public async Task The_checkout_page_carries_no_English_hint_for_the_browser_to_show()
    {
        var (slug, _, _) = await App.ProductAsync();
        using var shopper = new Shopper(App.Browser());
        var (_, product) = await shopper.Client.GetPageAsync($"/de/p/{slug}");
        await shopper.Client.SubmitFormAsync(product, "form.buy-box");
        var (_, page) = await shopper.Client.GetPageAsync("/de/checkout");
        var hints = page.QuerySelectorAll("input, select, textarea")
            .SelectMany(field => field.Attributes.Where(a => a.Name.StartsWith("data-val-")).Select(a => $"{field.GetAttribute("name")}: {a.Value}"));
        Assert.That(hints, Is.Not.Empty.And.None.Contains(" field is required"), "a shipping method and the billing tick are value types: MVC hints them in English by itself");
    }

    [Test]
    public async Task A_German_order_is_confirmed_in_German_on_the_page_and_in_the_mail()
    {
        var (slug, price, _) = await App.ProductAsync();
        var email = Accounts.UniqueEmail("de");
        using var shopper = new Shopper(App.Browser());
        var (_, product) = await shopper.Client.GetPageAsync($"/de/p/{slug}");
        await shopper.Client.SubmitFormAsync(product, "form.buy-box");
        var address = Shopper.GuestAddress(email);
        var review = await shopper.Client.FollowAsync(await shopper.Client.SubmitFormAsync("/de/checkout", "form.checkout-address", address));
        Assert.That(review.Text("h1"), Is.EqualTo("Prüfen und bezahlen"));
        var paid = await shopper.PayAsync(review, TestNonces.Valid);
        Assert.That(paid.Headers.Location?.OriginalString, Does.StartWith("/de/"), "the confirmation stays German");
        var confirmation = await shopper.Client.FollowAsync(paid);
        Assert.That(confirmation.Text("h1"), Is.EqualTo("Vielen Dank! Ihre Bestellung ist bestätigt."));

        var order = await App.WithDbAsync(db => db.Orders.SingleAsync(o => o.Email == email));
        Assert.That(order.Language, Is.EqualTo("de"));
        var mail = App.LastMailTo(email);
        Assert.Multiple(() =>
        {
            Assert.That(mail.Subject, Is.EqualTo($"Ihre Bestellung {order.Number} bei Shop ist bestätigt"));
            Assert.That(mail.TextBody, Does.Contain("Hallo Ada Lovelace,").And.Contain("Vielen Dank für Ihre Bestellung")
                .And.Contain($"Gesamt: {order.Total.ToString(CultureInfo.GetCultureInfo("de-DE"))}"));
        });
    }

    [Test]
    public async Task An_English_order_mails_in_English()
    {
        var (slug, _, _) = await App.ProductAsync();
        var email = Accounts.UniqueEmail("en");
        using var shopper = new Shopper(App.Browser());
        await shopper.AddToCartAsync(slug);
        await shopper.CheckoutAsync(TestNonces.Valid, Shopper.GuestAddress(email));
        var order = await App.WithDbAsync(db => db.Orders.SingleAsync(o => o.Email == email));
        Assert.That(order.Language, Is.Null);
        Assert.That(App.LastMailTo(email).Subject, Does.Contain("is confirmed"));
    }

    [Test]
    public async Task Signing_in_and_registering_speak_German_too()
    {
        using var client = App.Browser();
        var (_, signIn) = await client.GetPageAsync("/de/account/sign-in");
        Assert.That(signIn.Text("h1"), Is.EqualTo("Anmelden"));
        Assert.That(signIn.QuerySelector("main form")?.GetAttribute("action"), Is.EqualTo("/de/account/sign-in"));
        var (_, register) = await client.GetPageAsync("/de/account/register");
        var response = await client.SubmitFormAsync(register, Forms.MainForm,
            new Dictionary<string, string?> { ["FullName"] = "", ["Email"] = "nobody", ["Password"] = "" }, "/de/account/register");
        var page = await response.ReadHtmlAsync();
        Assert.Multiple(() =>
        {
            Assert.That(page.Text("h1"), Is.EqualTo("Ein Konto anlegen"));
            Assert.That(page.Text("[data-valmsg-for='FullName']"), Is.EqualTo("Geben Sie Ihren Namen ein."));
            Assert.That(page.Text("[data-valmsg-for='Password']"), Is.EqualTo("Wählen Sie ein Passwort."));
        });
    }

    [Test]
    public async Task The_sitemap_names_each_page_in_the_other_languages()
    {
        var (slug, _, _) = await App.ProductAsync();
        using var client = App.CreateClient();
        var xml = System.Xml.Linq.XDocument.Parse(await client.GetStringAsync("/sitemap.xml"));
        System.Xml.Linq.XNamespace sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9", xhtml = "http://www.w3.org/1999/xhtml";
        var url = xml.Descendants(sitemap + "url").Single(u => u.Element(sitemap + "loc")?.Value == $"{Root}/de/p/{slug}");
        Assert.That(url.Elements(xhtml + "link").Select(l => $"{l.Attribute("hreflang")?.Value} {l.Attribute("href")?.Value}"),
            Is.EqualTo(new[] { $"en {Root}/p/{slug}", $"de {Root}/de/p/{slug}", $"fr {Root}/fr/p/{slug}", $"x-default {Root}/p/{slug}" }));
    }
}
