using Shop.Tests.Checkout;

namespace Shop.Tests.Languages;

/// <summary>An address reads the same on the review page, the shopper's order and the address book, its country named in their language.</summary>
public class AddressTextTests : ShopFixture
{
    protected override Dictionary<string, string?> Settings => new() { ["Shop:Languages"] = "en,de,fr" };

    private static Dictionary<string, string?> Springfield(string email) => new(Shopper.GuestAddress(email))
    {
        ["Form.Line1"] = "1 Main St", ["Form.City"] = "Springfield", ["Form.Region"] = "IL", ["Form.PostalCode"] = "62701", ["Form.CountryCode"] = "US",
    };

    /// <summary>The address's last lines: the town as its country writes it (one line, or two in the UK) and the country.</summary>
    private static string[] CityAndCountry(IElement? address, int lines = 2) =>
        [.. (address?.InnerHtml ?? "").Split("<br>").Select(l => Regex.Replace(l, @"\s+", " ").Trim()).Where(l => l.Length > 0).TakeLast(lines)];

    [Test]
    public async Task A_postal_code_of_another_shape_is_refused_with_the_countrys_example_at_checkout_and_in_the_address_book()
    {
        var email = Accounts.UniqueEmail("zip");
        using var me = await App.CreateAccountAndSignInAsync(email);
        await new Shopper(me).AddToCartAsync((await App.ProductAsync()).Slug);
        var letters = Springfield(email);
        letters["Form.PostalCode"] = "ABCDE";

        var checkout = await me.SubmitFormAsync("/checkout", "form.checkout-address", letters);
        await me.GetAsync("/language/de");
        var book = await me.PostFormAsync("/de/account/addresses/new", new Dictionary<string, string>
        {
            ["Recipient"] = "Ada", ["Line1"] = "Unter den Linden 1", ["City"] = "Berlin", ["PostalCode"] = "1011", ["Country"] = "DE",
        });

        Assert.Multiple(async () =>
        {
            Assert.That(checkout.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That((await checkout.ReadHtmlAsync()).Text("[data-valmsg-for='Form.PostalCode']"),
                Is.EqualTo("Check the postal code: in this country it looks like 62701."));
            Assert.That(book.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That((await book.ReadHtmlAsync()).Text("[data-valmsg-for='PostalCode']"),
                Is.EqualTo("Prüfen Sie die Postleitzahl: In diesem Land sieht sie so aus: 10115."));
        });
    }

    [Test]
    public async Task A_US_or_Canadian_address_without_its_state_or_province_is_refused_beside_the_field_even_where_no_zone_goes_by_them()
    {
        var email = Accounts.UniqueEmail("nostate");
        using var me = await App.CreateAccountAndSignInAsync(email);
        await new Shopper(me).AddToCartAsync((await App.ProductAsync()).Slug);
        var noState = Springfield(email);
        noState["Form.Region"] = "";
        var billedInCanada = new Dictionary<string, string?>(Springfield(email))
        {
            ["Form.BillingSameAsDelivery"] = "false", ["Form.Billing.FullName"] = "Ada", ["Form.Billing.Line1"] = "1 Wellington St",
            ["Form.Billing.City"] = "Ottawa", ["Form.Billing.Region"] = "Nowhere", ["Form.Billing.PostalCode"] = "K1A 0B1", ["Form.Billing.CountryCode"] = "CA",
        };

        var english = await me.SubmitFormAsync("/checkout", "form.checkout-address", noState);
        var german = await me.SubmitFormAsync("/de/checkout", "form.checkout-address", billedInCanada);
        var book = await me.PostFormAsync("/fr/account/addresses/new", new Dictionary<string, string>
        {
            ["Recipient"] = "Ada", ["Line1"] = "1 Main St", ["City"] = "Springfield", ["PostalCode"] = "62701", ["Country"] = "US",
        });

        Assert.Multiple(async () =>
        {
            Assert.That(english.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That((await english.ReadHtmlAsync()).Text("[data-valmsg-for='Form.Region']"), Is.EqualTo("Enter the state or province, such as NY."));
            Assert.That(german.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            var germanPage = await german.ReadHtmlAsync();
            Assert.That(germanPage.Text("[data-valmsg-for='Form.Billing.Region']"), Is.EqualTo("Geben Sie den Bundesstaat oder die Provinz an, etwa ON."));
            Assert.That(germanPage.Text("[data-valmsg-for='Form.Region']"), Is.Empty, "Illinois is named");
            Assert.That(book.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That((await book.ReadHtmlAsync()).Text("[data-valmsg-for='Region']"), Is.EqualTo("Indiquez l’État ou la province, par exemple NY."));
            Assert.That(await App.WithDbAsync(db => db.SavedAddresses.CountAsync(a => a.Recipient == "Ada" && a.City == "Springfield")), Is.Zero);
        });
    }

    [Test]
    public async Task A_postcode_typed_without_its_space_is_kept_as_its_country_writes_it_and_an_order_from_before_keeps_its_own()
    {
        var email = Accounts.UniqueEmail("postcode");
        using var me = await App.CreateAccountAndSignInAsync(email);
        var shopper = new Shopper(me);
        await shopper.AddToCartAsync((await App.ProductAsync()).Slug);
        var paris = await shopper.EnterAddressAsync(new Dictionary<string, string?>(Shopper.GuestAddress(email))
        {
            ["Form.City"] = "Paris", ["Form.PostalCode"] = "75 001", ["Form.CountryCode"] = "FR",
        });
        var london = await shopper.EnterAddressAsync(new Dictionary<string, string?>(Shopper.GuestAddress(email)) { ["Form.PostalCode"] = "sw1a1aa" });
        var number = (await shopper.PayAsync(london, TestNonces.Valid)).Headers.Location!.ToString().Split('/')[^1];
        await me.PostFormAsync("/account/addresses/new", new Dictionary<string, string>
        {
            ["Recipient"] = "Ada", ["Line1"] = "Damrak 1", ["City"] = "Amsterdam", ["PostalCode"] = "1012ab", ["Country"] = "NL",
        });
        var (_, book) = await me.GetPageAsync("/account/addresses");
        var order = await App.WithDbAsync(db => db.Orders.SingleAsync(o => o.Number == number));

        Assert.Multiple(() =>
        {
            Assert.That(CityAndCountry(paris.QuerySelector(".ship-to")), Is.EqualTo(new[] { "75001 Paris", "France" }), "a French code has no space");
            Assert.That(CityAndCountry(london.QuerySelector(".ship-to"), 3), Is.EqualTo(new[] { "London", "SW1A 1AA", "United Kingdom" }));
            Assert.That(order.ShippingAddress.PostalCode, Is.EqualTo("SW1A 1AA"));
            Assert.That(CityAndCountry(book.QuerySelector(".card.address .ship-to")), Is.EqualTo(new[] { "1012 AB Amsterdam", "Netherlands" }));
        });

        // An order placed before kept the code as it was typed: it reads back as it is.
        await App.WithDbAsync(db => db.Orders.Where(o => o.Number == number)
            .ExecuteUpdateAsync(u => u.SetProperty(o => o.ShippingAddress.PostalCode, "SW1A1AA")));
        var (_, before) = await me.GetPageAsync($"/account/orders/{number}");
        Assert.That(CityAndCountry(before.QuerySelector(".ship-to"), 3), Is.EqualTo(new[] { "London", "SW1A1AA", "United Kingdom" }));
        Assert.That((await App.WithDbAsync(db => db.Orders.SingleAsync(o => o.Number == number))).ShippingAddress.PostalCode, Is.EqualTo("SW1A1AA"));
    }

    [Test]
    public async Task A_US_address_reads_the_same_at_checkout_on_the_order_and_in_the_address_book_with_the_country_in_German()
    {
        var email = Accounts.UniqueEmail("springfield");
        using var me = await App.CreateAccountAndSignInAsync(email);
        await me.GetAsync("/language/de");
        var shopper = new Shopper(me);
        await shopper.AddToCartAsync((await App.ProductAsync()).Slug);
        var review = await shopper.EnterAddressAsync(Springfield(email));
        var paid = await shopper.PayAsync(review, TestNonces.Valid);
        var number = paid.Headers.Location!.ToString().Split('/')[^1];
        await me.PostFormAsync("/de/account/addresses/new", new Dictionary<string, string>
        {
            ["Recipient"] = "Ada", ["Line1"] = "1 Main St", ["City"] = "London", ["PostalCode"] = "N1 9GU", ["Country"] = "GB",
        });
        var (_, order) = await me.GetPageAsync($"/de/account/orders/{number}");
        var (_, book) = await me.GetPageAsync("/de/account/addresses");
        var (_, frenchOrder) = await me.GetPageAsync($"/fr/account/orders/{number}");
        await me.GetAsync("/language/en");
        var (_, englishBook) = await me.GetPageAsync("/account/addresses");
        Assert.Multiple(() =>
        {
            Assert.That(CityAndCountry(review.QuerySelector(".ship-to")), Is.EqualTo(new[] { "Springfield, IL 62701", "Vereinigte Staaten" }));
            Assert.That(CityAndCountry(order.QuerySelector(".ship-to")), Is.EqualTo(new[] { "Springfield, IL 62701", "Vereinigte Staaten" }), "the order page as checkout");
            Assert.That(CityAndCountry(frenchOrder.QuerySelector(".ship-to")), Is.EqualTo(new[] { "Springfield, IL 62701", "États-Unis" }));
            Assert.That(CityAndCountry(book.QuerySelector(".card.address .ship-to"), 3), Is.EqualTo(new[] { "London", "N1 9GU", "Vereinigtes Königreich" }), "a UK postcode has its own line");
            Assert.That(book.Text(".card.address .recipient"), Is.EqualTo("Ada"));
            Assert.That(CityAndCountry(englishBook.QuerySelector(".card.address .ship-to"), 3), Is.EqualTo(new[] { "London", "N1 9GU", "United Kingdom" }));
        });
    }
}
