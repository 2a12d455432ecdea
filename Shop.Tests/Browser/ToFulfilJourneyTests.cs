using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Shop.Tests.Browser;

/// <summary>A morning of orders on the "To fulfil" list: as few clicks as shipping them takes.</summary>
public class ToFulfilJourneyTests : BrowserTest
{
    [Test]
    public async Task One_box_ticks_every_order_on_the_page_and_typing_a_tracking_number_ticks_its_order()
    {
        var shopper = await NewShopperAsync();
        var numbers = new List<string>();
        for (var i = 0; i < 3; i++) numbers.Add(await shopper.BuyAsync($"morning{i}@example.com"));
        var email = Accounts.UniqueEmail();
        await Shop.CreateAccountAsync(email, roles: [Roles.Staff]);
        await Page.GotoAsync("/account/sign-in");
        await FillSignInFormAsync(Page, email, Accounts.Password);
        await Page.GotoAsync("/admin/orders/to-fulfil");
        var picks = Page.Locator(".bulk-ship-form .pick");
        await Expect(picks).ToHaveCountAsync(3);

        await Page.GetByLabel($"Tracking number of order {numbers[1]}").FillAsync("JJD0001");
        await Expect(Page.Locator($"#pick-{numbers[1]}")).ToBeCheckedAsync();
        await Expect(Page.Locator($"#pick-{numbers[0]}")).Not.ToBeCheckedAsync();
        var all = Page.GetByLabel("Tick every order on this page");
        await all.CheckAsync();
        foreach (var number in numbers) await Expect(Page.Locator($"#pick-{number}")).ToBeCheckedAsync();
        await all.UncheckAsync();
        foreach (var number in numbers) await Expect(Page.Locator($"#pick-{number}")).Not.ToBeCheckedAsync();
        await all.CheckAsync();
        await Page.ScreenshotAsync(new() { Path = Path.Combine(TestContext.CurrentContext.WorkDirectory, "to-fulfil-tick-all.png"), FullPage = true });

        await Page.GetByRole(AriaRole.Button, new() { Name = "Mark ticked orders shipped" }).ClickAsync();
        await Expect(Page.Locator(".bulk-errors")).ToContainTextAsync($"Enter a tracking number for {numbers[0]}, {numbers[2]}.");
        await Page.GetByLabel($"Tracking number of order {numbers[0]}").FillAsync("JJD0000");
        await Page.GetByLabel($"Tracking number of order {numbers[2]}").FillAsync("JJD0002");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Mark ticked orders shipped" }).ClickAsync();
        await Expect(Page.Locator(".admin-notice")).ToContainTextAsync("3 orders marked shipped");
        await Expect(Page.Locator(".no-orders")).ToBeVisibleAsync();
    }
}
