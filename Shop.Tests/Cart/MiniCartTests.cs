using Shop.Web.Cart;
using Shop.Web.Data.Seed;

namespace Shop.Tests.Cart;

/// <summary>The mini-cart panel and the − / + steppers, as mini-cart.js and a browser without script use them.</summary>
public class MiniCartTests : ShopFixture
{
    private static DemoCatalog.DemoProduct InStock(int skip) => DemoCatalog.Products.Where(p => p.Options.Count == 0 && p.Stock > 20 && p.Price < 40m).Skip(skip).First();

    private static async Task<HttpResponseMessage> AddForThePanelAsync(HttpClient client, DemoCatalog.DemoProduct product, int quantity = 1)
    {
        var (_, page) = await client.GetPageAsync($"/p/{product.Slug}");
        var variantId = page.QuerySelector("form.buy-box input[name=variantId]")!.GetAttribute("value")!;
        using var post = new HttpRequestMessage(HttpMethod.Post, "/cart/add")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["variantId"] = variantId, ["quantity"] = quantity.ToString() }),
        };
        post.Headers.Add(CartController.PanelHeader, "1");
        post.Headers.Add("Sec-Fetch-Site", "same-origin");
        return await client.SendAsync(post);
    }

    [Test]
    public async Task Adding_for_the_mini_cart_answers_with_the_panel_its_lines_subtotal_count_and_message()
    {
        var p = InStock(6);
        using var client = App.Browser();
        var response = await AddForThePanelAsync(client, p, 2);
        Assert.That(response.Headers.Location?.ToString(), Is.EqualTo("/cart/panel"));

        var panel = await client.FollowAsync(response);
        Assert.Multiple(() =>
        {
            Assert.That(panel.Text(".mini-cart-message"), Is.EqualTo($"Added {p.Name} to your cart."));
            Assert.That(panel.Texts(".mini-cart-name"), Is.EqualTo(new[] { p.Name }));
            Assert.That(panel.Text(".mini-cart-subtotal"), Is.EqualTo($"${p.Price * 2:#,0.00}"));
            Assert.That(panel.QuerySelector(".mini-cart-body")?.GetAttribute("data-count"), Is.EqualTo("2"));
            Assert.That(panel.QuerySelector("a[href='/checkout']")?.TextContent, Is.EqualTo("Check out"));
            Assert.That(panel.QuerySelector("html body > header"), Is.Null, "a fragment, not a page");
        });
    }

    [Test]
    public async Task Adding_without_the_header_still_goes_to_the_cart_page()
    {
        using var client = App.Browser();
        var response = await client.SubmitFormAsync($"/p/{InStock(7).Slug}", "form.buy-box");
        Assert.That(response.Headers.Location?.ToString(), Is.EqualTo("/cart"));
    }

    [Test]
    public async Task The_steppers_add_and_take_one_and_the_last_one_less_removes_the_line()
    {
        var p = InStock(8);
        using var client = App.Browser();
        await client.SubmitFormAsync($"/p/{p.Slug}", "form.buy-box");
        const string line = ".cart-line form[action='/cart/update']";

        var more = await client.FollowAsync(await client.SubmitFormAsync("/cart", line, new Dictionary<string, string?> { ["step"] = "1" }));
        Assert.That(more.QuerySelector(".cart-line input[name=quantity]")?.GetAttribute("value"), Is.EqualTo("2"));
        Assert.That(more.Text(".cart-count"), Is.EqualTo("2"));

        var less = await client.FollowAsync(await client.SubmitFormAsync("/cart", line, new Dictionary<string, string?> { ["step"] = "-1" }));
        Assert.That(less.QuerySelector(".cart-line input[name=quantity]")?.GetAttribute("value"), Is.EqualTo("1"));

        var gone = await client.FollowAsync(await client.SubmitFormAsync("/cart", line, new Dictionary<string, string?> { ["step"] = "-1" }));
        Assert.That(gone.QuerySelectorAll(".cart-line"), Is.Empty);
        Assert.That(gone.Text(".alert-success"), Is.EqualTo("Removed from your cart."));
    }

    [TestCase("5", "Change the quantity one at a time.")]
    [TestCase("1", "You can buy at most 10 of one product.")]
    public async Task A_step_past_the_limits_is_refused_in_the_panel_with_a_message(string step, string message)
    {
        var p = InStock(9);
        using var client = App.Browser();
        await client.SubmitFormAsync($"/p/{p.Slug}", "form.buy-box", new Dictionary<string, string?> { ["quantity"] = "10" });
        var (_, panelPage) = await client.GetPageAsync("/cart/panel");
        var form = panelPage.QuerySelector(".mini-cart-line form")!;
        var fields = form.QuerySelectorAll("input").ToDictionary(i => i.GetAttribute("name")!, i => i.GetAttribute("value")!);
        fields["step"] = step;
        using var post = new HttpRequestMessage(HttpMethod.Post, "/cart/update") { Content = new FormUrlEncodedContent(fields) };
        post.Headers.Add(CartController.PanelHeader, "1");
        var response = await client.SendAsync(post);
        var panel = await response.ReadHtmlAsync();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(panel.Text(".validation-summary-errors"), Does.Contain(message));
        Assert.That(panel.QuerySelector(".mini-cart-body")?.GetAttribute("data-count"), Is.EqualTo("10"));
    }
}
