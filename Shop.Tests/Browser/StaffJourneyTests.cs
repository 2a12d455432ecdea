using Microsoft.Playwright;
using Shop.Tests.Admin;
using static Microsoft.Playwright.Assertions;

namespace Shop.Tests.Browser;

/// <summary>Staff at a desktop, signed in as the administrator the shop seeds from its settings; shoppers in their own browsers.</summary>
public class StaffJourneyTests : BrowserTest
{
    protected override Dictionary<string, string?> ShopSettings => SeededAdmin;

    private async Task OpenStaffPageAsync(string tab)
    {
        await Header(Page).GetByRole(AriaRole.Link, new() { Name = "Staff pages" }).ClickAsync();
        await Page.GetByRole(AriaRole.Navigation, new() { Name = "Staff" }).GetByRole(AriaRole.Link, new() { Name = tab }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = tab, Level = 1 })).ToBeVisibleAsync();
    }

    [Test]
    public async Task Staff_create_a_product_with_a_picture_and_shoppers_find_it()
    {
        var name = $"Walnut desk tidy {Guid.NewGuid().ToString("n")[..6]}";
        var slug = name.ToLowerInvariant().Replace(' ', '-');
        var picture = Path.Combine(Shop.DataDirectory, $"{slug}.png"); // a file on staff's disk; removed with the shop's folder
        await File.WriteAllBytesAsync(picture, AdminFixture.SmallPng(120, 90));

        await Page.GotoAsync("/");
        await SignInAsync(Page, AdminEmail, AdminPassword);
        await OpenStaffPageAsync("Products");
        await Page.GetByRole(AriaRole.Link, new() { Name = "New product" }).ClickAsync();
        await Page.GetByLabel("Name", new() { Exact = true }).FillAsync(name);
        await Page.GetByLabel("Slug (web address)").FillAsync(slug);
        await Page.GetByLabel("SKU").FillAsync("TIDY-" + slug[^6..].ToUpperInvariant());
        await Page.GetByLabel("Category").SelectOptionAsync(new SelectOptionValue { Label = "Home Office" });
        await Page.GetByLabel("Price", new() { Exact = true }).FillAsync("34.50");
        await Page.GetByLabel("Opening stock").FillAsync("12");
        await Page.GetByLabel("Description").FillAsync("Solid walnut tray with three compartments for pens, cards and cables.");
        await Page.GetByLabel(new Regex("^Published")).CheckAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Create product" }).ClickAsync();
        await Expect(Page.Locator(".admin-notice")).ToHaveTextAsync($"Created {name}.");

        await Page.GetByLabel("Add pictures").SetInputFilesAsync(picture);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Upload pictures" }).ClickAsync();
        await Expect(Page.Locator(".admin-notice")).ToHaveTextAsync("Picture uploaded.");
        await Page.Locator("img.admin-thumb").AssertPictureLoadsAsync("the staff thumbnail");

        var shopper = await NewShopperAsync();
        await shopper.GotoAsync("/");
        await shopper.GetByRole(AriaRole.Navigation, new() { Name = "Categories" }).GetByRole(AriaRole.Link, new() { Name = "Home Office" }).ClickAsync();
        await shopper.GetByLabel("Sort by").SelectOptionAsync("newest");
        await shopper.GetByRole(AriaRole.Button, new() { Name = "Apply" }).ClickAsync();
        var card = shopper.Locator(".product-card").Filter(new() { HasText = name });
        await Expect(card).ToHaveCountAsync(1);
        await card.Locator("img").AssertPictureLoadsAsync("the picture on the category page");

        await shopper.GetByLabel("Search products").FillAsync(name);
        await shopper.GetByRole(AriaRole.Button, new() { Name = "Search", Exact = true }).ClickAsync();
        await shopper.Locator(".product-card .card-title a").Filter(new() { HasText = name }).ClickAsync();
        await Expect(shopper).ToHaveURLAsync(new Regex($"/p/{slug}$"));
        await Expect(shopper.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(name);
        await Expect(shopper.Locator(".gallery-main img")).ToHaveAttributeAsync("alt", name);
        await shopper.Locator(".gallery-main img").AssertPictureLoadsAsync("the product page picture");
        await Expect(shopper.GetByRole(AriaRole.Button, new() { Name = "Add to cart" })).ToBeEnabledAsync();
    }

    [Test]
    public async Task Staff_give_a_product_sizes_and_colours_and_price_one_variant_in_the_grid()
    {
        var name = $"Linen shirt {Guid.NewGuid().ToString("n")[..6]}";
        var slug = name.ToLowerInvariant().Replace(' ', '-');
        var front = Path.Combine(Shop.DataDirectory, $"{slug}-front.png");
        var back = Path.Combine(Shop.DataDirectory, $"{slug}-back.png");
        await File.WriteAllBytesAsync(front, AdminFixture.SmallPng(400, 300));
        await File.WriteAllBytesAsync(back, AdminFixture.SmallPng(300, 400));

        await Page.GotoAsync("/");
        await SignInAsync(Page, AdminEmail, AdminPassword);
        await OpenStaffPageAsync("Products");
        await Page.GetByRole(AriaRole.Link, new() { Name = "New product" }).ClickAsync();
        await Page.GetByLabel("Name", new() { Exact = true }).FillAsync(name);
        await Page.GetByLabel("Slug (web address)").FillAsync(slug);
        await Page.GetByLabel("SKU").FillAsync("SHIRT-" + slug[^6..].ToUpperInvariant());
        await Page.GetByLabel("Category").SelectOptionAsync(new SelectOptionValue { Label = "Home Office" });
        await Page.GetByLabel("Price", new() { Exact = true }).FillAsync("24.00");
        await Page.GetByLabel("Opening stock").FillAsync("3");
        await Page.GetByLabel(new Regex("^Pictures")).SetInputFilesAsync([front, back]);
        await Page.GetByLabel(new Regex("^Published")).CheckAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Create product" }).ClickAsync();
        await Expect(Page.Locator(".admin-notice")).ToHaveTextAsync($"Created {name}.");
        await Expect(Page.Locator(".picture-list img")).ToHaveCountAsync(2);

        await Page.GetByLabel("Option 1 name").FillAsync("Size");
        await Page.GetByLabel("Option 1 values").FillAsync("S, M, L");
        await Page.GetByLabel("Option 2 name").FillAsync("Colour");
        await Page.GetByLabel("Option 2 values").FillAsync("Red, Blue");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Generate variants" }).ClickAsync();
        await Expect(Page.Locator(".admin-notice")).ToContainTextAsync("Options saved");
        await Expect(Page.Locator("tr.variant-row")).ToHaveCountAsync(6);

        await Page.GetByLabel("Price of M / Blue").FillAsync("29.00");
        await Page.GetByLabel("Picture of M / Blue").SelectOptionAsync(new SelectOptionValue { Label = "Picture 2" });
        await Page.GetByLabel("New stock of M / Blue").FillAsync("5");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Save variants" }).ClickAsync();
        await Expect(Page.Locator(".admin-notice")).ToHaveTextAsync("Variants saved.");
        await Expect(Page.GetByLabel("Price of M / Blue")).ToHaveValueAsync("29.00");
        await Expect(Page.Locator("tr.variant-row").Filter(new() { HasText = "M / Blue" }).Locator(".variant-stock")).ToHaveTextAsync("5");
        await Page.Locator(".picture-list img").First.AssertPictureLoadsAsync("the staff thumbnail");
        await Page.AssertFitsTheScreenAsync("the product editor");

        var shot = Path.Combine(TestContext.CurrentContext.WorkDirectory, "screenshots", "staff-product-variants-desktop.png");
        Directory.CreateDirectory(Path.GetDirectoryName(shot)!);
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = shot, FullPage = true });
        TestContext.AddTestAttachment(shot, "The product editor with variants");
        await Page.SetViewportSizeAsync(Phone.Width, Phone.Height);
        await Page.AssertFitsTheScreenAsync("the product editor on a phone (the grid scrolls inside its box)");
        var phoneShot = shot.Replace("-desktop.png", "-phone.png");
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = phoneShot, FullPage = true });
        TestContext.AddTestAttachment(phoneShot, "The product editor with variants on a phone");

        var shopper = await NewShopperAsync();
        await shopper.GotoAsync($"/p/{slug}");
        await Expect(shopper.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(name);
    }

    [Test]
    public async Task Staff_ship_an_order_and_the_shopper_sees_it_shipped_with_the_tracking_number()
    {
        var email = Accounts.UniqueEmail("buyer");
        await Shop.CreateAccountAsync(email, name: "Dorothy Vaughan");
        var shopper = await NewShopperAsync(Phone);
        await shopper.GotoAsync("/");
        await SignInAsync(shopper, email, Accounts.Password);
        var number = await shopper.BuyAsync(email);

        await Page.GotoAsync("/");
        await SignInAsync(Page, AdminEmail, AdminPassword);
        await OpenStaffPageAsync("Orders");
        await Page.GetByLabel("Customer (email or name)").FillAsync(email);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Filter" }).ClickAsync();
        await Page.GetByRole(AriaRole.Link, new() { Name = number }).ClickAsync();
        await Expect(Page.Locator(".order-status")).ToHaveTextAsync("Paid");
        await Page.GetByLabel("Tracking number").FillAsync("1Z 999 AA1 0123 4567 84");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Mark shipped" }).ClickAsync();
        await Expect(Page.Locator(".admin-notice")).ToContainTextAsync($"Order {number} is shipped");
        await Expect(Page.Locator(".order-status")).ToHaveTextAsync("Shipped");

        await OpenHeaderMenuAsync(shopper);
        await Header(shopper).GetByRole(AriaRole.Link, new() { Name = "My account" }).ClickAsync();
        await shopper.GetByRole(AriaRole.Navigation, new() { Name = "My account" }).GetByRole(AriaRole.Link, new() { Name = "Orders" }).ClickAsync();
        var row = shopper.Locator(".my-orders tbody tr").Filter(new() { HasText = number });
        await Expect(row.Locator(".order-status")).ToHaveTextAsync("Shipped");
        await Expect(row.Locator(".order-total")).ToBeInViewportAsync(new() { Ratio = 1 });
        await row.GetByRole(AriaRole.Link, new() { Name = number }).ClickAsync();
        await Expect(shopper.Locator(".tracking-number")).ToHaveTextAsync("1Z 999 AA1 0123 4567 84");
    }
}
