using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Shop.Tests.Support;

/// <summary>The checkout steps a shopper takes in the browser, shared by the journeys that need an order.</summary>
public static class BrowserCheckout
{
    /// <summary>Opens the first in-stock product of a category and adds <paramref name="quantity"/> to the cart; returns its name.</summary>
    public static async Task<string> AddFirstProductOfAsync(this IPage page, string category, int quantity = 1)
    {
        await page.GotoAsync($"/c/{category}?inStock=true");
        await page.Locator(".product-card .card-title a").First.ClickAsync();
        var name = (await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).TextContentAsync())!.Trim();
        await page.GetByLabel("Quantity").FillAsync(quantity.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.GetByRole(AriaRole.Button, new() { Name = "Add to cart" }).ClickAsync();
        await page.ViewCartFromMiniCartAsync();
        return name;
    }

    /// <summary>From the mini-cart that Add to cart opened, on to the cart page.</summary>
    public static async Task ViewCartFromMiniCartAsync(this IPage page)
    {
        await page.GetByRole(AriaRole.Dialog, new() { Name = "Your cart" }).GetByRole(AriaRole.Link, new() { Name = "View cart" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/cart$"));
    }

    /// <summary>From the cart: "Check out", the delivery form (the email only when the shop asks for it; a company if given), on to review.</summary>
    public static async Task EnterDeliveryAsync(this IPage page, string email, string fullName = "Grace Hopper", bool express = false, string? company = null)
    {
        await page.GetByRole(AriaRole.Link, new() { Name = "Check out" }).ClickAsync();
        var emailField = page.GetByLabel("Email for your receipt");
        if (await emailField.CountAsync() > 0) await emailField.FillAsync(email);
        await page.GetByLabel("Full name").FillAsync(fullName);
        if (company is not null) await page.GetByLabel("Company (optional)", new() { Exact = true }).FillAsync(company);
        await page.GetByLabel("Street address").FillAsync("1 Compiler Way");
        await page.GetByLabel("City", new() { Exact = true }).FillAsync("Arlington");
        await page.GetByLabel("State / region", new() { Exact = true }).FillAsync("VA");
        await page.GetByLabel("Postal code").FillAsync("22201");
        await page.GetByLabel("Country", new() { Exact = true }).SelectOptionAsync("US");
        if (express) await page.GetByLabel(new Regex("^Express")).CheckAsync();
        await page.LookAsync("delivery-form");
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue to review" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/checkout/review$"));
    }

    /// <summary>Pays with the test card that pays and returns the order number from the confirmation page.</summary>
    public static async Task<string> PayWithTestCardAsync(this IPage page)
    {
        await page.GetByLabel(new Regex("^Visa ending 1111")).CheckAsync();
        await page.Locator(".pay-button").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/checkout/confirmation/SHP-"));
        var path = new Uri(page.Url).AbsolutePath;
        return path[(path.LastIndexOf('/') + 1)..];
    }

    /// <summary>A whole purchase: one product of <paramref name="category"/>, delivered, paid with the test card.</summary>
    public static async Task<string> BuyAsync(this IPage page, string email, string category = "kitchen")
    {
        await page.AddFirstProductOfAsync(category);
        await page.EnterDeliveryAsync(email);
        return await page.PayWithTestCardAsync();
    }
}
