using Microsoft.Playwright;

namespace Shop.Tests.Browser;

/// <summary>axe-core on the staff pages, signed in as the seeded administrator: no serious or critical violations.</summary>
public class StaffAccessibilityTests : BrowserTest
{
    protected override Dictionary<string, string?> ShopSettings => SeededAdmin;

    [Test]
    public async Task Staff_pages_have_no_serious_accessibility_problems()
    {
        var number = await Page.BuyAsync(Accounts.UniqueEmail("guest"));
        await SignInAsync(Page, AdminEmail, AdminPassword);

        foreach (var (url, what) in new[]
        {
            ("/admin", "dashboard"), ("/admin/products", "product list"), ("/admin/products/1", "product edit"),
            ("/admin/products/new", "new product"), ("/admin/orders", "order list"), ($"/admin/orders/{number}", "order detail"),
            ("/admin/categories", "categories"), ("/admin/stock", "stock"), ("/admin/customers", "customers"), ("/admin/audit", "audit log"),
        })
        {
            await Page.GotoAsync(url);
            Assert.That(new Uri(Page.Url).AbsolutePath, Is.EqualTo(url), $"{what} opened, not a redirect");
            await Page.AssertAccessibleAsync(what);
        }
    }

    [Test]
    public async Task A_product_form_with_errors_has_no_serious_accessibility_problems()
    {
        await Page.GotoAsync("/");
        await SignInAsync(Page, AdminEmail, AdminPassword);
        await Page.GotoAsync("/admin/products/new");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Create product" }).ClickAsync();
        await Page.Locator(".field-validation-error").First.WaitForAsync();
        await Page.AssertAccessibleAsync("new product with errors");
    }
}
