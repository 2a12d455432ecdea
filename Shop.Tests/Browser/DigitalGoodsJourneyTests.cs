using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Shop.Tests.Browser;

/// <summary>
/// A German shop with the demo EU zones: staff create an e-book marked digital, and a shopper buying only it is asked
/// for a billing address, no shipping, and sees Austria's reduced VAT; saves screenshots of each step.
/// </summary>
public class DigitalGoodsJourneyTests : BrowserTest
{
    protected override Dictionary<string, string?> ShopSettings => new(SeededAdmin)
    {
        ["Shop:Currency"] = "EUR",
        ["Shop:Tax:Rate"] = "0.19",
        ["Shop:Tax:PricesIncludeTax"] = "true",
        ["Shop:Tax:ShopCountry"] = "DE",
    };

    [Test]
    public async Task Staff_sell_an_e_book_and_a_shopper_buys_it_with_a_billing_address_and_no_shipping()
    {
        var slug = $"planner-e-book-{Guid.NewGuid().ToString("n")[..6]}";
        await Page.GotoAsync("/account/sign-in");
        await FillSignInFormAsync(Page, AdminEmail, AdminPassword);
        await Page.GotoAsync("/admin/tax");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Load the demo EU and US setup" }).ClickAsync();
        await Expect(Page.Locator("table.tax-zones")).ToContainTextAsync("Austria");

        await Page.GotoAsync("/admin/products/new");
        await Page.GetByLabel("Name", new() { Exact = true }).FillAsync("Planner e-book");
        await Page.GetByLabel("Slug (web address)").FillAsync(slug);
        await Page.GetByLabel("SKU").FillAsync("EBOOK-" + slug[^6..].ToUpperInvariant());
        await Page.GetByLabel("Category").SelectOptionAsync(new SelectOptionValue { Label = "Home Office" });
        await Page.GetByLabel("Price", new() { Exact = true }).FillAsync("11.00");
        await Page.GetByLabel("Tax class").SelectOptionAsync(new SelectOptionValue { Label = "Reduced" });
        await Page.GetByLabel("Opening stock").FillAsync("1000");
        await Page.GetByLabel("Description").FillAsync("A year of weekly planning pages as a PDF.");
        await Page.GetByLabel("Digital — not shipped").CheckAsync();
        await Page.GetByLabel(new Regex("^Published")).CheckAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Create product" }).ClickAsync();
        await Expect(Page.Locator(".admin-notice")).ToHaveTextAsync("Created Planner e-book.");
        await Expect(Page.GetByLabel("Digital — not shipped")).ToBeCheckedAsync();
        await ShootDesktopAsync(Page, "admin-product-digital");

        var shopper = await NewShopperAsync();
        await shopper.GotoAsync($"/p/{slug}");
        await Expect(shopper.Locator(".product-digital")).ToHaveTextAsync("Digital product: nothing is shipped.");
        await Expect(shopper.Locator(".product-delivery")).ToHaveCountAsync(0);
        await shopper.GetByRole(AriaRole.Button, new() { Name = "Add to cart" }).ClickAsync();
        await Expect(shopper.GetByRole(AriaRole.Dialog, new() { Name = "Your cart" })).ToBeVisibleAsync();

        await shopper.GotoAsync("/checkout");
        await Expect(shopper.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Where should we send the bill?");
        await Expect(shopper.Locator(".checkout-steps [aria-current=step]")).ToHaveTextAsync("1. Billing address");
        await Expect(shopper.Locator("[name='Form.ShippingMethod']")).ToHaveCountAsync(0);
        await Expect(shopper.Locator("[name='Form.BillingSameAsDelivery']")).ToHaveCountAsync(0);
        await shopper.Locator("[name='Form.Email']").FillAsync("reader@example.com");
        await shopper.Locator("[name='Form.FullName']").FillAsync("Reader in Vienna");
        await shopper.Locator("[name='Form.Line1']").FillAsync("1 Ring");
        await shopper.Locator("[name='Form.City']").FillAsync("Wien");
        await shopper.Locator("[name='Form.PostalCode']").FillAsync("1010");
        await shopper.Locator("[name='Form.CountryCode']").SelectOptionAsync("AT");
        await ShootDesktopAsync(shopper, "checkout-digital-billing-address");
        await shopper.GetByRole(AriaRole.Button, new() { Name = "Continue to review" }).ClickAsync();
        await Expect(shopper).ToHaveURLAsync(new Regex("/checkout/review"));

        await Expect(shopper.Locator("#ship-heading")).ToHaveTextAsync("Billing address");
        await Expect(shopper.Locator(".review-shipping")).ToHaveCountAsync(0);
        await Expect(shopper.Locator(".tax-rate")).ToHaveTextAsync("Includes VAT 10%");
        await Expect(shopper.Locator(".tax-amount")).ToHaveTextAsync(new Money(1.00m, "EUR").ToString());
        await Expect(shopper.Locator(".review-total")).ToHaveTextAsync(new Money(11.00m, "EUR").ToString());
        await ShootDesktopAsync(shopper, "checkout-review-digital");
    }
}
