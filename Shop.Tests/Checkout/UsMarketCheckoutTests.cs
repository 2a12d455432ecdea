using static Shop.Tests.Checkout.MarketBuyers;

namespace Shop.Tests.Checkout;

/// <summary>A US shop adding sales tax at checkout: the rate follows the buyer's state.</summary>
public class UsMarketCheckoutTests : ShopFixture
{
    protected override Dictionary<string, string?> Settings => new()
    {
        ["Shop:Currency"] = "USD",
        ["Shop:Tax:Rate"] = "0",
        ["Shop:Tax:PricesIncludeTax"] = "false",
        ["Shop:Tax:ShopCountry"] = "US",
    };

    [OneTimeSetUp]
    public Task LoadMarkets() => App.LoadDemoMarketsAsync();

    private static string Usd(decimal amount) => new Money(amount, "USD").ToString();

    [TestCase("NY", "New York", "10001", 0.08875, "Sales tax 8.875%")]
    [TestCase("CA", "San Francisco", "94103", 0.0725, "Sales tax 7.25%")]
    public async Task A_US_buyer_pays_their_states_sales_tax_on_top(string state, string city, string zip, decimal rate, string label)
    {
        var email = Accounts.UniqueEmail(state);
        var (slug, price, _) = await App.ProductAsync();
        using var shopper = new Shopper(App.Browser());
        await shopper.AddToCartAsync(slug);
        var review = await shopper.EnterAddressAsync(Buyer(email, "US", city, zip, region: state));

        var shipping = price >= 25m ? 4.95m : 5.95m; // USPS Ground by order value
        var tax = Cents((price + shipping) * rate);
        Assert.That(review.Text(".review-shipping"), Is.EqualTo(Usd(shipping)));
        Assert.That(review.Texts(".tax-rate"), Is.EqualTo(new[] { label }));
        Assert.That(review.Texts(".tax-amount"), Is.EqualTo(new[] { Usd(tax) }));
        Assert.That(review.Text(".review-total"), Is.EqualTo(Usd(price + shipping + tax)));
        Assert.That(review.Body!.TextContent, Does.Contain("USPS Ground").And.Not.Contain("Standard shipping"), "the shop's name for it, as step one said");

        var paid = await shopper.PayAsync(review, TestNonces.Valid);
        Assert.That(paid.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        var (_, confirmation) = await shopper.Client.GetPageAsync(paid.Headers.Location!.ToString());
        Assert.That(confirmation.Text(".delivery-estimate"), Does.StartWith("USPS Ground, within 4 working days"));
        var order = await App.OrderOfAsync(email);
        Assert.That(App.Charged(order.Number), Is.EqualTo(new Money(price + shipping + tax, "USD")));
        Assert.That(order.TaxLines.Select(t => (t.Label, t.Tax)), Is.EqualTo(new[] { (label, new Money(tax, "USD")) }));
    }

    [Test]
    public async Task The_confirmation_the_order_page_and_the_mail_show_the_same_rows_with_the_shipping_named_as_chosen_and_the_tax_on_top()
    {
        var email = Accounts.UniqueEmail("rows");
        var (slug, _, _) = await App.ProductAsync();
        using var shopper = new Shopper(await App.CreateAccountAndSignInAsync(email));
        await shopper.AddToCartAsync(slug);
        var review = await shopper.EnterAddressAsync(Buyer(email, "US", "New York", "10001", region: "NY"));
        var paid = await shopper.PayAsync(review, TestNonces.Valid);
        var confirmation = await shopper.Client.FollowAsync(paid);
        var order = await App.OrderOfAsync(email);
        var (_, orderPage) = await shopper.Client.GetPageAsync($"/account/orders/{order.Number}");
        string[] rows = [$"Subtotal {order.Subtotal}", $"Shipping (USPS Ground) {order.ShippingCost}", $"Sales tax 8.875% {order.Tax}", $"Total {order.Total}"];
        static IEnumerable<string> Rows(IDocument page) =>
            page.QuerySelectorAll(".order-lines tfoot tr").Select(r => string.Join(" ", r.Children.Select(c => c.TextContent.Trim())));

        var mail = App.LastMailTo(email).TextBody;
        Assert.Multiple(() =>
        {
            Assert.That(order.ShippingName, Is.EqualTo("USPS Ground"), "kept as the shopper chose it");
            Assert.That(Rows(confirmation), Is.EqualTo(rows), "the confirmation");
            Assert.That(Rows(orderPage), Is.EqualTo(rows), "the order page");
            Assert.That(mail, Does.Contain($"Subtotal: {order.Subtotal}\nShipping (USPS Ground): {order.ShippingCost}\nSales tax 8.875%: {order.Tax}\nTotal: {order.Total}"), "the confirmation mail");
        });
    }

    [Test]
    public async Task The_invoice_of_a_US_order_keeps_its_rows_with_the_sales_tax_on_top_and_no_table_of_VAT_rates()
    {
        var email = Accounts.UniqueEmail("usinvoice");
        var (slug, _, _) = await App.ProductAsync();
        using var shopper = new Shopper(await App.CreateAccountAndSignInAsync(email));
        await shopper.AddToCartAsync(slug);
        var paid = await shopper.PayAsync(await shopper.EnterAddressAsync(Buyer(email, "US", "New York", "10001", region: "NY")), TestNonces.Valid);
        Assert.That(paid.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        var order = await App.OrderOfAsync(email);

        var invoice = string.Join("\n", await PdfText.PagesAsync(await shopper.Client.GetAsync($"/account/orders/{order.Number}/invoice")));

        Assert.Multiple(() =>
        {
            Assert.That(invoice, Does.Contain("Invoice INV-").And.Contain($"Order {order.Number}").And.Contain("Date of supply"));
            Assert.That(invoice, Does.Contain("New York, NY 10001").And.Contain("United States"));
            Assert.That(invoice, Does.Contain($"Subtotal {order.Subtotal} Shipping (USPS Ground) {order.ShippingCost} Sales tax 8.875% {order.Tax} Total {order.Total}"),
                "the same rows as the order's pages, tax on top before the total");
            Assert.That(invoice, Does.Not.Contain("Tax rate").And.Not.Contain("Gross").And.Not.Contain("VAT"), "no EU table of rates");
            Assert.That(order.Total.ToString(), Does.StartWith("$"));
        });
    }

    [Test]
    public async Task The_cart_calls_its_total_an_estimate_and_says_tax_follows_the_address_at_checkout()
    {
        var (slug, price, _) = await App.ProductAsync();
        using var shopper = new Shopper(App.Browser());
        await shopper.AddToCartAsync(slug);

        var (_, cart) = await shopper.Client.GetPageAsync("/cart");
        var (_, panel) = await shopper.Client.GetPageAsync("/cart/panel");
        var (_, german) = await shopper.Client.GetPageAsync("/de/cart");

        Assert.Multiple(() =>
        {
            Assert.That(cart.Text(".cart-total-label"), Is.EqualTo("Estimated total"));
            Assert.That(cart.Text(".cart-total"), Is.EqualTo(Usd(price + (price >= 25m ? 4.95m : 5.95m))));
            Assert.That(cart.Texts(".tax-rate"), Is.Empty, "no state yet, so no sales tax in the estimate");
            Assert.That(cart.Text(".tax-at-checkout"), Is.EqualTo("Tax depends on your address and is added at checkout."));
            Assert.That(german.Text(".cart-total-label"), Is.EqualTo("Geschätzte Gesamtsumme"));
            Assert.That(german.Text(".tax-at-checkout"), Is.EqualTo("Die Steuer hängt von Ihrer Adresse ab und kommt an der Kasse hinzu."));
            Assert.That(panel.Body!.TextContent, Does.Contain("Subtotal").And.Not.Contain("Total"), "the mini-cart claims no total");
        });
    }

    [Test]
    public async Task A_state_without_a_tax_zone_pays_no_sales_tax()
    {
        var email = Accounts.UniqueEmail("tx");
        var (slug, price, _) = await App.ProductAsync();
        using var shopper = new Shopper(App.Browser());
        await shopper.AddToCartAsync(slug);
        var review = await shopper.EnterAddressAsync(Buyer(email, "US", "Austin", "73301", region: "TX"));
        Assert.That(review.Texts(".tax-rate"), Is.Empty);
        Assert.That(review.Text(".review-total"), Is.EqualTo(Usd(price + (price >= 25m ? 4.95m : 5.95m))));
    }

    [Test]
    public async Task A_state_spelled_out_or_with_dots_is_taxed_as_its_code()
    {
        var (slug, _, _) = await App.ProductAsync();
        using var shopper = new Shopper(App.Browser());
        await shopper.AddToCartAsync(slug);

        var spelled = await shopper.EnterAddressAsync(Buyer(Accounts.UniqueEmail("ny1"), "US", "New York", "10001", region: "new york"));
        var dotted = await shopper.EnterAddressAsync(Buyer(Accounts.UniqueEmail("ny2"), "US", "New York", "10001", region: "N.Y."));

        Assert.That(spelled.Texts(".tax-rate"), Is.EqualTo(new[] { "Sales tax 8.875%" }));
        Assert.That(dotted.Texts(".tax-rate"), Is.EqualTo(new[] { "Sales tax 8.875%" }));
    }

    [TestCase("")]
    [TestCase("Nowhere")]
    public async Task An_address_without_a_state_the_shop_knows_is_refused_beside_the_field_not_left_untaxed(string region)
    {
        var (slug, _, _) = await App.ProductAsync();
        using var shopper = new Shopper(App.Browser());
        await shopper.AddToCartAsync(slug);

        var response = await shopper.Client.SubmitFormAsync("/checkout", "form.checkout-address",
            Buyer(Accounts.UniqueEmail("nostate"), "US", "New York", "10001", region: region));
        var page = await response.ReadHtmlAsync();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(page.Text("[data-valmsg-for='Form.Region']"), Is.EqualTo("Enter the state or province, such as NY."));
        Assert.That(page.QuerySelector("#Form_City")!.GetAttribute("value"), Is.EqualTo("New York"), "what was typed stays");
    }
}
