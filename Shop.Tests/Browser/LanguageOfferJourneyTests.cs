using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Shop.Tests.Browser;

/// <summary>
/// A browser set to German that lands on an English page is offered the page in German, once: following the offer
/// opens it in German; closing it keeps it closed; an English browser is offered nothing.
/// </summary>
public class LanguageOfferJourneyTests : BrowserTest
{
    protected override Dictionary<string, string?> ShopSettings => new() { ["Shop:Languages"] = "en,de,fr" };

    [Test]
    public async Task A_German_browser_is_offered_the_German_page_and_lands_on_it()
    {
        var german = await NewShopperAsync(locale: "de-DE");
        await german.GotoAsync("/cart");
        var offer = german.Locator(".language-offer:visible");
        await Expect(offer).ToHaveCountAsync(1);
        await Expect(offer.Locator("a")).ToHaveTextAsync("Diese Seite auf Deutsch ansehen");
        await Expect(offer).ToHaveAttributeAsync("lang", "de");

        await offer.Locator("a").ClickAsync();
        await Expect(german).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/de/cart$"));
        await Expect(german.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Ihr Warenkorb");
        await Expect(german.Locator(".language-offer:visible")).ToHaveCountAsync(0);
    }

    [Test]
    public async Task Closing_the_offer_keeps_it_closed_and_an_English_browser_sees_none()
    {
        var french = await NewShopperAsync(locale: "fr-FR");
        await french.GotoAsync("/");
        await Expect(french.Locator(".language-offer:visible a")).ToHaveTextAsync("Voir cette page en français");
        await french.Locator(".language-offer:visible .language-offer-close").ClickAsync();
        await Expect(french.Locator(".language-offer:visible")).ToHaveCountAsync(0);
        await french.GotoAsync("/cart");
        await Expect(french.Locator(".language-offer:visible")).ToHaveCountAsync(0);
        await Expect(french.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Your cart");

        var english = await NewShopperAsync(locale: "en-US");
        await english.GotoAsync("/");
        await Expect(english.Locator(".site-footer")).ToBeVisibleAsync();
        await Expect(english.Locator(".language-offer:visible")).ToHaveCountAsync(0);
    }
}
