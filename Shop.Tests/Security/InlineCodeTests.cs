using Shop.Web.Data.Seed;

namespace Shop.Tests.Security;

/// <summary>
/// The Content-Security-Policy (<c>style-src 'self'; script-src 'self'</c>) refuses inline styles and scripts: a page
/// carrying one logs a violation in every shopper's browser, and what it meant to do is not done.
/// </summary>
public class InlineCodeTests : ShopFixture
{
    [Test]
    public async Task Shopper_pages_and_the_mini_cart_carry_no_inline_style_or_script()
    {
        var product = DemoCatalog.Products.First(p => p.Options.Count == 0 && p.Stock > 20);
        using var shopper = new Shopper(App.Browser());
        await shopper.AddToCartAsync(product.Slug);

        foreach (var path in new[] { "/", $"/p/{product.Slug}", "/search?q=mugs", "/cart", "/cart/panel", "/checkout", "/account/login", "/account/register" })
        {
            var (_, page) = await shopper.Client.GetPageAsync(path);
            Assert.That(page.QuerySelectorAll("[style]").Select(e => e.OuterHtml), Is.Empty, $"{path}: no inline styles");
            Assert.That(page.QuerySelectorAll("script:not([src]):not([type$=json])").Select(e => e.OuterHtml), Is.Empty, $"{path}: no inline scripts (data blocks such as JSON-LD are not run)");
        }
    }
}
