using Shop.Web.Account;
using Shop.Web.Content;

namespace Shop.Tests.Content;

public class ContentPageTests : ShopFixture
{
    private string _staff = "";

    [OneTimeSetUp]
    public async Task CreateStaff()
    {
        _staff = Accounts.UniqueEmail("staff");
        await App.CreateAccountAsync(_staff, roles: Roles.Staff);
    }

    [Test]
    public async Task The_review_says_what_placing_the_order_accepts_and_links_the_terms_and_the_right_of_withdrawal()
    {
        var (slug, _, _) = await Shop.Tests.Checkout.MarketBuyers.ProductAsync(App);
        using var shopper = new Shopper(App.Browser());
        await shopper.AddToCartAsync(slug);
        var review = await shopper.EnterAddressAsync(Shopper.GuestAddress(Accounts.UniqueEmail("terms")));

        Assert.That(review.Text(".order-terms"), Is.EqualTo("Placing the order, you accept our terms of sale. Terms · Right of withdrawal"));
        Assert.That(review.QuerySelectorAll(".order-terms a").Select(a => a.GetAttribute("href")), Is.EqualTo(new[] { "/pages/terms", "/pages/withdrawal" }));
    }

    [Test]
    public async Task Every_page_links_to_the_shops_own_pages_and_each_one_is_there()
    {
        using var client = App.Browser();
        var (_, home) = await client.GetPageAsync("/");
        var links = home.QuerySelectorAll(".footer-pages a").Select(a => (a.TextContent, a.GetAttribute("href"))).ToList();
        Assert.That(links, Is.EqualTo(new[]
        {
            ("Shipping", "/pages/shipping"), ("Returns", "/pages/returns"), ("Privacy", "/pages/privacy"), ("Terms", "/pages/terms"), ("Contact", "/pages/contact"),
            ("Legal notice", "/pages/legal-notice"), ("Right of withdrawal", "/pages/withdrawal"),
        }));
        foreach (var (_, href) in links)
        {
            var (response, page) = await client.GetPageAsync(href!);
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), href);
            Assert.That(page.QuerySelector(".content-page h1"), Is.Not.Null, href);
        }
        Assert.That((await client.GetAsync("/pages/nothing-here")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task Each_page_is_described_by_its_own_first_words_not_the_shops()
    {
        using var client = App.Browser();
        var (_, home) = await client.GetPageAsync("/");
        var (_, shipping) = await client.GetPageAsync("/pages/shipping");
        var (_, privacy) = await client.GetPageAsync("/pages/privacy");
        string Description(IDocument page) => page.QuerySelector("meta[name=description]")!.GetAttribute("content")!;
        var firstWords = string.Join(' ', shipping.QuerySelector(".content-page p")!.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Take(5));

        Assert.Multiple(() =>
        {
            Assert.That(Description(shipping), Does.StartWith(firstWords), "the page's first paragraph, not its heading");
            Assert.That(Description(shipping), Is.Not.EqualTo(Description(home)).And.Not.EqualTo(Description(privacy)));
            Assert.That(Description(shipping), Does.Not.Contain("*").And.Not.Contain("<"), "words, not markup");
            Assert.That(shipping.QuerySelector("meta[property='og:description']")!.GetAttribute("content"), Is.EqualTo(Description(shipping)));
        });
    }

    [Test]
    public async Task Staff_rewrite_a_page_in_markdown_and_raw_html_never_reaches_the_page()
    {
        using var staff = await App.SignedInBrowserAsync(_staff);
        var id = ContentPages.All.Single(p => p.Slug == "returns").Id;
        var saved = await staff.SubmitFormAsync($"/admin/pages/{id}", "form.content-page-form", new Dictionary<string, string?>
        {
            ["Title"] = "Returns",
            ["Markdown"] = "# Returns\n\nWithin **60 days**.\n\n<script>alert(1)</script><img src=x onerror=alert(2)>\n\n[evil](javascript:alert(3))",
        });
        Assert.That((int)saved.StatusCode, Is.EqualTo(302));

        using var shopper = App.Browser();
        var (_, page) = await shopper.GetPageAsync("/pages/returns");
        var article = page.QuerySelector(".content-page")!;
        Assert.Multiple(() =>
        {
            Assert.That(article.QuerySelector("strong")?.TextContent, Is.EqualTo("60 days"));
            Assert.That(article.QuerySelectorAll("script, img"), Is.Empty, "HTML in the text is shown as text");
            Assert.That(article.TextContent, Does.Contain("<script>alert(1)</script>"));
            Assert.That(article.QuerySelectorAll("a").Select(a => a.GetAttribute("href")), Has.None.StartWith("javascript:"));
        });
    }

    [Test]
    public async Task Staff_who_rewrite_a_pages_own_words_are_told_which_languages_still_say_the_old_ones()
    {
        using var staff = await App.SignedInBrowserAsync(_staff);
        var id = ContentPages.All.Single(p => p.Slug == "legal-notice").Id;
        var own = await staff.SubmitFormAsync($"/admin/pages/{id}", "form.content-page-form",
            new Dictionary<string, string?> { ["Markdown"] = "# Legal notice\n\nShop Ltd, 1 Engine Street, London." });
        var afterOwn = await staff.FollowAsync(own);
        var german = await staff.SubmitFormAsync($"/admin/pages/{id}?language=de", "form.content-page-form",
            new Dictionary<string, string?> { ["Markdown"] = "# Impressum\n\nShop Ltd, 1 Engine Street, London." });
        var afterGerman = await staff.FollowAsync(german);

        Assert.Multiple(() =>
        {
            Assert.That(afterOwn.Text(".admin-notice"), Is.EqualTo("Saved Legal notice. Its Deutsch and Français versions still say what they said before: "
                + "rewrite them too, or shoppers in those languages read the old words."), "the Impressum shoppers in German read was still the outline");
            Assert.That(afterOwn.Text($"tr[data-page='{id}'] .older-versions"), Is.EqualTo("Deutsch, Français: older than the page's own words"));
            Assert.That(afterGerman.Text($"tr[data-page='{id}'] .older-versions"), Is.EqualTo("Français: older than the page's own words"));
            Assert.That(afterGerman.Text($"tr[data-page='{ContentPages.All.Single(p => p.Slug == "contact").Id}'] .older-versions"), Is.Empty,
                "a page whose versions were written with it");
        });
    }

    [Test]
    public void Tables_are_styled_and_a_picture_from_another_site_becomes_a_link_to_it()
    {
        var html = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(Shop.Web.Content.ContentMarkdown.ToHtml(
            "| Size | Chest |\n|---|---|\n| M | 100 cm |\n\n![Our shop](/media/shop.jpg)\n\n![Elsewhere](https://example.com/x.png)"));
        Assert.Multiple(() =>
        {
            Assert.That(html.QuerySelector("table.table td")?.TextContent, Is.EqualTo("M"));
            Assert.That(html.QuerySelectorAll("img").Select(i => i.GetAttribute("src")), Is.EqualTo(new[] { "/media/shop.jpg" }));
            Assert.That(html.QuerySelector("a[href='https://example.com/x.png']")?.TextContent, Is.EqualTo("Elsewhere"));
        });
    }

    [Test]
    public async Task A_page_without_a_title_or_text_is_refused_with_messages()
    {
        using var staff = await App.SignedInBrowserAsync(_staff);
        var response = await staff.SubmitFormAsync("/admin/pages/1", "form.content-page-form", new Dictionary<string, string?> { ["Title"] = "", ["Markdown"] = "" });
        var page = await response.ReadHtmlAsync();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(page.Text("[data-valmsg-for='Title']"), Is.EqualTo("Give the page a title."));
        Assert.That(page.Text("[data-valmsg-for='Markdown']"), Is.EqualTo("Write the page's text."));
    }

    [Test]
    public async Task Shoppers_cannot_edit_pages()
    {
        using var shopper = App.Browser();
        var response = await shopper.GetAsync("/admin/pages/1");
        Assert.That(response.StatusCode, Is.Not.EqualTo(HttpStatusCode.OK));
    }
}
