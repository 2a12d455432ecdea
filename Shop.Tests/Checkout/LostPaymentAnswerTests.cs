using System.Net;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Shop.Web.Checkout;

namespace Shop.Tests.Checkout;

/// <summary>
/// A Pay whose answer never reached the browser (the shop stopped, the connection dropped): the browser still holds the
/// checkout's draft and its attempt key. That key is the same purchase again only for the same order; another cart
/// under it is a new purchase, offered again, never answered with the earlier order's confirmation.
/// </summary>
public class LostPaymentAnswerTests : ShopFixture
{
    private Task<string> SlugAsync(int skip) => App.WithDbAsync(db => db.Products
        .Where(p => p.IsPublished && !p.Options.Any() && p.Variants.Sum(v => v.StockOnHand) > 20).OrderBy(p => p.Id).Skip(skip).Select(p => p.Slug).FirstAsync());

    [Test]
    public async Task Another_cart_paid_under_the_key_of_an_order_already_placed_is_offered_as_a_new_order()
    {
        var cookies = new CookieContainer();
        using var client = App.CreateDefaultClient(new CookieContainerHandler(cookies));
        var shopper = new Shopper(client);
        var email = Accounts.UniqueEmail("lost-answer");
        await shopper.AddToCartAsync(await SlugAsync(0));
        var review = await shopper.EnterAddressAsync(Shopper.GuestAddress(email));
        var draft = cookies.GetCookies(client.BaseAddress!)[CheckoutDraft.CookieName]!.Value;
        var first = await shopper.PayAsync(review, TestNonces.Valid);
        var firstOrder = first.Headers.Location!.ToString().Split('/')[^1];

        // Its answer never arrived: the browser keeps the draft it had, and the shopper shops on.
        cookies.Add(client.BaseAddress!, new Cookie(CheckoutDraft.CookieName, draft, "/"));
        await shopper.AddToCartAsync(await SlugAsync(1));
        var again = await shopper.PayAsync(await shopper.EnterAddressAsync(Shopper.GuestAddress(email)), TestNonces.Valid);
        var offered = await again.ReadHtmlAsync();
        var paid = await shopper.PayAsync(offered, TestNonces.Valid);

        var orders = await App.WithDbAsync(db => db.Orders.Where(o => o.Email == email).OrderBy(o => o.Id)
            .Select(o => new { o.Number, o.Status, Lines = o.Lines.Count }).ToListAsync());
        Assert.Multiple(() =>
        {
            Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
            Assert.That(again.StatusCode, Is.EqualTo(HttpStatusCode.Conflict), "not the earlier order's confirmation");
            Assert.That(offered.Text(".payment-error"), Is.EqualTo(
                $"Order {firstOrder} was already placed from this checkout. To buy what is in your cart now, check it below and pay: nothing was charged yet."));
            Assert.That(paid.Headers.Location?.ToString(), Does.StartWith("/checkout/confirmation/").And.Not.EndWith(firstOrder));
            Assert.That(orders.Select(o => (o.Status, o.Lines)), Is.EqualTo(new[] { (OrderStatus.Paid, 1), (OrderStatus.Paid, 1) }),
                "the first cart's order, and the second cart's own");
        });
    }
}
