using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Shop.Tests.Browser;

/// <summary>A German shopper buys end to end in German: from /de/ through the mini-cart, cart, delivery, review and pay.</summary>
[TestFixture("desktop")]
[TestFixture("phone")]
public class GermanCheckoutJourneyTests(string device) : PhoneAndDesktopTest(device)
{
    protected override Dictionary<string, string?>? ShopSettings => new() { ["Shop:Languages"] = "en,de,fr" };

    [Test]
    public async Task A_German_shopper_checks_out_in_German()
    {
        await Page.GotoAsync("/de/c/kitchen?inStock=true");
        await Expect(Page.Locator("html")).ToHaveAttributeAsync("lang", "de");
        await Page.Locator(".product-card .card-title a").First.ClickAsync();
        await Page.GetByLabel("Menge").FillAsync("2");
        await Page.GetByRole(AriaRole.Button, new() { Name = "In den Warenkorb" }).ClickAsync();
        await Expect(Page.Locator(".cart-count").First).ToHaveAttributeAsync("aria-label", "2 Artikel"); // the script's count speaks German too
        await Page.GetByRole(AriaRole.Dialog, new() { Name = "Ihr Warenkorb" }).GetByRole(AriaRole.Link, new() { Name = "Warenkorb ansehen" }).ClickAsync();

        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Ihr Warenkorb");
        await Expect(Page.Locator(".cart-subtotal")).ToHaveTextAsync(new Regex(@"^[\d.]+,\d\d\s\$$"));
        await Page.GetByRole(AriaRole.Link, new() { Name = "Zur Kasse" }).ClickAsync();

        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Wohin sollen wir liefern?");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Weiter zur Übersicht" }).ClickAsync();
        await Expect(Page.Locator("[data-valmsg-for='Form.FullName']")).ToHaveTextAsync("Geben Sie den Namen der Person ein, die die Lieferung erhält.");
        await Page.GetByLabel("E-Mail für Ihre Quittung").FillAsync("kaeufer@example.com");
        await Page.GetByLabel("Vollständiger Name", new() { Exact = true }).FillAsync("Grete Käufer");
        await Page.GetByLabel("Straße und Hausnummer", new() { Exact = true }).FillAsync("Hauptstraße 1");
        await Page.GetByLabel("Ort", new() { Exact = true }).FillAsync("Berlin");
        await Page.GetByLabel("Postleitzahl", new() { Exact = true }).FillAsync("10115");
        await Page.GetByLabel("Land", new() { Exact = true }).SelectOptionAsync("DE");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Weiter zur Übersicht" }).ClickAsync();

        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Prüfen und bezahlen");
        await Expect(Page.Locator(".test-mode")).ToContainTextAsync("Es fließt kein Geld");
        await Page.GetByLabel(new Regex("^Visa ending 1111")).CheckAsync();
        await Expect(Page.Locator(".pay-button")).ToHaveTextAsync(new Regex(@"^[\d.]+,\d\d\s\$ bezahlen$"));
        await Page.Locator(".pay-button").ClickAsync();

        await Expect(Page).ToHaveURLAsync(new Regex("/checkout/confirmation/SHP-"));
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Vielen Dank! Ihre Bestellung ist bestätigt.");
        await Expect(Page.Locator(".delivery-estimate")).ToContainTextAsync("Standardversand, innerhalb von 3 Werktagen: Ankunft bis");
        await Expect(Page.Locator(".order-total")).ToHaveTextAsync(new Regex(@"^[\d.]+,\d\d\s\$$"));
        await Expect(Page.Locator(".cart-count")).ToHaveTextAsync("0");
        await Page.LookAsync($"german-confirmation-{Device}");
    }
}
