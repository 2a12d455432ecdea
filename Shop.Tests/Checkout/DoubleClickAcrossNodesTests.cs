using System.Net;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Shop.Web.Operations;

namespace Shop.Tests.Checkout;

/// <summary>
/// A double click on Pay whose two posts a load balancer sends to two nodes: the first buys the last unit on node A;
/// node B, which already knows the product is sold out, answers the second at once without the database. The shopper's
/// browser shows the second answer, and must end on the order it paid for, not on "sold out".
/// </summary>
public class DoubleClickAcrossNodesTests
{
    [Test]
    public async Task The_second_post_told_sold_out_on_another_node_ends_on_the_order_the_first_placed()
    {
        var data = Path.Combine(Path.GetTempPath(), "shop-tests", Guid.NewGuid().ToString("n"));
        var signal = new LocalClusterSignal();
        ShopApp Node() => new(new() { ["Shop:DataDirectory"] = data }) { TestServices = s => s.AddSingleton<IClusterSignal>(signal) };
        try
        {
            using var a = Node();
            using var b = Node();
            var product = await SaleProducts.OneLeftAsync(a);
            var jar = new CookieContainer();
            using var onA = new Shopper(a.CreateDefaultClient(new CookieContainerHandler(jar)));
            await onA.AddToCartAsync(product.Slug);
            var review = await onA.EnterAddressAsync();
            var cookiesAtTheClick = jar.GetCookieHeader(a.Server.BaseAddress);

            var first = await onA.PayAsync(review, "fake-valid-nonce");
            using var secondClick = b.CreateDefaultClient(new AsSent(cookiesAtTheClick, jar));
            var second = await new Shopper(secondClick).PayAsync(review, "fake-valid-nonce"); // B reads its sold-out list: A's sale told it
            using var browser = b.CreateDefaultClient(new CookieContainerHandler(jar));
            var cart = await browser.GetAsync(second.Headers.Location);

            var number = await a.WithDbAsync(db => db.Orders.Select(o => o.Number).SingleAsync());
            Assert.Multiple(() =>
            {
                Assert.That(first.Headers.Location?.ToString(), Is.EqualTo($"/checkout/confirmation/{number}"));
                Assert.That(second.Headers.Location?.ToString(), Is.EqualTo("/cart"), "node B answered from its sold-out list");
                Assert.That(cart.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
                Assert.That(cart.Headers.Location?.ToString(), Is.EqualTo($"/checkout/confirmation/{number}"), "the cart leads to the order paid for");
            });
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try { Directory.Delete(data, recursive: true); } catch (IOException) { }
        }
    }

    /// <summary>Sends the cookies a browser had when the button was clicked twice, and keeps what the answer sets.</summary>
    private sealed class AsSent(string cookies, CookieContainer jar) : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken ct)
        {
            request.Headers.Remove("Cookie");
            request.Headers.Add("Cookie", cookies);
            var response = await base.SendAsync(request, ct);
            if (response.Headers.TryGetValues("Set-Cookie", out var set))
                foreach (var cookie in set) jar.SetCookies(request.RequestUri!, cookie);
            return response;
        }
    }
}
