using Shop.Domain.Checkout;
using Shop.Tests.Orders;

namespace Shop.Tests.Admin;

/// <summary>A fixture of its own: the dashboard counts every order in its database.</summary>
public class TopProductsRevenueTests : OrdersFixture
{
    private async Task<Order> PlaceWithCodeAsync(string slug, int quantity, string code)
    {
        var email = Unique("top");
        using var shopper = new Shopper(App.Browser());
        await shopper.AddToCartAsync(slug, quantity);
        await shopper.Client.SubmitFormAsync("/cart", "form[action='/cart/discount']", new Dictionary<string, string?> { ["code"] = code });
        var paid = await shopper.CheckoutAsync(TestNonces.Valid, Shopper.GuestAddress(email));
        Assert.That(paid.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), await paid.Content.ReadAsStringAsync());
        return await App.WithDbAsync(db => db.Orders.Include(o => o.Lines).SingleAsync(o => o.Email == email));
    }

    [Test]
    public async Task Top_products_show_what_their_lines_sold_for_after_discounts_so_goods_given_away_add_nothing()
    {
        await App.WithDbAsync(async db =>
        {
            db.DiscountCodes.AddRange(new DiscountCode("PCT15", DiscountKind.Percentage, 15m), new DiscountCode("BIG500", DiscountKind.FixedAmount, 500m));
            await db.SaveChangesAsync();
        });
        var p = await ProductAsync();
        var discounted = await PlaceWithCodeAsync(p.Slug, 2, "PCT15");
        var free = await PlaceWithCodeAsync(p.Slug, 1, "BIG500");

        var (_, page) = await Staff.GetPageAsync("/admin?range=today");

        var soldFor = discounted.Lines.Single().LineTotal - discounted.Discount;
        Assert.Multiple(() =>
        {
            Assert.That((free.Status, (free.Subtotal - free.Discount).IsZero), Is.EqualTo((OrderStatus.Paid, true)), "its goods given away (its shipping paid)");
            Assert.That(page.Texts(".top-products li"), Is.EqualTo(new[] { $"{p.Name}: 3 sold, {soldFor}" }), "not the list value of 3");
            Assert.That(page.Text(".top-products-basis"), Does.Contain("after discounts"));
            Assert.That(page.Texts(".sales-figures .revenue")[0], Is.EqualTo((discounted.Total + free.Total).ToString()));
        });
    }
}
