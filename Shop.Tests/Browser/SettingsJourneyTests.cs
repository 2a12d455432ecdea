using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Shop.Tests.Browser;

/// <summary>An admin opens Settings from the staff menu, is told what is wrong beside each field, corrects it, and the storefront follows.</summary>
[TestFixture("desktop")]
[TestFixture("phone")]
public class SettingsJourneyTests(string device) : PhoneAndDesktopTest(device)
{
    protected override Dictionary<string, string?> ShopSettings => SeededAdmin;

    [Test]
    public async Task An_admin_corrects_a_refused_holiday_saves_and_the_storefront_shows_the_new_name_and_return_window()
    {
        var name = $"Babbage Bazaar {Device}";
        await Page.GotoAsync("/");
        await SignInAsync(Page, AdminEmail, AdminPassword);
        await Page.GotoAsync("/admin");
        await Page.GetByRole(AriaRole.Navigation, new() { Name = "Staff" }).GetByRole(AriaRole.Link, new() { Name = "Settings" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Settings", Level = 1 })).ToBeVisibleAsync();
        await Expect(Page.GetByLabel("Shop name", new() { Exact = true })).ToHaveValueAsync("Shop");
        await Page.AssertFitsTheScreenAsync("the settings page");
        await Page.LookAsync($"settings-{Device}");

        await Page.GetByLabel("Shop name", new() { Exact = true }).FillAsync(name);
        await Page.GetByLabel("Days after delivery to ask for a return").FillAsync("21");
        await Page.GetByLabel("Holidays").FillAsync("2026-12-25\n26.12.2026");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Save settings" }).ClickAsync();
        await Expect(Page.Locator("[data-valmsg-for='Form.Holidays']")).ToHaveTextAsync("'26.12.2026' is not a day: write each holiday as 2026-12-25, one a line, at most 100.");
        await Expect(Page.GetByLabel("Shop name", new() { Exact = true })).ToHaveValueAsync(name, new() { Timeout = 1000 });
        await Page.AssertFitsTheScreenAsync("the refused settings");
        await Page.LookAsync($"settings-refused-{Device}");

        await Page.GetByLabel("Holidays").FillAsync("2026-12-25\n2026-12-28");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Save settings" }).ClickAsync();
        await Expect(Page.Locator(".admin-notice")).ToContainTextAsync("Settings saved: the shop uses them now.");
        await Expect(Page.Locator(".setting-saved[data-setting='Shop:Name']")).ToHaveTextAsync("Saved here. Emptied, the field goes back to: Shop");
        await Page.LookAsync($"settings-saved-{Device}");

        await Page.GotoAsync("/");
        await Expect(Page.Locator("footer")).ToContainTextAsync($"{name}. Free returns within 21 days.");
        await Expect(Page).ToHaveTitleAsync(new Regex(Regex.Escape(name)));

        // Put back, so the shop the fixture shares reads as before.
        await Page.GotoAsync("/admin/settings");
        foreach (var field in new[] { "Shop name", "Days after delivery to ask for a return", "Holidays" })
            await Page.GetByLabel(field, new() { Exact = true }).FillAsync("");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Save settings" }).ClickAsync();
        await Expect(Page.GetByLabel("Shop name", new() { Exact = true })).ToHaveValueAsync("Shop");
    }
}
