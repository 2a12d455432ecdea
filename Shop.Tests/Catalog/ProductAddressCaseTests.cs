namespace Shop.Tests.Catalog;

/// <summary>A product's address in other letter cases gets one answer for everyone, whatever the cache holds.</summary>
public class ProductAddressCaseTests : ShopFixture
{
    [Test]
    public async Task A_product_address_in_capitals_redirects_to_the_lower_case_page_for_visitors_with_and_without_a_cart()
    {
        var slug = await App.WithDbAsync(db => db.Products.Where(p => p.IsPublished && !p.Options.Any() && p.Variants.Sum(v => v.StockOnHand) > 5)
            .OrderBy(p => p.Id).Select(p => p.Slug).FirstAsync());
        using var anonymous = App.Browser();
        using var withCart = new Shopper(App.Browser());
        await withCart.AddToCartAsync(slug);
        var warm = await anonymous.GetAsync($"/p/{slug}"); // the lower-case page is in the cache now
        var capitals = $"/P/{slug.ToUpperInvariant()}?variant=1";
        var mixed = $"/p/{char.ToUpperInvariant(slug[0])}{slug[1..]}";

        var answers = new List<(string Who, string Url, HttpResponseMessage Response)>();
        foreach (var url in new[] { capitals, mixed })
        {
            answers.Add(("anonymous", url, await anonymous.GetAsync(url)));
            answers.Add(("with a cart", url, await withCart.Client.GetAsync(url)));
        }

        Assert.That(warm.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.Multiple(() =>
        {
            foreach (var (who, url, response) in answers)
            {
                Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.MovedPermanently), $"{url} for a visitor {who}");
                Assert.That(response.Headers.Location?.ToString(), Is.EqualTo($"/p/{slug}" + (url.Contains('?') ? "?variant=1" : "")), $"{url} for a visitor {who}");
            }
        });
    }
}
