namespace Shop.Tests.Account;

/// <summary>Saved addresses: add, edit, delete, default; and nobody can touch another person's.</summary>
public class AddressTests : ShopFixture
{
    protected override Dictionary<string, string?> Settings => NoDemoCatalog();

    private static Dictionary<string, string> Address(string recipient, string city = "Springfield") => new()
    {
        ["Recipient"] = recipient, ["Line1"] = "742 Evergreen Terrace", ["City"] = city, ["Region"] = "MI", ["PostalCode"] = "49007", ["Country"] = "US",
    };

    private async Task<HttpClient> ShopperAsync()
    {
        var email = Accounts.UniqueEmail();
        await App.CreateAccountAsync(email);
        return await App.SignedInBrowserAsync(email);
    }

    private static async Task<List<(int Id, string Recipient, bool IsDefault)>> ListAsync(HttpClient client)
    {
        var (_, page) = await client.GetPageAsync("/account/addresses");
        return page.QuerySelectorAll(".address").Select(a => (
            int.Parse(a.GetAttribute("data-address-id")!, System.Globalization.CultureInfo.InvariantCulture),
            a.QuerySelector(".recipient").Text(),
            a.QuerySelector(".default-badge") is not null)).ToList();
    }

    [Test]
    public async Task The_browser_knows_a_country_without_postal_codes_needs_none_as_at_checkout()
    {
        using var client = await ShopperAsync();
        var (_, form) = await client.GetPageAsync("/account/addresses/new");
        var postalCode = form.QuerySelector("#PostalCode");
        Assert.Multiple(() =>
        {
            Assert.That(form.QuerySelectorAll("script[src^='/js/address-form.js']"), Has.Length.EqualTo(1), "the rule's script");
            Assert.That(postalCode?.GetAttribute("data-val-postalcode"), Is.EqualTo("Enter the postal code."));
            Assert.That(postalCode?.GetAttribute("data-val-postalcode-country"), Is.EqualTo("Country"));
            Assert.That(postalCode?.GetAttribute("data-val-postalcode-without")?.Split(','), Does.Contain("HK"));
        });
    }

    [Test]
    public async Task A_double_click_on_Save_keeps_one_address_and_one_default()
    {
        using var client = await ShopperAsync();
        await client.PostFormAsync("/account/addresses/new", Address("Home"));
        var (_, form) = await client.GetPageAsync("/account/addresses/new");
        var office = Address("Office", "Shelbyville");
        office["IsDefault"] = "true";

        // Sent three times at once, then once more: each post saved another copy, every one of them marked the default.
        var posts = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => client.SubmitAsync(form, "/account/addresses/new", office)));
        var again = await client.SubmitAsync(form, "/account/addresses/new", office);
        var list = await ListAsync(client);

        Assert.Multiple(() =>
        {
            Assert.That(posts.Append(again).Select(p => (int)p.StatusCode), Is.All.EqualTo(302));
            Assert.That(list.Select(a => a.Recipient), Is.EqualTo(new[] { "Office", "Home" }), "the default first, once");
            Assert.That(list.Select(a => a.IsDefault), Is.EqualTo(new[] { true, false }), "exactly one default");
        });
    }

    [Test]
    public async Task The_country_is_the_two_letter_code_checkout_needs()
    {
        using var client = await ShopperAsync();
        var named = Address("Ada");
        named["Country"] = "United Kingdom";
        var refused = await client.PostFormAsync("/account/addresses/new", named);
        Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await refused.Content.ReadAsStringAsync(), Does.Contain("Choose a country from the list."));
        Assert.That(await ListAsync(client), Is.Empty, "nothing saved");

        var coded = Address("Ada");
        coded["Country"] = "gb";
        coded["PostalCode"] = "N1 9GU";
        await client.PostFormAsync("/account/addresses/new", coded);
        var (_, page) = await client.GetPageAsync("/account/addresses");
        Assert.That(page.Text(".address"), Does.Contain("United Kingdom"), "kept as GB, named for the reader");
    }

    [Test]
    public async Task Add_edit_make_default_and_delete_addresses()
    {
        using var client = await ShopperAsync();
        var (_, empty) = await client.GetPageAsync("/account/addresses");
        Assert.That(empty.Text(".empty-addresses"), Is.EqualTo("No saved addresses yet."));

        var added = await client.PostFormAsync("/account/addresses/new", Address("Homer"));
        Assert.That(added.Headers.Location?.OriginalString, Is.EqualTo("/account/addresses"));
        await client.PostFormAsync("/account/addresses/new", Address("Marge"));
        var list = await ListAsync(client);
        Assert.That(list.Select(a => (a.Recipient, a.IsDefault)), Is.EqualTo(new[] { ("Homer", true), ("Marge", false) }), "the first address is the default");

        var marge = list[1].Id;
        var edited = await client.PostFormAsync($"/account/addresses/{marge}/edit", new Dictionary<string, string> { ["Recipient"] = "Marge Simpson" });
        Assert.That(edited.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        await client.PostFormAsync("/account/addresses", new Dictionary<string, string>(), $".address[data-address-id='{marge}'] form[action$='/default']");
        list = await ListAsync(client);
        Assert.That(list.Select(a => (a.Recipient, a.IsDefault)), Is.EqualTo(new[] { ("Marge Simpson", true), ("Homer", false) }));

        await client.PostFormAsync("/account/addresses", new Dictionary<string, string>(), $".address[data-address-id='{marge}'] form[action$='/delete']");
        list = await ListAsync(client);
        Assert.That(list.Select(a => (a.Recipient, a.IsDefault)), Is.EqualTo(new[] { ("Homer", true) }), "another address becomes the default");
    }

    [Test]
    public async Task A_business_address_keeps_its_company_above_the_name_shows_it_in_the_form_and_can_lose_it()
    {
        using var client = await ShopperAsync();
        var typed = new Dictionary<string, string>
        {
            ["Recipient"] = "Erika Muster", ["Company"] = " Muster GmbH ", ["Line1"] = "Hauptstr. 1", ["City"] = "Berlin", ["PostalCode"] = "10115", ["Country"] = "DE",
        };
        await client.PostFormAsync("/account/addresses/new", typed);
        var saved = await App.WithDbAsync(db => db.SavedAddresses.SingleAsync(a => a.Recipient == "Erika Muster"));
        var (_, list) = await client.GetPageAsync("/account/addresses");
        var (_, form) = await client.GetPageAsync($"/account/addresses/{saved.Id}/edit");
        var private_ = await client.PostFormAsync($"/account/addresses/{saved.Id}/edit", new Dictionary<string, string>(typed) { ["Company"] = "" });
        var after = await App.WithDbAsync(db => db.SavedAddresses.SingleAsync(a => a.Id == saved.Id));

        Assert.Multiple(() =>
        {
            Assert.That(saved.Company, Is.EqualTo("Muster GmbH"), "trimmed");
            Assert.That(list.QuerySelector(".address .ship-to")?.InnerHtml.Split("<br>").Select(l => Regex.Replace(l, "<[^>]+>", "").Trim()).Take(2),
                Is.EqualTo(new[] { "Muster GmbH", "Erika Muster" }), "a German address: the company first");
            Assert.That(form.QuerySelector("#Company")?.GetAttribute("value"), Is.EqualTo("Muster GmbH"));
            Assert.That(form.QuerySelector("#Company")?.GetAttribute("autocomplete"), Is.EqualTo("organization"));
            Assert.That(Shop.Web.Checkout.CheckoutForm.From(saved, null, "DE").Company, Is.EqualTo("Muster GmbH"), "checkout fills it in");
            Assert.That(private_.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
            Assert.That(after.Company, Is.Null, "emptied: a private address again");
        });
    }

    [Test]
    public async Task A_saved_address_keeps_its_state_and_phone_and_fills_them_in_at_checkout()
    {
        using var client = await ShopperAsync();
        var typed = Address("Lisa");
        typed["Region"] = "Michigan";
        typed["Phone"] = "+1 269 555 0142";
        var badPhone = new Dictionary<string, string>(typed) { ["Phone"] = "call me" };

        var refused = await client.PostFormAsync("/account/addresses/new", badPhone);
        await client.PostFormAsync("/account/addresses/new", typed);
        var saved = await App.WithDbAsync(db => db.SavedAddresses.SingleAsync(a => a.Recipient == "Lisa"));
        var atCheckout = Shop.Web.Checkout.CheckoutForm.From(saved, null, "US");

        Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((await refused.ReadHtmlAsync()).Text("[data-valmsg-for=Phone]"), Is.Not.Empty);
        Assert.That((saved.Region, saved.Phone), Is.EqualTo(("Michigan", "+1 269 555 0142")));
        Assert.That((atCheckout.Region, atCheckout.Phone), Is.EqualTo(("Michigan", "+1 269 555 0142")));
    }

    [Test]
    public async Task An_incomplete_address_is_refused_with_messages()
    {
        using var client = await ShopperAsync();
        var response = await client.PostFormAsync("/account/addresses/new", new Dictionary<string, string> { ["Recipient"] = "Homer" });
        var page = await response.ReadHtmlAsync();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(page.Text("[data-valmsg-for=Line1]"), Is.EqualTo("Enter the street and number."));
        Assert.That(page.Text("[data-valmsg-for=City]"), Is.EqualTo("Enter the town or city."));
    }

    [Test]
    public async Task Nobody_can_see_change_or_delete_someone_elses_address()
    {
        using var alice = await ShopperAsync();
        using var bob = await ShopperAsync();
        await alice.PostFormAsync("/account/addresses/new", Address("Alice", "Paris"));
        var id = (await ListAsync(alice)).Single().Id;

        // Bob gets a real token from one of his own pages, then aims it at Alice's address.
        var (_, bobsPage) = await bob.GetPageAsync("/account/addresses/new");
        var token = bobsPage.AntiforgeryToken();
        var fields = new Dictionary<string, string>(Address("Bob", "Mallory")) { ["__RequestVerificationToken"] = token };

        Assert.Multiple(async () =>
        {
            Assert.That((await bob.GetAsync($"/account/addresses/{id}/edit")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That((await bob.PostAsync($"/account/addresses/{id}/edit", new FormUrlEncodedContent(fields))).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That((await bob.PostAsync($"/account/addresses/{id}/default", new FormUrlEncodedContent(fields))).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That((await bob.PostAsync($"/account/addresses/{id}/delete", new FormUrlEncodedContent(fields))).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        });
        Assert.That(await ListAsync(bob), Is.Empty);
        var stored = await App.WithDbAsync(db => db.SavedAddresses.SingleAsync(a => a.Id == id));
        Assert.That((stored.Recipient, stored.City), Is.EqualTo(("Alice", "Paris")));
    }

    [TestCase("IE", "Ennis"), TestCase("HK", "Hong Kong")]
    public async Task An_address_in_a_country_without_postal_codes_saves_without_one(string country, string city)
    {
        using var client = await ShopperAsync();
        var address = Address("Siobhán Ní Bhriain", city);
        address["Country"] = country;
        address["PostalCode"] = "";

        var saved = await client.PostFormAsync("/account/addresses/new", address);

        Assert.That(saved.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), await saved.Content.ReadAsStringAsync());
        Assert.That((await ListAsync(client)).Select(a => a.Recipient), Is.EqualTo(new[] { "Siobhán Ní Bhriain" }));
    }
}
