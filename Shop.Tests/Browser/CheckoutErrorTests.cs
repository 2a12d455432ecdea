using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Shop.Tests.Browser;

/// <summary>
/// The delivery form tells the shopper every mistake in the browser, before anything is sent, and says the same as the
/// server would: each case is checked in the browser first (no request leaves), then posted past the browser's checks.
/// </summary>
[TestFixture("phone")]
public class CheckoutErrorTests(string device) : PhoneAndDesktopTest(device)
{
    private static readonly Dictionary<string, string> Good = new()
    {
        ["Email for your receipt"] = "shopper@example.com", ["Full name"] = "Grace Hopper", ["Street address"] = "1 Compiler Way",
        ["City"] = "Arlington", ["State / region"] = "VA", ["Postal code"] = "22201", ["Phone (optional, for the courier)"] = "",
    };

    private static IEnumerable<TestCaseData> Mistakes()
    {
        yield return new TestCaseData(Blank(Good.Keys.ToArray()), "").SetName("Everything left empty");
        yield return new TestCaseData(With(("Email for your receipt", "grace@"), ("Phone (optional, for the courier)", "call me")), "US").SetName("Malformed email and phone");
        yield return new TestCaseData(With(("Phone (optional, for the courier)", "+-()")), "US").SetName("A phone without digits");
        yield return new TestCaseData(With(("Street address", ""), ("Postal code", "")), "US").SetName("No street and no postal code");
        yield return new TestCaseData(With(("Full name", new string('x', 101)), ("Postal code", "N1 9GU")), "GB").SetName("A name too long");
        yield return new TestCaseData(With(("Postal code", "ABCDE")), "US").SetName("A postal code of another shape");
        yield return new TestCaseData(With(("State / region", "")), "US").SetName("A US address without its state");
        yield return new TestCaseData(With(("State / region", "Ontaria"), ("Postal code", "K1A 0B1")), "CA").SetName("A province not on Canada's list");
    }

    private static Dictionary<string, string> Blank(string[] labels) => labels.ToDictionary(l => l, _ => "");

    private static Dictionary<string, string> With(params (string Label, string Value)[] changes)
    {
        var fields = new Dictionary<string, string>(Good);
        foreach (var (label, value) in changes) fields[label] = value;
        return fields;
    }

    private static readonly Dictionary<string, string> GoodBilling = new()
    {
        ["Name for the bill"] = "Ada Lovelace", ["Billing street and number"] = "12 Engine Row", ["Billing town or city"] = "London",
        ["Billing ZIP or postcode"] = "N1 9GU", ["Billing flat or suite (optional)"] = "", ["Billing state or region"] = "",
    };

    private static IEnumerable<TestCaseData> BillingMistakes()
    {
        yield return new TestCaseData(GoodBilling.ToDictionary(f => f.Key, _ => ""), "").SetName("Billing address left empty");
        yield return new TestCaseData(new Dictionary<string, string>(GoodBilling)
        {
            ["Billing street and number"] = "", ["Billing ZIP or postcode"] = "", ["Billing flat or suite (optional)"] = new string('x', 201),
            ["Billing state or region"] = "NY",
        }, "US").SetName("Billing without street or postal code and a flat too long");
        yield return new TestCaseData(new Dictionary<string, string>(GoodBilling) { ["Billing ZIP or postcode"] = "10001" }, "US")
            .SetName("A US billing address without its state");
    }

    [TestCaseSource(nameof(Mistakes))]
    public async Task Every_mistake_the_server_finds_shows_in_the_browser_first(Dictionary<string, string> fields, string country)
    {
        await Page.AddFirstProductOfAsync("kitchen");
        await Page.GotoAsync("/checkout");
        await FillAsync(fields, "Country", country);
        await AssertTheBrowserFindsWhatTheServerFindsAsync();
    }

    [TestCaseSource(nameof(BillingMistakes))]
    public async Task Every_billing_mistake_the_server_finds_shows_in_the_browser_first(Dictionary<string, string> billing, string country)
    {
        await Page.AddFirstProductOfAsync("kitchen");
        await Page.GotoAsync("/checkout");
        await FillAsync(Good, "Country", "US");
        var same = Page.GetByLabel("Billing address same as delivery");
        await Expect(same).ToBeCheckedAsync();
        await Expect(Page.GetByLabel("Billing street and number")).ToBeHiddenAsync();
        await same.UncheckAsync();
        await FillAsync(billing, "Billing country", country);
        await AssertTheBrowserFindsWhatTheServerFindsAsync();
    }

    private async Task FillAsync(Dictionary<string, string> fields, string countryLabel, string country)
    {
        foreach (var (label, value) in fields)
            await Page.GetByLabel(label, new() { Exact = true }).FillAsync(value);
        await Page.GetByLabel(countryLabel, new() { Exact = true }).SelectOptionAsync(country);
    }

    /// <summary>"Continue" sends nothing and shows errors; the same form posted without the browser's checks gets the same ones from the server.</summary>
    private async Task AssertTheBrowserFindsWhatTheServerFindsAsync()
    {
        var posts = 0;
        Page.Request += (_, r) => { if (r.Method == "POST") posts++; };
        await Page.GetByRole(AriaRole.Button, new() { Name = "Continue to review" }).ClickAsync();
        await Expect(Page.Locator(".field-validation-error").First).ToBeVisibleAsync();
        var inBrowser = await ErrorsAsync();
        await Page.LookAsync("in-browser");
        Assert.That(posts, Is.Zero, "the browser stopped the form: no round trip");
        Assert.That(new Uri(Page.Url).AbsolutePath, Is.EqualTo("/checkout"));

        // The same form, sent as a browser without scripts would: the server's answer lists the same mistakes.
        // The sent page is marked, so the errors are read from the server's page once it has replaced it.
        await Page.EvalOnSelectorAsync("form.checkout-address", "f => f.dataset.sent = 'yes'");
        var answer = await Page.RunAndWaitForResponseAsync(() => Page.EvalOnSelectorAsync("form.checkout-address", "f => f.submit()"),
            r => r.Request.Method == "POST");
        Assert.That(answer.Status, Is.EqualTo(400));
        await Expect(Page.Locator("form.checkout-address[data-sent]")).ToHaveCountAsync(0);
        await Expect(Page.Locator("form.checkout-address")).ToBeVisibleAsync();
        // The whole answer parsed: the form shows as soon as its start is read, its last fields (the bill's country) later.
        await Page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
        var fromServer = await ErrorsAsync();
        Assert.That(fromServer, Is.Not.Empty);
        Assert.That(inBrowser, Is.EquivalentTo(fromServer));
    }

    [Test]
    public async Task A_country_without_postal_codes_needs_none_in_the_browser_either()
    {
        await Page.AddFirstProductOfAsync("kitchen");
        await Page.GotoAsync("/checkout");
        foreach (var (label, value) in With(("Postal code", "")))
            await Page.GetByLabel(label, new() { Exact = true }).FillAsync(value);
        await Page.GetByLabel("Country", new() { Exact = true }).SelectOptionAsync("US");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Continue to review" }).ClickAsync();
        await Expect(Page.Locator("[data-valmsg-for='Form.PostalCode']")).ToHaveTextAsync("Enter the postal code.");

        await Page.GetByLabel("Country", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Hong Kong" });
        await Expect(Page.Locator("[data-valmsg-for='Form.PostalCode']")).ToHaveTextAsync("");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Continue to review" }).ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Regex("/checkout/review$"));
        await Expect(Page.Locator(".ship-to")).ToContainTextAsync("Hong Kong");
    }

    [Test]
    public async Task Sent_empty_then_filled_in_the_form_goes_on_with_one_press()
    {
        await Page.AddFirstProductOfAsync("kitchen");
        await Page.GotoAsync("/checkout");
        var next = Page.GetByRole(AriaRole.Button, new() { Name = "Continue to review" });
        var country = Page.GetByLabel("Country", new() { Exact = true });
        await country.SelectOptionAsync(""); // "Choose a country"
        await next.ClickAsync();
        await Expect(Page.Locator("[data-valmsg-for='Form.CountryCode']")).ToHaveTextAsync("Choose a country.");

        foreach (var (label, value) in Good.Where(f => f.Key != "City")) await Page.GetByLabel(label, new() { Exact = true }).FillAsync(value);
        // The browser's autofill sets a value without a key pressed.
        await Page.GetByLabel("City", new() { Exact = true }).EvaluateAsync(
            "(e, v) => { e.value = v; e.dispatchEvent(new Event('input', { bubbles: true })); e.dispatchEvent(new Event('change', { bubbles: true })); }", Good["City"]);
        await Expect(Page.Locator("[data-valmsg-for='Form.City']")).ToHaveTextAsync("", new() { Timeout = 2_000 });
        // As a person does: into the list, choose, and straight to the button (no step elsewhere first).
        await country.FocusAsync();
        await country.SelectOptionAsync("US");
        await Expect(Page.Locator("[data-valmsg-for='Form.CountryCode']")).ToHaveTextAsync("", new() { Timeout = 2_000 });
        await next.ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Regex("/checkout/review$"));
    }

    /// <summary>Each field's message as the shopper sees it: field name → text.</summary>
    private async Task<Dictionary<string, string>> ErrorsAsync()
    {
        var errors = new Dictionary<string, string>();
        foreach (var span in await Page.Locator(".field-validation-error").AllAsync())
            errors[(await span.GetAttributeAsync("data-valmsg-for"))!] = (await span.InnerTextAsync()).Trim();
        return errors;
    }
}
