using Microsoft.Playwright;

namespace Shop.Tests.Browser;

/// <summary>The staff pages on a 375 px phone: the staff frame (no shop header), and nothing scrolls sideways.</summary>
public class StaffPhoneTests : BrowserTest
{
    protected override Dictionary<string, string?> ShopSettings => SeededAdmin;

    protected override ViewportSize Viewport => new() { Width = 375, Height = 812 };

    [Test]
    public async Task Every_staff_page_fits_a_phone_without_sideways_scrolling()
    {
        await Page.BuyAsync(Accounts.UniqueEmail("phone")); // so the order lists have a row; the order page itself is not yet narrow enough
        await SignInAsync(Page, AdminEmail, AdminPassword);
        var code = "PHONE" + Guid.NewGuid().ToString("n")[..6].ToUpperInvariant();
        await Page.GotoAsync("/admin/discounts/new");
        await Page.GetByLabel("Code shoppers type").FillAsync(code);
        await Page.GetByLabel("Percent or amount").FillAsync("10");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Create code" }).ClickAsync();
        await Page.Locator(".discount-row").First.WaitForAsync();

        var wide = new List<string>();
        foreach (var url in new[]
        {
            "/admin", "/admin/products", "/admin/products/1", "/admin/products/new", "/admin/orders", "/admin/orders/to-fulfil",
            "/admin/categories", "/admin/pages", "/admin/stock", "/admin/customers", "/admin/audit",
            "/admin/discounts", "/admin/discounts/new",
        })
        {
            await Page.GotoAsync(url);
            var widths = await Page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
            if (widths[0] > widths[1]) wide.Add($"{url}: {widths[0]} > {widths[1]}");
        }
        var shopHeader = await Page.Locator("#main-nav").CountAsync();

        Assert.Multiple(() =>
        {
            Assert.That(wide, Is.Empty, "pages wider than the phone");
            Assert.That(shopHeader, Is.Zero, "staff pages have no shop header");
        });
    }
}
