using Microsoft.Playwright;
using Shop.Web.Admin;
using Shop.Web.Admin.Orders;
using static Microsoft.Playwright.Assertions;

namespace Shop.Tests.Browser;

/// <summary>
/// A return from the shopper's request to the refund, in two browsers: the shopper's and the seeded administrator's.
/// Every page on the way is checked with axe; each is also saved as a picture (SHOP_SCREENSHOTS_DIR, as ScreenshotTests).
/// </summary>
public class ReturnJourneyTests : BrowserTest
{
    protected override Dictionary<string, string?> ShopSettings => SeededAdmin;

    /// <summary>The order is paid (settled at the simulated gateway), shipped and delivered, as staff would do it.</summary>
    private async Task DeliverAsync(string number)
    {
        var by = await Shop.WithDbAsync(db => db.Users.Where(u => u.Email == AdminEmail).Select(u => new StaffMember(u.Id, AdminEmail)).SingleAsync());
        var txn = await Shop.WithDbAsync(db => db.Orders.Where(o => o.Number == number).Select(o => o.PaymentTransactionId!).SingleAsync());
        Shop.Services.GetRequiredService<SimulatedBraintreeGateway>().Settle(txn);
        await Shop.WithAsync<StaffOrderActions, OrderActionResult>(a => a.ShipAsync(number, "TRK-JOURNEY", null, by, CancellationToken.None));
        var delivered = await Shop.WithAsync<StaffOrderActions, OrderActionResult>(a => a.MarkDeliveredAsync(number, by, CancellationToken.None));
        Assert.That(delivered.Outcome, Is.EqualTo(OrderActionOutcome.Done), delivered.Message);
    }

    [Test]
    public async Task A_shopper_returns_an_item_and_staff_approve_receive_and_refund_it()
    {
        var email = Accounts.UniqueEmail("journey");
        await Shop.CreateAccountAsync(email, name: "Ada Shopper");
        await Page.GotoAsync("/account/sign-in");
        await FillSignInFormAsync(Page, email, Accounts.Password);
        var number = await Page.BuyAsync(email);
        await DeliverAsync(number);

        await Page.GotoAsync($"/account/orders/{number}");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Ask to return these items" }).ClickAsync();
        await Expect(Page.Locator(".return-error")).ToHaveTextAsync("Choose at least one item to return.");
        await Page.AssertAccessibleAsync("the order page with a refused return");
        await Page.Locator(".return-quantity").First.FillAsync("1");
        await Page.Locator(".return-reason").First.FillAsync("Too small");
        await ShootDesktopAsync(Page, "my-order-return");
        await Page.SetViewportSizeAsync(Phone.Width, Phone.Height);
        Assert.That((await Page.Locator(".return-reason").First.BoundingBoxAsync())!.Width, Is.GreaterThan(300), "the reason takes the phone's width");
        await Page.ScreenshotAsync(new() { Path = Path.Combine(ScreenshotFolder, "my-order-return-phone.png"), FullPage = true });
        await Page.SetViewportSizeAsync(Desktop.Width, Desktop.Height);
        await Page.AssertAccessibleAsync("the order page with the return form");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Ask to return these items" }).ClickAsync();
        await Expect(Page.Locator(".order-notice")).ToContainTextAsync("return request is sent");
        await Expect(Page.Locator(".return-status")).ToHaveTextAsync("Asked; we are looking at it");

        var staff = await NewShopperAsync();
        await staff.GotoAsync("/account/sign-in");
        await FillSignInFormAsync(staff, AdminEmail, AdminPassword);
        await staff.GotoAsync("/admin");
        await staff.GetByRole(AriaRole.Navigation, new() { Name = "Staff" }).GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Returns") }).ClickAsync();
        await Expect(staff.GetByRole(AriaRole.Heading, new() { Name = "Returns", Level = 1 })).ToBeVisibleAsync();
        await staff.AssertAccessibleAsync("the returns list");
        await ShootDesktopAsync(staff, "admin-returns");
        await staff.Locator(".admin-returns tr").Filter(new() { HasText = number }).GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Return ") }).ClickAsync();
        await ShootDesktopAsync(staff, "admin-return");
        await staff.AssertAccessibleAsync("a return to decide");
        await staff.GetByRole(AriaRole.Button, new() { Name = "Approve the return" }).ClickAsync();
        await Expect(staff.Locator(".return-status")).ToHaveTextAsync("Approved");
        await staff.AssertAccessibleAsync("a return to receive");
        await staff.GetByRole(AriaRole.Button, new() { Name = "Mark the items received" }).ClickAsync();
        await Expect(staff.Locator(".return-status")).ToHaveTextAsync("Received");
        await staff.AssertAccessibleAsync("a return to refund");
        var amount = await staff.Locator(".refund-amount").TextContentAsync();
        await staff.GetByRole(AriaRole.Button, new() { Name = "Refund to the shopper's card" }).ClickAsync();
        await Expect(staff.Locator(".return-status")).ToHaveTextAsync("Refunded");
        await Expect(staff.Locator(".admin-notice")).ToContainTextAsync(amount!);

        await Page.ReloadAsync();
        await Expect(Page.Locator(".return-status")).ToHaveTextAsync($"Refunded {amount}");
        await Expect(Page.Locator(".order-refunded")).ToHaveTextAsync(amount!);
    }
}
