using Shop.Domain.Markets;
using static Shop.Tests.Checkout.MarketBuyers;

namespace Shop.Tests.Checkout;

/// <summary>
/// A German shop (prices include VAT) selling an e-book, which is taxed where the buyer is billed, and a printed book,
/// taxed where it is delivered; an order of digital goods only asks for no shipping and pays none.
/// </summary>
public class DigitalGoodsCheckoutTests : ShopFixture
{
    protected override Dictionary<string, string?> Settings => new()
    {
        ["Shop:Currency"] = "EUR",
        ["Shop:Tax:Rate"] = "0.19",
        ["Shop:Tax:PricesIncludeTax"] = "true",
        ["Shop:Tax:ShopCountry"] = "DE",
    };

    private (string Slug, decimal Price) _eBook, _printedBook;

    [OneTimeSetUp]
    public async Task ArrangeAsync()
    {
        await App.LoadDemoMarketsAsync();
        var (eBookSlug, eBookPrice, eBookId) = await App.ProductAsync(0);
        var (bookSlug, bookPrice, bookId) = await App.ProductAsync(1);
        await App.WithDbAsync(async db =>
        {
            var eBook = await db.Products.SingleAsync(p => p.Id == eBookId);
            eBook.Classify(TaxClass.Reduced, eBook.WeightGrams);
            eBook.MarkDigital(true);
            var book = await db.Products.SingleAsync(p => p.Id == bookId);
            book.Classify(TaxClass.Reduced, 500);
            await db.SaveChangesAsync();
        });
        (_eBook, _printedBook) = ((eBookSlug, eBookPrice), (bookSlug, bookPrice));
    }

    private static string Eur(decimal amount) => new Money(amount, "EUR").ToString();

    private static decimal VatWithin(decimal gross, decimal rate) => Cents(gross * rate / (1m + rate));

    [Test]
    public async Task A_buyer_delivered_in_France_and_billed_in_Austria_pays_Austrian_VAT_on_the_e_book_and_French_on_the_rest()
    {
        var email = Accounts.UniqueEmail("ebook");
        using var shopper = new Shopper(App.Browser());
        await shopper.AddToCartAsync(_eBook.Slug);
        await shopper.AddToCartAsync(_printedBook.Slug);
        var address = Buyer(email, "FR", "Paris", "75001");
        address["Form.BillingSameAsDelivery"] = "false";
        address["Form.Billing.FullName"] = "Buyer AT";
        address["Form.Billing.Line1"] = "1 Ring";
        address["Form.Billing.City"] = "Wien";
        address["Form.Billing.PostalCode"] = "1010";
        address["Form.Billing.CountryCode"] = "AT";
        var review = await shopper.EnterAddressAsync(address);

        var total = _eBook.Price + _printedBook.Price + 9.95m; // DHL Europe, under 2 kg
        Assert.Multiple(() =>
        {
            Assert.That(review.Text(".review-shipping"), Is.EqualTo(Eur(9.95m)));
            Assert.That(review.Texts(".tax-rate"), Is.EqualTo(new[] { "Includes VAT 10% (AT)", "Includes VAT 5.5% (FR)" }),
                "the e-book Austrian reduced, the printed book and the shipping that carries it French reduced: owed to two countries, each row names its own");
            Assert.That(review.Texts(".tax-amount"), Is.EqualTo(new[]
            {
                Eur(VatWithin(_eBook.Price, 0.10m)), Eur(VatWithin(_printedBook.Price + 9.95m, 0.055m)),
            }));
            Assert.That(review.Text(".review-total"), Is.EqualTo(Eur(total)));
        });

        var paid = await shopper.PayAsync(review, TestNonces.Valid);
        Assert.That(paid.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        var confirmation = await shopper.Client.FollowAsync(paid);
        var order = await App.OrderOfAsync(email);
        Assert.Multiple(() =>
        {
            Assert.That(confirmation.Texts(".tax-row td:first-child"), Is.EqualTo(review.Texts(".tax-rate")));
            Assert.That(App.Charged(order.Number), Is.EqualTo(new Money(total, "EUR")), "charged what was reviewed");
            Assert.That(order.TaxLines.Select(t => (t.Label, t.Country)), Is.EqualTo(new[] { ("VAT 10%", "AT"), ("VAT 5.5%", "FR") }));
            Assert.That((order.ShippingAddress.CountryCode, order.BillTo.CountryCode), Is.EqualTo(("FR", "AT")));
        });
    }

    [Test]
    public async Task An_Austrian_business_delivered_in_France_is_reverse_charged_on_the_e_book_only()
    {
        var email = Accounts.UniqueEmail("ebook-b2b");
        using var shopper = new Shopper(App.Browser());
        await shopper.AddToCartAsync(_eBook.Slug);
        await shopper.AddToCartAsync(_printedBook.Slug);
        var address = Buyer(email, "FR", "Paris", "75001", vatNumber: "ATU12345678");
        address["Form.BillingSameAsDelivery"] = "false";
        address["Form.Billing.FullName"] = "Firma GmbH";
        address["Form.Billing.Line1"] = "1 Ring";
        address["Form.Billing.City"] = "Wien";
        address["Form.Billing.PostalCode"] = "1010";
        address["Form.Billing.CountryCode"] = "AT";
        var review = await shopper.EnterAddressAsync(address);

        var total = _eBook.Price - VatWithin(_eBook.Price, 0.10m) + _printedBook.Price + 9.95m;
        Assert.Multiple(() =>
        {
            Assert.That(review.Texts(".tax-rate"), Is.EqualTo(new[] { Shop.Web.Shared.TaxRows.ReverseCharge, "Includes VAT 5.5%" }),
                "no VAT on the e-book billed to the buyer's own country; French reduced VAT on the printed book and the shipping that carries it");
            Assert.That(review.Text(".review-total"), Is.EqualTo(Eur(total)), "the Austrian VAT comes out of the e-book's price");
        });
        var paid = await shopper.PayAsync(review, TestNonces.Valid);
        Assert.That(paid.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        var order = await App.OrderOfAsync(email);
        Assert.That((order.ReverseCharge, order.TaxLines.Count, order.Total), Is.EqualTo((true, 1, new Money(total, "EUR"))));
    }

    [Test]
    public async Task An_order_of_only_an_e_book_asks_for_a_billing_address_and_no_shipping_and_pays_none()
    {
        var email = Accounts.UniqueEmail("ebook-only");
        using var shopper = new Shopper(App.Browser());
        await shopper.AddToCartAsync(_eBook.Slug);
        var (_, step) = await shopper.Client.GetPageAsync("/checkout");
        Assert.Multiple(() =>
        {
            Assert.That(step.Text("h1"), Is.EqualTo("Where should we send the bill?"));
            Assert.That(step.QuerySelectorAll("input[name='Form.ShippingMethod']"), Is.Empty, "no shipping method to pick");
            Assert.That(step.QuerySelector("input[name='Form.BillingSameAsDelivery']"), Is.Null, "the address is the billing address");
            Assert.That(step.Text(".order-summary"), Does.Contain("tax and total on the next step").And.Not.Contain("shipping"));
            Assert.That(step.Text("label[for='Form_Phone']"), Is.EqualTo("Phone (optional)"), "no courier comes");
        });

        var address = Buyer(email, "AT", "Wien", "1010");
        address.Remove("Form.ShippingMethod");
        var review = await shopper.Client.FollowAsync(await shopper.Client.SubmitFormAsync(step, "form.checkout-address", address));
        Assert.Multiple(() =>
        {
            Assert.That(review.QuerySelector(".review-shipping"), Is.Null);
            Assert.That(review.Texts(".tax-rate"), Is.EqualTo(new[] { "Includes VAT 10%" }));
            Assert.That(review.Text(".review-total"), Is.EqualTo(Eur(_eBook.Price)));
        });

        var confirmation = await shopper.Client.FollowAsync(await shopper.PayAsync(review, TestNonces.Valid));
        var order = await App.WithDbAsync(db => db.Orders.Include(o => o.Lines).SingleAsync(o => o.Email == email));
        Assert.Multiple(() =>
        {
            Assert.That((order.ShippingCost.IsZero, order.ShipsNothing, order.Total), Is.EqualTo((true, true, new Money(_eBook.Price, "EUR"))));
            Assert.That(confirmation.Text(".delivery-estimate"), Is.EqualTo("Digital goods: nothing is shipped."));
            Assert.That(confirmation.Texts(".order-lines tfoot td:first-child"), Has.None.StartsWith("Shipping"));
        });
        var mail = App.LastMailTo(email).TextBody;
        Assert.That(mail, Does.Contain("Billing address: Buyer AT, 1 Market Street").And.Not.Contain("Shipping"));
    }
}
