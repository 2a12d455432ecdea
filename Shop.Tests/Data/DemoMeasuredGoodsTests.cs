using Microsoft.Extensions.Options;
using Shop.Web;
using Shop.Web.Data.Seed;

namespace Shop.Tests.Data;

/// <summary>The demo catalog shows goods sold by measure: its inks come in 50 ml bottles, priced per litre beside the price.</summary>
public class DemoMeasuredGoodsTests : ShopFixture
{
    [TestCase("fountain-pen-ink")]
    [TestCase("iron-gall-ink")]
    public async Task A_demo_ink_shows_its_price_per_litre_on_its_page(string slug)
    {
        var ink = DemoCatalog.Find(slug)!;
        var currency = App.Services.GetRequiredService<IOptions<ShopOptions>>().Value.CurrencyCode;

        var (_, page) = await Visitor.GetPageAsync($"/p/{slug}");

        Assert.That(page.Text(".product-detail .unit-price"), Is.EqualTo($"{new Money(ink.Price * 20m, currency)} / 1 l"), "50 ml at the price: twenty times it a litre");
    }
}
