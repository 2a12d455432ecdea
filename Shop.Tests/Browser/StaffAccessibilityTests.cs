using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

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
            ("/admin/products/new", "new product"), ("/admin/orders", "order list"), ("/admin/orders/to-fulfil", "orders to fulfil"), ($"/admin/orders/{number}", "order detail"),
            ("/admin/categories", "categories"), ("/admin/stock", "stock"), ("/admin/customers", "customers"), ("/admin/audit", "audit log"),
            ("/admin/discounts", "discount codes"), ("/admin/discounts/new", "new discount code"),
        })
        {
            await Page.GotoAsync(url);
            Assert.That(new Uri(Page.Url).AbsolutePath, Is.EqualTo(url), $"{what} opened, not a redirect");
            await Page.AssertAccessibleAsync(what);
        }
    }

    [Test]
    public async Task Keyboard_focus_shows_clearly_on_the_staff_header_and_a_product_form()
    {
        await Page.GotoAsync("/");
        await SignInAsync(Page, AdminEmail, AdminPassword);
        await Page.GotoAsync("/admin/products/1");
        await Page.AssertEveryFocusShowsAsync("product edit", 40);
    }

    [TestCase("/admin/tax")]
    [TestCase("/admin/shipping")]
    public async Task The_zone_tables_name_their_column_of_buttons(string url)
    {
        await Page.GotoAsync("/");
        await SignInAsync(Page, AdminEmail, AdminPassword);
        await AssertAccessibleAtAsync(url, url);
        await Expect(Page.GetByRole(AriaRole.Columnheader, new() { Name = "Actions", Exact = true })).ToHaveCountAsync(1);
        Assert.That(await Page.Locator("th").AllInnerTextsAsync(), Has.None.Empty, "every column header has a name (axe's empty-table-header)");
    }

    [Test]
    public async Task The_refund_and_cancel_confirmations_have_no_serious_accessibility_problems()
    {
        var number = await Page.BuyAsync(Accounts.UniqueEmail("confirm"));
        await SignInAsync(Page, AdminEmail, AdminPassword);

        await Page.GotoAsync($"/admin/orders/{number}");
        await Page.GetByLabel("Refund amount", new() { Exact = false }).FillAsync("1.00");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Refund", Exact = true }).ClickAsync();
        await Page.Locator(".confirm-refund").WaitForAsync();
        await Page.AssertAccessibleAsync("refund confirmation");

        await Page.GotoAsync($"/admin/orders/{number}");
        await Page.GetByLabel("Reason for cancelling", new() { Exact = false }).FillAsync("Shopper asked");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Cancel order" }).ClickAsync();
        await Page.Locator(".confirm-cancel").WaitForAsync();
        await Page.AssertAccessibleAsync("cancel confirmation");
    }

    [Test]
    public async Task The_product_editor_with_variants_pictures_and_its_messages_has_no_serious_accessibility_problems()
    {
        var id = await ProductWithVariantsAsync();
        await Page.GotoAsync("/");
        await SignInAsync(Page, AdminEmail, AdminPassword);

        await AssertAccessibleAtAsync($"/admin/products/{id}", "product editor with variants and pictures");

        await Page.GetByLabel("Price of M / Blue").FillAsync("0");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Save variants" }).ClickAsync();
        await Page.Locator(".grid-problems").WaitForAsync();
        await Page.AssertAccessibleAsync("variant grid with errors");

        await Page.GetByLabel("New stock of S / Red").FillAsync("4");
        await Page.GetByLabel("Price of M / Blue").FillAsync("");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Save variants" }).ClickAsync();
        await Page.GetByLabel("Option 2 values").FillAsync("Blue");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Generate variants" }).ClickAsync();
        await Page.Locator(".options-confirm").WaitForAsync();
        await Page.AssertAccessibleAsync("options asking before removing variants with stock");
    }

    /// <summary>A product with Size S, M and Colour Red, Blue and two pictures, made as staff would.</summary>
    private async Task<int> ProductWithVariantsAsync()
    {
        var staff = new Shop.Web.Admin.StaffMember("a11y-staff", "a11y@shop.test");
        var name = $"Accessible tee {Guid.NewGuid().ToString("n")[..6]}";
        var category = await Shop.WithDbAsync(db => db.Categories.Select(c => c.Id).FirstAsync());
        var id = (await Shop.WithAsync<Shop.Web.Admin.Products.ProductAdmin, int?>(a => a.CreateAsync(new Shop.Web.Admin.Products.ProductForm
        {
            Name = name, Slug = name.ToLowerInvariant().Replace(' ', '-'), Sku = "A11Y-" + name[^6..].ToUpperInvariant(), Description = "",
            Price = 18m, InitialStock = 0, CategoryId = category, IsPublished = true,
        }, staff, CancellationToken.None)))!.Value;
        var options = new Shop.Web.Admin.Products.ProductOptionsForm { Rows = [new() { Name = "Size", Values = "S, M" }, new() { Name = "Colour", Values = "Red, Blue" }] };
        await Shop.WithAsync<Shop.Web.Admin.Products.ProductVariants, Shop.Web.Admin.Products.VariantEditResult>(v => v.DefineOptionsAsync(id, options, staff, CancellationToken.None));
        await Shop.WithAsync<Shop.Web.Admin.Products.ProductImages, Shop.Web.Admin.Products.PictureResult>(i => i.UploadAsync(id,
            [Admin.AdminFixture.Upload(Admin.AdminFixture.SmallPng(200, 200), "a.png", "image/png"), Admin.AdminFixture.Upload(Admin.AdminFixture.SmallPng(300, 200), "b.png", "image/png")],
            staff, CancellationToken.None));
        return id;
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

    [Test]
    public async Task A_product_form_the_server_refuses_opens_on_its_wrong_field_with_the_message_tied_to_it()
    {
        var skus = await Shop.WithDbAsync(db => db.Products.OrderBy(p => p.Id).Select(p => p.Sku).Take(2).ToListAsync());
        var id = await Shop.WithDbAsync(db => db.Products.Where(p => p.Sku == skus[0]).Select(p => p.Id).SingleAsync());
        await Page.GotoAsync("/");
        await SignInAsync(Page, AdminEmail, AdminPassword);
        await Page.GotoAsync($"/admin/products/{id}");
        await Page.GetByLabel("SKU", new() { Exact = true }).FillAsync(skus[1]);
        await Page.Locator("form.product-form").GetByRole(AriaRole.Button, new() { Name = "Save changes" }).ClickAsync();
        await Page.GetByLabel("SKU", new() { Exact = true }).AssertFocusedAsWrongAsync("Another product already has this SKU.");
        await Page.LookAsync("sku-taken");
    }
}
