using Microsoft.Playwright;
using Shop.Web.Admin;
using Shop.Web.Admin.Orders;
using Shop.Web.Admin.Returns;
using Shop.Web.Catalog;
using static Microsoft.Playwright.Assertions;

namespace Shop.Tests.Browser;

/// <summary>Pages that stay true while they are open: no reload, no refresh button.</summary>
public class LiveJourneyTests : BrowserTest
{
    private async Task<string> ProductWithStockAsync(int stock)
    {
        var slug = await Shop.WithDbAsync(async db =>
        {
            var product = await db.Products.Where(p => p.IsPublished && !p.Options.Any() && p.Variants.Sum(v => v.StockOnHand) > 20).OrderByDescending(p => p.Id).Skip(Random.Shared.Next(20)).FirstAsync();
            product.SetStock(stock); // a tracked save: the catalog's pages follow it like any staff change
            await db.SaveChangesAsync();
            return product.Slug;
        });
        return slug;
    }

    /// <summary>A purchase of this very product (the shared steps start from a category's first product).</summary>
    private static async Task<string> BuyThisAsync(IPage page, string slug)
    {
        await page.GotoAsync($"/p/{slug}");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add to cart" }).ClickAsync();
        await page.EnterDeliveryAsync("quick@example.com", "Quick Buyer");
        return await page.PayWithTestCardAsync();
    }

    [Test]
    public async Task A_product_page_left_open_shows_sold_out_when_another_shopper_buys_the_last_unit()
    {
        var slug = await ProductWithStockAsync(1);
        await Page.GotoAsync($"/p/{slug}");
        await Expect(Page.Locator(".stock-state")).ToHaveTextAsync("Only 1 left");
        var addToCart = Page.Locator("form.buy-box button[type=submit]");
        await Expect(addToCart).ToBeEnabledAsync();
        // The page has its live connection before the sale starts.
        await Expect(Page.Locator("html[data-live=connected]")).ToHaveCountAsync(1);

        var quicker = await NewShopperAsync();
        await BuyThisAsync(quicker, slug);

        await Expect(Page.Locator(".stock-state")).ToHaveTextAsync("Sold out", new() { Timeout = 5_000 });
        await Expect(addToCart).ToBeDisabledAsync();
        await Expect(addToCart).ToHaveTextAsync("Sold out");
        await Expect(Page.Locator(".product-delivery")).ToBeHiddenAsync();
        await Page.ScreenshotAsync(new() { Path = Path.Combine(TestContext.CurrentContext.WorkDirectory, "live-sold-out.png") });
    }

    private async Task SignInAsync(params string[] roles)
    {
        var email = Accounts.UniqueEmail();
        await Shop.CreateAccountAsync(email, roles: roles);
        await Page.GotoAsync("/account/sign-in");
        await FillSignInFormAsync(Page, email, Accounts.Password);
    }

    [Test]
    public async Task The_staff_orders_list_shows_a_new_order_with_a_toast_as_it_is_placed()
    {
        var slug = await ProductWithStockAsync(10);
        await SignInAsync(Roles.Staff);
        await Page.GotoAsync("/admin/orders");
        await Expect(Page.Locator("html[data-live=connected]")).ToHaveCountAsync(1);
        var before = await Page.Locator(".admin-orders tbody tr").CountAsync();

        var shopper = await NewShopperAsync();
        var number = await BuyThisAsync(shopper, slug);

        await Expect(Page.Locator(".staff-toasts .toast")).ToContainTextAsync(number, new() { Timeout = 5_000 });
        await Expect(Page.Locator(".admin-orders tbody tr").First.Locator(".order-number")).ToHaveTextAsync(number);
        Assert.That(await Page.Locator(".admin-orders tbody tr").CountAsync(), Is.EqualTo(before + 1));
        await Page.ScreenshotAsync(new() { Path = Path.Combine(TestContext.CurrentContext.WorkDirectory, "live-staff-toast.png") });
    }

    [Test]
    public async Task A_shoppers_open_order_page_shows_it_shipped_when_staff_ship_it()
    {
        var slug = await ProductWithStockAsync(10);
        await SignInAsync();
        var number = await BuyThisAsync(Page, slug);
        await Page.GotoAsync($"/account/orders/{number}");
        await Expect(Page.Locator(".order-status")).ToHaveTextAsync("Paid");
        await Expect(Page.Locator("html[data-live=connected]")).ToHaveCountAsync(1);

        await using (var scope = Shop.Services.CreateAsyncScope())
        {
            var result = await scope.ServiceProvider.GetRequiredService<StaffOrderActions>()
                .ShipAsync(number, "1Z999AA10123456784", "UPS", new StaffMember("staff-1", "staff@example.com"), CancellationToken.None);
            Assert.That(result.Outcome, Is.EqualTo(OrderActionOutcome.Done), result.Message);
        }

        await Expect(Page.Locator(".order-status")).ToHaveTextAsync("Shipped", new() { Timeout = 5_000 });
        await Expect(Page.Locator(".tracking-number")).ToHaveTextAsync("1Z999AA10123456784");
    }
    [Test]
    public async Task The_staff_menu_s_returns_count_follows_a_return_asked_for_and_refused_without_a_reload()
    {
        var slug = await ProductWithStockAsync(10);
        var email = Accounts.UniqueEmail("returning");
        await Shop.CreateAccountAsync(email);
        using var shopper = Shop.Browser(new System.Net.CookieContainer());
        await shopper.SignInAsync(email);
        var buyer = new Shopper(shopper);
        await buyer.AddToCartAsync(slug);
        var paid = await buyer.CheckoutAsync();
        var number = paid.Headers.Location!.ToString().Split('/').Last().Split('?')[0];
        var by = new StaffMember("staff-1", "staff@example.com");
        await Shop.WithAsync<StaffOrderActions, OrderActionResult>(a => a.ShipAsync(number, "1Z999AA10123456784", "UPS", by, CancellationToken.None));
        await Shop.WithAsync<StaffOrderActions, OrderActionResult>(a => a.MarkDeliveredAsync(number, by, CancellationToken.None));
        await SignInAsync(Roles.Staff);
        await Page.GotoAsync("/admin/orders");
        await Expect(Page.Locator("html[data-live=connected]")).ToHaveCountAsync(1);
        var before = int.Parse((await Page.Locator(".nav-returns").TextContentAsync())!.Trim().Split(' ')[0]);

        var (_, order) = await shopper.GetPageAsync($"/account/orders/{number}");
        var asked = await shopper.SubmitFormAsync(order, "form.return-form",
            new Dictionary<string, string?> { ["Lines[0].Quantity"] = "1", ["Lines[0].Reason"] = "Too small" });
        Assert.That(asked.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));

        await Expect(Page.Locator(".nav-returns")).ToHaveTextAsync(new Regex($"^{before + 1} "), new() { Timeout = 5_000 });
        var id = await Shop.WithDbAsync(db => db.Returns.Where(r => r.OrderNumber == number).Select(r => r.Id).SingleAsync());
        var refused = await Shop.WithAsync<StaffReturnActions, OrderActionResult>(a => a.RefuseAsync(id, "Worn", by, CancellationToken.None));
        Assert.That(refused.Outcome, Is.EqualTo(OrderActionOutcome.Done), refused.Message);
        await Expect(Page.Locator(".nav-returns")).ToHaveTextAsync(new Regex($"^{before} "), new() { Timeout = 5_000 });
    }

    [Test]
    public async Task Ticks_and_tracking_numbers_typed_on_the_to_fulfil_list_stay_when_a_new_order_comes_in()
    {
        var slug = await ProductWithStockAsync(10);
        var shopper = await NewShopperAsync();
        var first = await BuyThisAsync(shopper, slug);
        var second = await BuyThisAsync(shopper, slug);
        await SignInAsync(Roles.Staff);
        await Page.GotoAsync("/admin/orders/to-fulfil");
        await Expect(Page.Locator("html[data-live=connected]")).ToHaveCountAsync(1);
        var count = await Page.Locator(".result-count").InnerTextAsync();

        await Page.Locator($"#pick-{first}").CheckAsync();
        await Page.GetByLabel($"Tracking number of order {first}").FillAsync("1Z999AA10123456784");
        await Page.Locator($"#pick-{second}").CheckAsync();
        var typing = Page.GetByLabel($"Tracking number of order {second}");
        await typing.FillAsync("00340434161094");
        var third = await BuyThisAsync(await NewShopperAsync(), slug); // the rush goes on while staff type

        await Expect(Page.Locator(".result-count")).Not.ToHaveTextAsync(count, new() { Timeout = 5_000 });
        var waiting = (await Page.Locator(".result-count").InnerTextAsync()).Split(' ')[0];
        await Expect(Page.Locator(".nav-to-fulfil")).ToHaveTextAsync(new Regex($"^{waiting} "), new() { Timeout = 5_000 }); // the menu's count too
        await Page.ScreenshotAsync(new() { Path = Path.Combine(TestContext.CurrentContext.WorkDirectory, "live-to-fulfil-typed.png"), FullPage = true });
        await Expect(Page.Locator($"#pick-{third}")).Not.ToBeCheckedAsync();
        await Expect(Page.Locator($"#pick-{first}")).ToBeCheckedAsync();
        await Expect(Page.GetByLabel($"Tracking number of order {first}")).ToHaveValueAsync("1Z999AA10123456784");
        await Expect(Page.Locator($"#pick-{second}")).ToBeCheckedAsync();
        await Expect(typing).ToHaveValueAsync("00340434161094");
        await Expect(typing).ToBeFocusedAsync();
        await typing.PressSequentiallyAsync("5"); // the caret stayed at the end

        await Page.GetByRole(AriaRole.Button, new() { Name = "Mark ticked orders shipped" }).ClickAsync();
        await Expect(Page.Locator(".admin-notice")).ToContainTextAsync("2 orders marked shipped");
        await Expect(Page.Locator($"#pick-{first}")).ToHaveCountAsync(0);
        await Expect(Page.Locator($"#pick-{third}")).ToHaveCountAsync(1);
        var tracking = await Shop.WithDbAsync(db => db.Orders.Where(o => o.Number == second).Select(o => o.TrackingNumber).SingleAsync());
        Assert.That(tracking, Is.EqualTo("003404341610945"));
    }
}
