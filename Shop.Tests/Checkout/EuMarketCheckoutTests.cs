using Shop.Domain.Markets;
using static Shop.Tests.Checkout.MarketBuyers;

namespace Shop.Tests.Checkout;

/// <summary>
/// A German shop selling across the EU with prices that include VAT: each buyer sees and pays their own country's
/// VAT within the same shelf prices, shipping by zone; an EU business elsewhere pays no VAT.
/// </summary>
public class EuMarketCheckoutTests : ShopFixture
{
    protected override Dictionary<string, string?> Settings => new()
    {
        ["Shop:Currency"] = "EUR",
        ["Shop:Tax:Rate"] = "0.19",
        ["Shop:Tax:PricesIncludeTax"] = "true",
        ["Shop:Tax:ShopCountry"] = "DE",
    };

    [OneTimeSetUp]
    public Task LoadMarkets() => App.LoadDemoMarketsAsync();

    private static string Eur(decimal amount) => new Money(amount, "EUR").ToString();

    [Test]
    public async Task The_carts_total_is_the_total_as_prices_include_VAT()
    {
        var (slug, _, _) = await App.ProductAsync();
        using var shopper = new Shopper(App.Browser());
        await shopper.AddToCartAsync(slug);

        var (_, cart) = await shopper.Client.GetPageAsync("/cart");

        Assert.That(cart.Text(".cart-total-label"), Is.EqualTo("Total"));
        Assert.That(cart.QuerySelector(".tax-at-checkout"), Is.Null);
    }

    private async Task<(IDocument Review, decimal Price)> ReviewAsync(string email, Dictionary<string, string?> address, int product = 0)
    {
        var (slug, price, _) = await App.ProductAsync(product);
        using var shopper = new Shopper(App.Browser());
        await shopper.AddToCartAsync(slug);
        return (await shopper.EnterAddressAsync(address), price);
    }

    private async Task<Order> PayAsync(string email, Dictionary<string, string?> address, Action<IDocument, decimal> checkReview)
    {
        var (slug, price, _) = await App.ProductAsync();
        using var shopper = new Shopper(App.Browser());
        await shopper.AddToCartAsync(slug);
        var review = await shopper.EnterAddressAsync(address);
        checkReview(review, price);
        var paid = await shopper.PayAsync(review, TestNonces.Valid);
        Assert.That(paid.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        var confirmation = await shopper.Client.FollowAsync(paid);
        var order = await App.OrderOfAsync(email);
        Assert.That(confirmation.Texts(".tax-row td:first-child"), Is.EqualTo(review.Texts(".tax-rate")), "the confirmation shows the reviewed tax");
        Assert.That(App.Charged(order.Number)?.ToString(), Is.EqualTo(review.Text(".review-total")), "charged what was reviewed");
        return order;
    }

    [Test]
    public async Task Address_forms_start_with_the_shops_own_country()
    {
        var (slug, _, _) = await App.ProductAsync();
        using var guest = new Shopper(App.Browser());
        await guest.AddToCartAsync(slug);
        var (_, checkout) = await guest.Client.GetPageAsync("/checkout");
        using var member = await App.CreateAccountAndSignInAsync(Accounts.UniqueEmail("home"));
        var (_, newAddress) = await member.GetPageAsync("/account/addresses/new");
        Assert.Multiple(() =>
        {
            Assert.That(checkout.QuerySelector("#Form_CountryCode option[selected]")?.GetAttribute("value"), Is.EqualTo("DE"), "delivery");
            Assert.That(checkout.QuerySelector("#Form_Billing_CountryCode option[selected]")?.GetAttribute("value"), Is.EqualTo("DE"), "the bill, if not the same");
            Assert.That(newAddress.QuerySelector("#Country option[selected]")?.GetAttribute("value"), Is.EqualTo("DE"), "a new saved address");
        });
    }

    [Test]
    public async Task A_German_buyer_sees_and_pays_German_VAT_within_the_price()
    {
        var email = Accounts.UniqueEmail("de");
        var order = await PayAsync(email, Buyer(email, "DE", "Berlin", "10115"), (review, price) =>
        {
            var gross = price + 4.95m; // DHL Paket, under 2 kg
            Assert.That(review.Text(".review-shipping"), Is.EqualTo(Eur(4.95m)));
            Assert.That(review.Texts(".tax-rate"), Is.EqualTo(new[] { "Includes VAT 19%" }));
            Assert.That(review.Texts(".tax-amount"), Is.EqualTo(new[] { Eur(Cents(gross * 0.19m / 1.19m)) }));
            Assert.That(review.Text(".review-total"), Is.EqualTo(Eur(gross)));
        });
        Assert.That(order.TaxLines.Select(t => t.Label), Is.EqualTo(new[] { "VAT 19%" }));
    }

    [Test]
    public async Task A_French_buyer_sees_and_pays_French_VAT_and_EU_shipping()
    {
        var email = Accounts.UniqueEmail("fr");
        var order = await PayAsync(email, Buyer(email, "FR", "Paris", "75001"), (review, price) =>
        {
            var gross = price + 9.95m; // DHL Europe
            Assert.That(review.Text(".review-shipping"), Is.EqualTo(Eur(9.95m)));
            Assert.That(review.Texts(".tax-rate"), Is.EqualTo(new[] { "Includes VAT 20%" }));
            Assert.That(review.Texts(".tax-amount"), Is.EqualTo(new[] { Eur(Cents(gross * 0.20m / 1.20m)) }));
            Assert.That(review.Text(".review-total"), Is.EqualTo(Eur(gross)));
        });
        Assert.That(order.TaxLines.Single().Tax, Is.EqualTo(order.Tax));
    }

    [Test]
    public async Task An_EU_business_with_a_VAT_number_pays_no_VAT_for_an_intra_Community_supply_of_goods()
    {
        var email = Accounts.UniqueEmail("b2b");
        var order = await PayAsync(email, Buyer(email, "FR", "Lyon", "69001", vatNumber: "FR 12 345678901"), (review, price) =>
        {
            var gross = price + 9.95m;
            Assert.That(review.Texts(".tax-rate"), Is.EqualTo(new[] { Shop.Web.Shared.VatNotChargedWording.IntraCommunitySupply }), "goods, not a service: no reverse charge");
            Assert.That(review.Texts(".tax-amount"), Is.EqualTo(new[] { "−" + Eur(Cents(gross * 0.20m / 1.20m)) }),
                "the VAT within the shelf prices is taken off in its row, so price and shipping less it make the total");
            Assert.That(review.Text(".review-total"), Is.EqualTo(Eur(gross - Cents(gross * 0.20m / 1.20m))), "the French VAT comes out of the price");
        });
        Assert.That((order.ReverseCharge, order.VatNumber, order.Tax.IsZero), Is.EqualTo((true, "FR12345678901", true)));
    }

    [Test]
    public async Task Pay_from_a_review_whose_address_changed_in_another_tab_charges_nothing_and_shows_the_review_again_even_at_the_same_total()
    {
        var email = Accounts.UniqueEmail("tabs");
        var (slug, _, _) = await App.ProductAsync();
        using var shopper = new Shopper(App.Browser());
        await shopper.AddToCartAsync(slug);
        var paris = await shopper.EnterAddressAsync(Buyer(email, "FR", "Paris", "75001"));
        var vienna = await shopper.EnterAddressAsync(Buyer(email, "AT", "Wien", "1010")); // the other tab

        var paid = await shopper.PayAsync(paris, TestNonces.Valid);
        var again = await paid.ReadHtmlAsync();

        Assert.Multiple(async () =>
        {
            Assert.That((paris.Text(".review-total"), paris.Texts(".tax-rate")), Is.EqualTo((vienna.Text(".review-total"), vienna.Texts(".tax-rate"))),
                "France and Austria: the same total and \"Includes VAT 20%\"");
            Assert.That(paid.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
            Assert.That(again.Text(".payment-error"), Does.Contain("changed since you reviewed it").And.Contain("Nothing was charged"));
            Assert.That(again.Text(".ship-to"), Does.Contain("Wien").And.Contain("Austria"), "the review again, of what Pay would now place");
            Assert.That(await App.WithDbAsync(db => db.Orders.CountAsync(o => o.Email == email)), Is.Zero, "no order, no charge");
        });
        var confirmed = await shopper.PayAsync(again, TestNonces.Valid);
        Assert.That(confirmed.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That((await App.OrderOfAsync(email)).ShippingAddress.CountryCode, Is.EqualTo("AT"));
    }

    [Test]
    public async Task A_reduced_rate_product_pays_7_percent_and_its_weight_prices_the_shipping()
    {
        var (_, _, id) = await App.ProductAsync(1);
        await App.WithDbAsync(async db =>
        {
            var product = await db.Products.SingleAsync(p => p.Id == id);
            product.Classify(TaxClass.Reduced, 2500);
            await db.SaveChangesAsync();
        });
        var email = Accounts.UniqueEmail("book");
        var (review, price) = await ReviewAsync(email, Buyer(email, "DE", "Munich", "80331"), product: 1);
        Assert.That(review.Text(".review-shipping"), Is.EqualTo(Eur(6.95m)), "2.5 kg: the band from 2 kg");
        Assert.That(review.Texts(".tax-rate"), Is.EqualTo(new[] { "Includes VAT 7%" }), "shipping follows the goods it carries: the book's reduced rate");
        Assert.That(review.Texts(".tax-amount"), Is.EqualTo(new[] { Eur(Cents((price + 6.95m) * 0.07m / 1.07m)) }));
    }

    [Test]
    public async Task A_country_outside_every_zone_and_a_method_a_zone_does_not_offer_are_refused_with_a_reason()
    {
        var email = Accounts.UniqueEmail("far");
        var (slug, _, _) = await App.ProductAsync();
        using var shopper = new Shopper(App.Browser());
        await shopper.AddToCartAsync(slug);

        var japan = await shopper.Client.SubmitFormAsync("/checkout", "form.checkout-address", Buyer(email, "JP", "Tokyo", "100-0001"));
        Assert.That(japan.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        var page = await japan.ReadHtmlAsync();
        Assert.That(page.Text(".no-shipping"), Is.EqualTo("We do not ship to Japan yet."));
        Assert.That(page.Text("[data-valmsg-for='Form.ShippingMethod']"), Is.EqualTo("Standard shipping is not offered to Japan."));

        var express = await shopper.Client.SubmitFormAsync("/checkout", "form.checkout-address", Buyer(email, "FR", "Paris", "75001", method: "Express"));
        Assert.That(express.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        page = await express.ReadHtmlAsync();
        Assert.That(page.Texts("input[name='Form.ShippingMethod']").Count, Is.EqualTo(1), "France gets standard only");
        Assert.That(page.Text("[data-valmsg-for='Form.ShippingMethod']"), Is.EqualTo("Express shipping is not offered to France."));
        var standard = page.QuerySelector("input[name='Form.ShippingMethod']")!;
        Assert.Multiple(() =>
        {
            Assert.That(standard.GetAttribute("aria-invalid"), Is.EqualTo("true"), "a screen reader hears the choice is wrong");
            Assert.That(standard.GetAttribute("aria-describedby"), Is.EqualTo("Form_ShippingMethod-error"));
            Assert.That(page.GetElementById("Form_ShippingMethod-error")?.TextContent, Is.EqualTo("Express shipping is not offered to France."));
            Assert.That(standard.Id, Is.EqualTo("ship-standard"));
        });
    }

    [Test]
    public async Task A_VAT_number_of_the_wrong_shape_is_refused_with_a_message()
    {
        var email = Accounts.UniqueEmail("vat");
        var (slug, _, _) = await App.ProductAsync();
        using var shopper = new Shopper(App.Browser());
        await shopper.AddToCartAsync(slug);
        var response = await shopper.Client.SubmitFormAsync("/checkout", "form.checkout-address", Buyer(email, "FR", "Paris", "75001", vatNumber: "FR123"));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((await response.ReadHtmlAsync()).Text("[data-valmsg-for='Form.VatNumber']"), Is.EqualTo(Shop.Web.Checkout.CheckoutFormValidator.VatNumberInvalid));
    }

    [Test]
    public async Task The_footer_promises_the_delivery_time_of_the_shops_own_zone()
    {
        var (_, home) = await Visitor.GetPageAsync("/");
        Assert.That(home.Text(".delivery-promise"), Is.EqualTo("Delivered within 2 working days."));
    }
}
