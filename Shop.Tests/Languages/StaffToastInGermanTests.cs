using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Shop.Tests.Languages;

/// <summary>A German staff member's toasts speak German: the words come with the page (staff-live.js reads them).</summary>
public class StaffToastInGermanTests : BrowserTest
{
    protected override Dictionary<string, string?> ShopSettings => new() { ["Shop:Languages"] = "en,de,fr" };

    [Test]
    public async Task A_new_order_and_its_sold_out_product_are_toasted_in_German()
    {
        var (slug, name) = await Shop.WithDbAsync(async db =>
        {
            var product = await db.Products.Where(p => p.IsPublished && !p.Options.Any() && p.Variants.Sum(v => v.StockOnHand) > 20)
                .OrderByDescending(p => p.Id).FirstAsync();
            product.SetStock(1);
            await db.SaveChangesAsync();
            return (product.Slug, product.Name);
        });
        var email = Accounts.UniqueEmail("toast");
        await Shop.CreateAccountAsync(email, roles: Roles.Staff);
        await Page.GotoAsync("/account/sign-in");
        await FillSignInFormAsync(Page, email, Accounts.Password);
        await Page.GotoAsync("/language/de?returnUrl=%2Fadmin%2Forders");
        await Expect(Page.Locator("html[data-live=connected]")).ToHaveCountAsync(1);

        var shopper = await NewShopperAsync();
        await shopper.GotoAsync($"/p/{slug}");
        await shopper.GetByRole(AriaRole.Button, new() { Name = "Add to cart" }).ClickAsync();
        await shopper.EnterDeliveryAsync("quick@example.com", "Quick Buyer");
        var number = await shopper.PayWithTestCardAsync();

        var toasts = Page.Locator(".staff-toasts .toast");
        await Expect(toasts.Filter(new() { HasText = "Neue Bestellung" })).ToContainTextAsync($"Bestellung {number}, ", new() { Timeout = 5_000 });
        await Expect(toasts.Filter(new() { HasText = "Ausverkauft" })).ToContainTextAsync($"{name}: ausverkauft", new() { Timeout = 5_000 });
        await Expect(toasts.First.Locator(".btn-close")).ToHaveAttributeAsync("aria-label", "Schließen");
    }
}
