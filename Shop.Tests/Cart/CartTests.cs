using System.Globalization;
using Shop.Domain.Cart;
using Shop.Domain.Checkout;
using Shop.Web.Data.Seed;

namespace Shop.Tests.Cart;

public class CartTests : ShopFixture
{
    private static DemoCatalog.DemoProduct InStock(int skip = 0) => DemoCatalog.Products.Where(p => p.Options.Count == 0 && p.Stock > 20 && p.Price < 40m).Skip(skip).First();

    private async Task<(HttpClient Client, AngleSharp.Dom.IDocument Cart)> ShopperWith(DemoCatalog.DemoProduct product, int quantity = 1)
    {
        var client = App.Browser();
        var response = await client.SubmitFormAsync($"/p/{product.Slug}", "form.buy-box", new Dictionary<string, string?> { ["quantity"] = quantity.ToString() });
        return (client, await client.FollowAsync(response));
    }

    [Test]
    public async Task Adding_a_product_shows_it_in_the_cart_at_the_catalog_price_and_counts_it_in_the_header()
    {
        var p = InStock();
        var (client, cart) = await ShopperWith(p, 2);
        using var _ = client;

        Assert.Multiple(() =>
        {
            Assert.That(cart.Text(".alert-success"), Is.EqualTo($"Added {p.Name} to your cart."));
            Assert.That(cart.Texts(".cart-line h2"), Is.EqualTo(new[] { p.Name }));
            Assert.That(cart.QuerySelector(".cart-line input[name=quantity]")?.GetAttribute("value"), Is.EqualTo("2"));
            Assert.That(cart.Text(".cart-subtotal"), Is.EqualTo($"${p.Price * 2:#,0.00}"));
            Assert.That(cart.Text(".cart-count"), Is.EqualTo("2"));
        });
    }

    [Test]
    public async Task A_refused_discount_code_comes_back_as_typed_with_its_message_beside_the_field()
    {
        var (client, cart) = await ShopperWith(InStock(3));
        using var _ = client;
        var typed = new string('X', 31);

        var response = await client.SubmitFormAsync(cart, "form[action='/cart/discount']", new Dictionary<string, string?> { ["code"] = typed });
        var page = await response.ReadHtmlAsync();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(page.Text("[data-valmsg-for=Code]"), Is.EqualTo("That code is too long."));
        Assert.That(page.QuerySelector("#discount-code")!.GetAttribute("value"), Is.EqualTo(typed));
        Assert.That(page.QuerySelector(".validation-summary-errors"), Is.Null, "said once, by the field");
    }

    [Test]
    public async Task A_line_whose_variant_staff_removed_says_so_and_can_be_removed()
    {
        var p = InStock(7);
        var (client, _) = await ShopperWith(p);
        using var _ = client;
        await App.RemoveItsVariantAsync(x => x.Slug == p.Slug);

        var (_, cart) = await client.GetPageAsync("/cart");

        Assert.Multiple(() =>
        {
            Assert.That(cart.Texts(".cart-line h2"), Is.EqualTo(new[] { "An item no longer sold" }));
            Assert.That(cart.Text(".cart-line"), Does.Not.Contain("SKU"));
            Assert.That(cart.Text(".line-notice"), Is.EqualTo("Sold out or no longer sold: it is left out at checkout"));
        });
        var removed = await client.FollowAsync(await client.SubmitFormAsync(cart, "form[action='/cart/remove']"));
        Assert.That(removed.QuerySelectorAll(".cart-line"), Is.Empty);
    }

    [Test]
    public async Task The_cart_cookie_is_http_only_and_same_site()
    {
        using var client = App.Browser();
        var response = await client.SubmitFormAsync($"/p/{InStock().Slug}", "form.buy-box");
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("shop.cart="));
        Assert.That(cookie, Does.Contain("httponly").IgnoreCase.And.Contain("samesite=lax").IgnoreCase.And.Contain("max-age=2592000"));
    }

    [Test]
    public async Task Prices_in_the_form_are_ignored()
    {
        using var client = App.Browser();
        var p = InStock(1);
        var response = await client.SubmitFormAsync($"/p/{p.Slug}", "form.buy-box", new Dictionary<string, string?>
        {
            ["price"] = "0.01", ["unitPrice"] = "0.01", ["Price"] = "0.01", ["total"] = "0.01", ["quantity"] = "1",
        });
        var cart = await client.FollowAsync(response);
        Assert.That(cart.Text(".cart-subtotal"), Is.EqualTo($"${p.Price:#,0.00}"));
    }

    [TestCase("-1", "A quantity can't be negative.")]
    [TestCase("1000", "You can buy at most 10 of one product.")]
    [TestCase("99999999999999999999", "is not valid")]
    [TestCase("abc", "is not valid")]
    public async Task Bad_quantities_are_refused_with_a_message_and_change_nothing(string quantity, string message)
    {
        var p = InStock(2);
        var (client, _) = await ShopperWith(p, 1);
        using var _c = client;

        var response = await client.SubmitFormAsync("/cart", $".cart-line[data-variant-id] form[action='/cart/update']",
            new Dictionary<string, string?> { ["quantity"] = quantity });
        var page = await response.ReadHtmlAsync();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(page.Text("[role=alert]"), Does.Contain(message));
        var (_, cart) = await client.GetPageAsync("/cart");
        Assert.That(cart.QuerySelector(".cart-line input[name=quantity]")?.GetAttribute("value"), Is.EqualTo("1"));
    }

    [Test]
    public async Task Adding_a_negative_or_huge_quantity_is_refused()
    {
        using var client = App.Browser();
        var p = InStock(3);
        var negative = await client.SubmitFormAsync($"/p/{p.Slug}", "form.buy-box", new Dictionary<string, string?> { ["quantity"] = "-3" });
        var huge = await client.SubmitFormAsync($"/p/{p.Slug}", "form.buy-box", new Dictionary<string, string?> { ["quantity"] = "500" });
        var (_, cart) = await client.GetPageAsync("/cart");

        Assert.That(negative.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(huge.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(cart.Text(".empty-cart"), Does.Contain("Your cart is empty"));
    }

    [Test]
    public async Task Changing_the_quantity_and_removing_a_line_update_the_totals()
    {
        var a = InStock(4);
        var b = InStock(5);
        var (client, _) = await ShopperWith(a);
        using var _c = client;
        await client.SubmitFormAsync($"/p/{b.Slug}", "form.buy-box");

        var updated = await client.FollowAsync(await client.SubmitFormAsync("/cart",
            $".cart-line[data-variant-id] form[action='/cart/update']", new Dictionary<string, string?> { ["quantity"] = "3" }));
        Assert.That(updated.Text(".cart-subtotal"), Is.EqualTo($"${a.Price * 3 + b.Price:#,0.00}"));
        Assert.That(updated.Texts(".cart-line h2"), Is.EqualTo(new[] { a.Name, b.Name }), "lines keep the order they were added in");

        var removed = await client.FollowAsync(await client.SubmitFormAsync("/cart", "form[action='/cart/remove']"));
        Assert.That(removed.Texts(".cart-line h2"), Is.EqualTo(new[] { b.Name }));
        Assert.That(removed.Text(".cart-count"), Is.EqualTo("1"));
    }

    [Test]
    public async Task Quantities_above_stock_are_capped_and_the_shopper_is_told()
    {
        var low = DemoCatalog.Products.First(p => p.Options.Count == 0 && p.Stock is > 0 and <= 4);
        var (client, cart) = await ShopperWith(low, Math.Min(10, low.Stock + 3));
        using var _ = client;

        Assert.Multiple(() =>
        {
            Assert.That(cart.QuerySelector(".cart-line input[name=quantity]")?.GetAttribute("value"), Is.EqualTo(low.Stock.ToString()));
            Assert.That(cart.Texts(".alert"), Is.EqualTo(new[] { $"Only {low.Stock} of {low.Name} left: your cart holds all {low.Stock}." }),
                "one message: not \"Added\" and \"quantities changed\" together");
            Assert.That(cart.QuerySelector(".line-notice"), Is.Null, "the cart holds what can be bought: nothing to review");
            Assert.That(cart.Text(".cart-count"), Is.EqualTo(low.Stock.ToString()));
        });
    }

    [Test]
    public async Task The_badge_counts_what_the_cart_can_sell_when_stock_falls_after_adding()
    {
        var p = InStock(3);
        var (client, _) = await ShopperWith(p, 5);
        using var __ = client;
        await App.WithDbAsync(async db =>
        {
            var product = await db.Products.Include(x => x.Variants).SingleAsync(x => x.Slug == p.Slug);
            product.SetStock(2);
            await db.SaveChangesAsync();
        });

        var (_, cart) = await client.GetPageAsync("/cart");
        Assert.That(cart.Text(".line-notice"), Is.EqualTo("Only 2 left: quantity reduced"));
        Assert.That(cart.Text(".cart-count"), Is.EqualTo("2"), "the badge says what the cart page says");
        var more = await client.SubmitFormAsync($"/p/{p.Slug}", "form.buy-box", new Dictionary<string, string?> { ["quantity"] = "1" });
        var after = await client.FollowAsync(more);
        Assert.That(after.Texts(".alert"), Is.EqualTo(new[] { $"Only 2 of {p.Name} left: your cart holds all 2." }));
        Assert.That(after.Text(".cart-count"), Is.EqualTo("2"));
    }

    [Test]
    public async Task A_sold_out_or_unknown_product_cannot_be_added()
    {
        using var client = App.Browser();
        var soldOut = await App.WithDbAsync(db => db.Products.FirstAsync(p => p.Variants.Sum(v => v.StockOnHand) == 0));
        var (_, page) = await client.GetPageAsync($"/p/{soldOut.Slug}");
        var button = page.QuerySelector("form.buy-box button[type=submit]")!;
        Assert.That((button.HasAttribute("disabled"), button.TextContent.Trim()), Is.EqualTo((true, "Sold out")), "the add button is disabled");
        Assert.That(page.QuerySelector("form.buy-box input[name=quantity]")!.HasAttribute("disabled"), Is.True);

        // Posting the form anyway (no browser would) adds nothing.
        await client.SubmitFormAsync(page, "form.buy-box", new Dictionary<string, string?> { ["quantity"] = "1" });
        var (_, cart) = await client.GetPageAsync("/cart");
        Assert.That(cart.Text(".cart-count"), Is.EqualTo("0"), "a sold-out product is not in the cart");

        var another = DemoCatalog.Products.First(p => p.Options.Count == 0 && p.Stock > 20);
        var unknown = await client.SubmitFormAsync($"/p/{another.Slug}", "form.buy-box", new Dictionary<string, string?> { ["variantId"] = "999999" });
        Assert.That(unknown.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task A_discount_code_takes_money_off_and_a_wrong_one_says_so()
    {
        await App.WithDbAsync(async db =>
        {
            if (!await db.DiscountCodes.AnyAsync(d => d.Code == "TENOFF"))
            {
                db.DiscountCodes.Add(new DiscountCode("TENOFF", DiscountKind.Percentage, 10m));
                await db.SaveChangesAsync();
            }
        });
        var p = InStock(6);
        var (client, _) = await ShopperWith(p, 2);
        using var _c = client;

        var withCode = await client.FollowAsync(await client.SubmitFormAsync("/cart", "form[action='/cart/discount']",
            new Dictionary<string, string?> { ["code"] = " tenoff " }));
        Assert.That(withCode.Text(".cart-discount"), Is.EqualTo($"−${Math.Round(p.Price * 2 * 0.10m, 2, MidpointRounding.AwayFromZero):#,0.00}"));
        Assert.That(withCode.Text(".discount-message"), Is.Not.Empty);

        // A mistyped code does not take away the one that works: refused beside the field, the cart keeps TENOFF.
        var mistyped = await client.SubmitFormAsync("/cart", "form[action='/cart/discount']", new Dictionary<string, string?> { ["code"] = "NOPE" });
        var kept = await mistyped.ReadHtmlAsync();
        Assert.Multiple(() =>
        {
            Assert.That(mistyped.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
            Assert.That(kept.Text("#discount-code-error"), Is.EqualTo("“NOPE” isn't a valid code. TENOFF still applies."));
            Assert.That(kept.QuerySelector("#discount-code")?.GetAttribute("value"), Is.EqualTo("NOPE"), "what was typed stays to be corrected");
            Assert.That(kept.Text(".cart-discount"), Is.EqualTo(withCode.Text(".cart-discount")));
        });

        // Without a code that works, a wrong one is kept and says so, as before.
        await client.SubmitFormAsync("/cart", "form[action='/cart/discount/remove']", new Dictionary<string, string?>());
        var wrong = await client.FollowAsync(await client.SubmitFormAsync("/cart", "form[action='/cart/discount']",
            new Dictionary<string, string?> { ["code"] = "NOPE" }));
        Assert.That(wrong.Text(".discount-message"), Is.EqualTo("“NOPE” isn't a valid code."));
        Assert.That(wrong.QuerySelector(".cart-discount"), Is.Null);
    }

    [Test]
    public async Task Standard_shipping_is_free_from_fifty()
    {
        var cheap = DemoCatalog.Products.First(p => p.Options.Count == 0 && p.Stock > 20 && p.Price < 30m);
        var (client, cart) = await ShopperWith(cheap, 1);
        using var _ = client;
        Assert.That(cart.Text(".cart-shipping"), Is.EqualTo("$4.95"));

        var more = await client.FollowAsync(await client.SubmitFormAsync("/cart",
            ".cart-line[data-variant-id] form[action='/cart/update']", new Dictionary<string, string?> { ["quantity"] = "3" }));
        Assert.That(more.Text(".cart-shipping"), Is.EqualTo(cheap.Price * 3 >= 50m ? "Free" : "$4.95"));
    }

    [Test]
    public async Task Adding_from_another_site_is_refused()
    {
        using var client = App.Browser();
        var before = await App.WithDbAsync(db => db.Carts.CountAsync());
        using var forged = new HttpRequestMessage(HttpMethod.Post, "/cart/add")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["variantId"] = "1", ["quantity"] = "1" }),
        };
        forged.Headers.Add("Sec-Fetch-Site", "cross-site"); // what a browser says of a form another site posts
        var response = await client.SendAsync(forged);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await App.WithDbAsync(db => db.Carts.CountAsync()), Is.EqualTo(before), "no cart was made");
    }

    [Test]
    public async Task A_full_cart_refuses_another_product_with_a_409_and_a_message_and_keeps_every_line()
    {
        var ids = await App.WithDbAsync(db => db.Variants.Where(v => v.IsPublished && v.StockOnHand > 5 && db.Products.Any(p => p.Id == v.ProductId && p.IsPublished))
            .OrderByDescending(v => v.Id).Select(v => v.Id).Take(ShoppingCart.MaxLines + 1).ToListAsync());
        using var client = App.Browser();
        await client.GetAsync($"/p/{InStock().Slug}");
        Task<HttpResponseMessage> Add(int id, int quantity) => client.PostAsync("/cart/add", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["variantId"] = id.ToString(CultureInfo.InvariantCulture), ["quantity"] = quantity.ToString(CultureInfo.InvariantCulture),
        }));
        foreach (var id in ids.Take(ShoppingCart.MaxLines))
            Assert.That((await Add(id, 2)).StatusCode, Is.EqualTo(HttpStatusCode.Redirect), $"product {id} added");

        var refused = await Add(ids[^1], 1);
        var page = await refused.ReadHtmlAsync();
        var again = await Add(ids[0], 1); // a product already in the cart still fits

        Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That(page.Text("[role=alert]"), Does.Contain($"Your cart already holds {ShoppingCart.MaxLines} different products").And.Contain("Remove one"));
        Assert.That(again.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        var (_, cart) = await client.GetPageAsync("/cart");
        Assert.That(cart.QuerySelectorAll(".cart-line").Length, Is.EqualTo(ShoppingCart.MaxLines), "every line kept, none added");
        Assert.That(cart.Text(".cart-count"), Is.EqualTo((ShoppingCart.MaxLines * 2 + 1).ToString(CultureInfo.InvariantCulture)));
    }
}
