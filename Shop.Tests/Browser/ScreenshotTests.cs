using Microsoft.Playwright;
using Shop.Domain.Checkout;
using Shop.Web.Payments;
using Shop.Web.Payments.Braintree;
using Shop.Web.Payments.Simulated;
using static Microsoft.Playwright.Assertions;

namespace Shop.Tests.Browser;

/// <summary>
/// Saves full-page PNGs of the main pages at phone and desktop sizes, so anyone can look at the shop without
/// running it. They go to the test output folder, or to SHOP_SCREENSHOTS_DIR (tools/screenshots.sh uses docs/screenshots).
/// </summary>
[TestFixture("desktop")]
[TestFixture("phone")]
public class ScreenshotTests(string device) : PhoneAndDesktopTest(device)
{
    // PayPal and the saved card's CVV on, so the payment step shows everything the shop can offer.
    protected override Dictionary<string, string?> ShopSettings => new(SeededAdmin)
    {
        ["Shop:Payments:Braintree:PayPal"] = "true",
        ["Shop:Payments:Braintree:SavedCardCvv"] = "true",
    };

    private async Task ShootAsync(string name)
    {
        var file = Path.Combine(ScreenshotFolder, $"{name}-{Device}.png");
        // A full-page picture shows the whole page at once, but lazy pictures below the fold would still be empty boxes:
        // scroll through the page as a reader would (pictures inside <picture> load on approach, not on a changed
        // attribute), then wait for every picture.
        await Page.EvaluateAsync("""
            async () => {
                for (let y = 0; y < document.body.scrollHeight; y += window.innerHeight / 2) {
                    window.scrollTo(0, y);
                    await new Promise(r => setTimeout(r, 60));
                }
            }
            """);
        try
        {
            await Page.WaitForFunctionAsync("() => [...document.images].every(i => i.complete && i.naturalWidth > 0)", null,
                new PageWaitForFunctionOptions { Timeout = 20_000 });
        }
        catch (TimeoutException)
        {
            // A picture that never loads shows as what it is: an empty box in the screenshot.
        }
        await Page.EvaluateAsync("() => window.scrollTo(0, 0)");
        await Page.EvaluateAsync("""
            () => Promise.all([...document.images].map(i => {
                i.loading = 'eager';
                return i.complete ? null : new Promise(done => { i.addEventListener('load', done); i.addEventListener('error', done); });
            }))
            """);
        await Page.WaitForLoadStateAsync(LoadState.NetworkIdle); // pictures drawn on first request (demo catalog) take a moment
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = file, FullPage = Device == "phone" ? false : true });
        Assert.That(new FileInfo(file).Length, Is.GreaterThan(10_000), $"{file} looks empty");
    }

    [Test]
    public async Task Main_pages()
    {
        await Page.GotoAsync("/");
        await ShootAsync("home");
        await Page.GotoAsync("/c/lighting?sort=pricelow");
        await ShootAsync("category");
        await Page.GotoAsync("/c/apparel");
        await Page.Locator(".product-card .card-title a").First.ClickAsync();
        await Page.Locator("label.option-value:not(.unavailable)").Nth(2).ClickAsync();
        await ShootAsync("product-variants");
        await Page.GotoAsync("/p/classic-chef-s-knife");
        await ShootAsync("product");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Add to cart" }).ClickAsync();
        await Page.GetByRole(AriaRole.Dialog, new() { Name = "Your cart" }).WaitForAsync();
        await ShootAsync("mini-cart");
        await Page.ViewCartFromMiniCartAsync();
        await ShootAsync("cart");
        await Page.GotoAsync("/checkout");
        await ShootAsync("checkout-delivery");
        await Page.GotoAsync("/search?q=zeppelin");
        await ShootAsync("search-empty");
        await Page.GotoAsync("/search?q=camping+chiars");
        await ShootAsync("search-did-you-mean");
        await Page.GotoAsync("/c/apparel?size=M&colour=Navy&colour=Sage");
        if (Device == "phone") await Page.GetByText("Filters and sort").ClickAsync();
        await ShootAsync("category-facets");
        if (Device == "phone") await Page.GetByRole(AriaRole.Button, new() { Name = "Toggle navigation" }).ClickAsync();
        await Page.Locator("#site-search").PressSequentiallyAsync("lam", new() { Delay = 30 });
        await Page.GetByRole(AriaRole.Listbox).WaitForAsync();
        await ShootAsync("search-suggestions");
        await Page.GotoAsync("/p/no-such-thing");
        await ShootAsync("not-found");
    }

    [Test]
    public async Task Nothing_to_pay()
    {
        var slug = await Shop.WithDbAsync(async db =>
        {
            var p = await db.Products.Where(p => p.IsPublished && !p.Options.Any()).OrderByDescending(p => p.Id).FirstAsync();
            p.MarkDigital(true);
            if (!await db.DiscountCodes.AnyAsync(d => d.Code == "GIFT100"))
                db.DiscountCodes.Add(new DiscountCode("GIFT100", DiscountKind.Percentage, 100m));
            await db.SaveChangesAsync();
            return p.Slug;
        });
        await Page.GotoAsync($"/p/{slug}");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Add to cart" }).ClickAsync();
        await Page.GetByRole(AriaRole.Dialog, new() { Name = "Your cart" }).WaitForAsync();
        await Page.GotoAsync("/cart");
        await Page.Locator("#discount-code").FillAsync("GIFT100");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Apply" }).ClickAsync();
        await Page.EnterDeliveryAsync("gift@example.com");
        await Expect(Page.Locator(".nothing-to-pay")).ToBeVisibleAsync();
        await ShootAsync("checkout-nothing-to-pay");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Place order" }).ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Regex("/checkout/confirmation/"));
        var discount = await Page.Locator(".discount-row td").Last.EvaluateAsync<double[]>(
            "td => [td.getBoundingClientRect().height, parseFloat(getComputedStyle(td).lineHeight)]");
        Assert.That(discount[0], Is.LessThan(2 * discount[1]), "the discount's amount on one line, not its minus sign above it");
        await ShootAsync("confirmation-nothing-to-pay");
    }

    [Test]
    public async Task Account_and_staff_pages()
    {
        await Page.GotoAsync("/account/register");
        await ShootAsync("register");
        await Page.GotoAsync("/account/sign-in");
        await ShootAsync("sign-in");

        var email = Accounts.UniqueEmail("pictures");
        await Shop.CreateAccountAsync(email, name: "Ada Shopper");
        await FillSignInFormAsync(Page, email, Accounts.Password);
        var number = await Page.BuyAsync(email);
        await Page.GotoAsync("/account");
        await ShootAsync("my-account");
        await Page.GotoAsync("/account/orders");
        await ShootAsync("my-orders");
        await Page.GotoAsync($"/account/orders/{number}");
        await ShootAsync("my-order");
        await Page.GotoAsync("/account/addresses");
        await ShootAsync("my-addresses");
        await Page.GotoAsync("/account/email");
        await ShootAsync("change-email");
        await Page.GotoAsync("/account/data");
        await ShootAsync("your-data");
        await Page.GotoAsync("/account/two-factor/enable");
        await ShootAsync("two-factor-set-up");

        // A dispute the gateway reported, for the dashboard's payment alerts.
        var now = DateTimeOffset.UtcNow;
        await Shop.WithDbAsync(async db =>
        {
            db.PaymentNotifications.Add(new PaymentNotification { Kind = WebhookNotification.DisputeOpened, Subject = "dispute_shot", Timestamp = now, OrderNumber = number, ReceivedAt = now });
            await db.SaveChangesAsync();
        });
        await Page.Context.ClearCookiesAsync();
        await Page.GotoAsync("/account/sign-in");
        await FillSignInFormAsync(Page, AdminEmail, AdminPassword);
        foreach (var (url, name) in new[]
        {
            ("/admin", "admin-dashboard"), ("/admin/products", "admin-products"), ("/admin/products/1", "admin-product-edit"),
            ("/admin/orders", "admin-orders"), ("/admin/orders/to-fulfil", "admin-to-fulfil"), ($"/admin/orders/{number}", "admin-order"),
        })
        {
            await Page.GotoAsync(url);
            await ShootAsync(name);
        }
        // A correction of the delivery address that misses the street says so beside it, the form open.
        await Page.Locator("details.delivery-address-change summary").ClickAsync();
        await Page.Locator("#DeliveryLine1").FillAsync("");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Save the address" }).ClickAsync();
        await Expect(Page.Locator("#DeliveryLine1-error")).ToHaveTextAsync("Enter the street and number.");
        await Page.Locator("details.delivery-address-change").ScrollIntoViewIfNeededAsync();
        await ShootAsync("admin-order-delivery-address");
        await Page.GetByLabel("Refund amount", new() { Exact = false }).FillAsync("1.00");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Refund", Exact = true }).ClickAsync();
        await Page.Locator(".confirm-refund").WaitForAsync();
        await ShootAsync("admin-refund-confirm");

        // Refunded, the shopper reads the order's timeline in German.
        var txn = await Shop.WithDbAsync(db => db.Orders.Where(o => o.Number == number).Select(o => o.PaymentTransactionId!).SingleAsync());
        Shop.Services.GetRequiredService<SimulatedBraintreeGateway>().Settle(txn);
        await Page.Locator(".confirm-refund button[type=submit]").ClickAsync();
        await Expect(Page.Locator(".refunded-amount")).ToContainTextAsync("$1.00 of");
        await Page.Context.ClearCookiesAsync();
        await Page.GotoAsync("/account/sign-in");
        await FillSignInFormAsync(Page, email, Accounts.Password);
        await Page.GotoAsync($"/de/account/orders/{number}");
        await Expect(Page.Locator(".order-history")).ToContainTextAsync(new System.Text.RegularExpressions.Regex(@"Erstattet: 1,00\s\$"));
        await ShootAsync("my-order-refunded-german");
    }

    [Test]
    public async Task Three_d_secure_steps()
    {
        await Page.AddFirstProductOfAsync("audio");
        await Page.EnterDeliveryAsync("secure@example.com");
        await Page.GetByLabel(new Regex("^Visa with 3-D Secure: the bank cannot confirm you")).CheckAsync();
        await ShootAsync("checkout-payment-3ds");
        await Page.Locator(".pay-button").ClickAsync();
        await Expect(Page.Locator(".payment-error")).ToContainTextAsync("3-D Secure");
        await ShootAsync("checkout-3ds-refused");
    }

    [Test]
    public async Task Saved_card_CVV_and_PayPal()
    {
        var email = Accounts.UniqueEmail("shots" + Device);
        await Shop.CreateAccountAsync(email);
        await Page.Context.ClearCookiesAsync();
        await Page.GotoAsync("/account/sign-in");
        await FillSignInFormAsync(Page, email, Accounts.Password);
        await Page.AddFirstProductOfAsync("kitchen");
        await Page.EnterDeliveryAsync(email);
        await Page.GetByLabel(new Regex("^Visa ending 1111")).CheckAsync();
        await Page.GetByLabel("Save this card for next time").CheckAsync();
        await Page.Locator(".pay-button").ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Regex("/checkout/confirmation/SHP-"));

        await Page.AddFirstProductOfAsync("kitchen");
        await Page.EnterDeliveryAsync(email);
        await Page.GetByLabel("Security code (CVV) of the saved card").FillAsync("123");
        await ShootAsync("checkout-saved-card-cvv");
        await Page.GetByLabel("A new card or PayPal").CheckAsync();
        await Page.GetByLabel(new Regex("^PayPal account")).CheckAsync();
        await ShootAsync("checkout-paypal");
    }
}
