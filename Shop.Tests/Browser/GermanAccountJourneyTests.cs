using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Shop.Tests.Browser;

/// <summary>A German shopper registers, confirms the mailed link, signs in and keeps an address, all in German under /de/.</summary>
public class GermanAccountJourneyTests : BrowserTest
{
    protected override Dictionary<string, string?>? ShopSettings => new() { ["Shop:Languages"] = "en,de,fr" };

    [Test]
    public async Task A_German_shopper_registers_signs_in_and_saves_an_address_in_German()
    {
        var email = Accounts.UniqueEmail("konto");
        await Page.GotoAsync("/de/account/register");
        await Page.GetByLabel("Ihr Name").FillAsync("Grete Käufer");
        await Page.GetByLabel("E-Mail").FillAsync(email);
        await Page.GetByLabel("Passwort").FillAsync(Accounts.Password);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Konto anlegen" }).ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Regex("/de/account/check-email$"));
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Sehen Sie in Ihre E-Mails");

        var mail = Shop.LastMailTo(email);
        Assert.That(mail.Subject, Is.EqualTo("Bestätigen Sie Ihre E-Mail-Adresse für Shop"));
        await Page.GotoAsync(mail.FullLinkTo("/de/account/confirm-email").AbsoluteUri);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Meine Adresse bestätigen" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("E-Mail-Adresse bestätigt");
        await Page.Locator(".confirm-result").GetByRole(AriaRole.Link, new() { Name = "anmelden" }).ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Regex("/de/account/sign-in$"));
        await Page.GetByLabel("E-Mail").FillAsync(email);
        await Page.GetByLabel("Passwort").FillAsync(Accounts.Password);
        await Page.Locator("main").GetByRole(AriaRole.Button, new() { Name = "Anmelden", Exact = true }).ClickAsync();
        await Expect(Page).ToHaveURLAsync(Shop.BaseUrl + "/de/", new() { Timeout = 10_000 });

        await Page.GotoAsync("/de/account");
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Mein Konto");
        await Page.GetByRole(AriaRole.Navigation, new() { Name = "Mein Konto" }).GetByRole(AriaRole.Link, new() { Name = "Adressen" }).ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Regex("/de/account/addresses$"));
        await Page.GetByRole(AriaRole.Link, new() { Name = "Adresse hinzufügen" }).ClickAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Adresse speichern" }).ClickAsync();
        await Page.LookAsync("german-address-errors");
        await Page.GetByLabel("Name", new() { Exact = true }).FillAsync("Grete Käufer");
        await Page.GetByLabel("Straße und Hausnummer").FillAsync("Hauptstraße 1");
        await Page.GetByLabel("Postleitzahl").FillAsync("10115");
        await Page.GetByLabel("Ort").FillAsync("Berlin");
        // As a person does: into the list, choose, and straight to the button.
        var country = Page.GetByLabel("Land", new() { Exact = true });
        await country.FocusAsync();
        await country.SelectOptionAsync("DE");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Adresse speichern" }).ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Regex("/de/account/addresses$"));
        await Expect(Page.Locator(".status-message")).ToHaveTextAsync("Adresse gespeichert.");
        await Expect(Page.Locator(".card.address")).ToContainTextAsync("Hauptstraße 1");
        await Page.LookAsync("german-addresses");
    }
}
