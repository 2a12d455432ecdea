using Shop.Web.Orders;

namespace Shop.Tests.Orders;

/// <summary>Shop:Returns:Days is the one return window: what shoppers may ask for, and what every page's footer promises.</summary>
public class ReturnWindowTests : ShopFixture
{
    protected override Dictionary<string, string?> Settings => new() { ["Shop:Returns:Days"] = "14" };

    [Test]
    public async Task A_fourteen_day_window_is_the_one_shoppers_get_and_the_footer_promises()
    {
        var window = await App.WithAsync<ShopperReturns, int>(r => Task.FromResult(r.Window.Days));
        var (_, home) = await Visitor.GetPageAsync("/");

        Assert.That(window, Is.EqualTo(14));
        Assert.That(home.Text("footer"), Does.Contain("Free returns within 14 days.").And.Not.Contain("30 days"));
    }
}
