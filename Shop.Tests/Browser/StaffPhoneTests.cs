using Microsoft.Playwright;
using Shop.Web.Admin;
using Shop.Web.Admin.Orders;
using Shop.Web.Orders;

namespace Shop.Tests.Browser;

/// <summary>
/// Every staff page on a 375 px phone: the staff frame (no shop header), and nothing scrolls sideways. Lists of
/// records stack into labelled rows (<c>.admin-table</c>); grids of figures (order lines, the variant grid) scroll
/// inside their own box. Saves a screenshot of each page (SHOP_SCREENSHOTS_DIR, else the test output folder).
/// </summary>
public class StaffPhoneTests : BrowserTest
{
    protected override Dictionary<string, string?> ShopSettings => SeededAdmin;

    protected override ViewportSize Viewport => new() { Width = 375, Height = 812 };

    /// <summary>Every staff list and form reached from the menu; each list's first record is visited too.</summary>
    private static readonly string[] Pages =
    [
        "/admin", "/admin?range=custom&from=2026-01-01&to=2025-01-01", "/admin/orders", "/admin/orders/to-fulfil", "/admin/returns",
        "/admin/products", "/admin/products/new", "/admin/products/import", "/admin/discounts", "/admin/discounts/new",
        "/admin/categories", "/admin/categories/new", "/admin/pages", "/admin/tax", "/admin/shipping", "/admin/stock",
        "/admin/customers", "/admin/reviews", "/admin/team", "/admin/settings", "/admin/audit",
    ];

    private const string FirstRecord = """
        (list) => [...document.querySelectorAll('#main a[href], main a[href], a[href]')].map(a => a.getAttribute('href'))
            .find(h => h.startsWith(list + '/') && /^\/admin\/[a-z-]+\/[^/?]+$/.test(h) && !/\/(new|export|import|to-fulfil)$/.test(h)) ?? null
        """;

    /// <summary>The administrator's own order is paid, shipped, delivered and asked back, as in ReturnJourneyTests.</summary>
    private async Task AskToReturnAsync(string number)
    {
        var by = await Shop.WithDbAsync(db => db.Users.Where(u => u.Email == AdminEmail).Select(u => new StaffMember(u.Id, AdminEmail)).SingleAsync());
        var order = await Shop.WithDbAsync(db => db.Orders.Include(o => o.Lines).SingleAsync(o => o.Number == number));
        Shop.Services.GetRequiredService<SimulatedBraintreeGateway>().Settle(order.PaymentTransactionId!);
        await Shop.WithAsync<StaffOrderActions, OrderActionResult>(a => a.ShipAsync(number, "TRK-PHONE", null, by, CancellationToken.None));
        await Shop.WithAsync<StaffOrderActions, OrderActionResult>(a => a.MarkDeliveredAsync(number, by, CancellationToken.None));
        var form = new ReturnForm { Lines = [new() { OrderLineId = order.Lines[0].Id, Quantity = 1, Reason = "Too small" }] };
        var refused = await Shop.WithAsync<ShopperReturns, string?>(r => r.AskAsync(by.UserId, number, form, CancellationToken.None));
        Assert.That(refused, Is.Empty, "the return was asked");
    }

    [Test]
    public async Task Every_staff_page_fits_a_phone_without_sideways_scrolling()
    {
        await Page.BuyAsync(Accounts.UniqueEmail("phone")); // so the order lists have a row and an order page
        await SignInAsync(Page, AdminEmail, AdminPassword);
        await AskToReturnAsync(await Page.BuyAsync(AdminEmail)); // and the returns list a return to open
        var code = "PHONE" + Guid.NewGuid().ToString("n")[..6].ToUpperInvariant();
        await Page.GotoAsync("/admin/discounts/new");
        await Page.GetByLabel("Code shoppers type").FillAsync(code);
        await Page.GetByLabel("Percent or amount").FillAsync("10");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Create code" }).ClickAsync();
        await Page.Locator(".discount-row").First.WaitForAsync();
        await Page.GotoAsync("/admin/tax");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Load the demo EU and US setup" }).ClickAsync();
        await Page.Locator("table.tax-zones a").First.WaitForAsync();

        var folder = ScreenshotFolder;
        var wide = new List<string>();
        var visited = new List<string>();
        async Task MeasureAsync(string url)
        {
            var response = await Page.GotoAsync(url);
            visited.Add($"{url} {response?.Status}");
            var widths = await Page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
            if (widths[0] > widths[1]) wide.Add($"{url}: {widths[0]} > {widths[1]}");
            var name = new string(url.Trim('/').Split('?')[0].Select(c => char.IsLetterOrDigit(c) ? c : '-').ToArray());
            await Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, $"staff-{name}{(url.Contains('?') ? "-range" : "")}-phone.png"), FullPage = true });
        }

        foreach (var url in Pages)
        {
            await MeasureAsync(url);
            if (url.Contains('?') || url.EndsWith("/new") || url.EndsWith("/import") || url == "/admin") continue;
            if (await Page.EvaluateAsync<string?>(FirstRecord, url.Split('?')[0]) is { } record) await MeasureAsync(record);
        }
        var shopHeader = await Page.Locator("#main-nav").CountAsync();
        var brand = await Page.Locator(".staff-header .navbar-brand").BoundingBoxAsync();
        TestContext.Out.WriteLine(string.Join("\n", visited));

        Assert.Multiple(() =>
        {
            Assert.That(wide, Is.Empty, "pages wider than the phone");
            Assert.That(shopHeader, Is.Zero, "staff pages have no shop header");
            Assert.That(brand?.X, Is.GreaterThanOrEqualTo(8), "the staff header keeps off the screen's edge");
            foreach (var detail in new[] { "/admin/orders/", "/admin/products/", "/admin/discounts/", "/admin/categories/", "/admin/tax/", "/admin/shipping/", "/admin/stock/", "/admin/customers/", "/admin/returns/" })
                Assert.That(visited, Has.Some.Match($"^{detail}(?!new |import |to-fulfil )[^/?]+ "), $"a record under {detail} was measured");
        });
    }
}
