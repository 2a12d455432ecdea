using System.Globalization;
using Shop.Domain.Checkout;
using Shop.Tests.Orders;

namespace Shop.Tests.Admin;

/// <summary>Saved business and delivery settings reach what an order prints: the confirmation's delivery day and a new invoice.</summary>
public class BusinessSettingsOnPaperTests : OrdersFixture
{
    [Test]
    public async Task A_new_invoice_and_the_confirmation_follow_the_saved_business_and_delivery_settings()
    {
        using var admin = await App.CreateAccountAndSignInAsync(Accounts.UniqueEmail("admin"), Roles.Admin);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var holiday = new DeliveryPromise(5, 2).ArrivesBy(ShippingMethod.Standard, today); // moves the promise a working day on
        var saved = await BusinessSettingsTests.SaveAsync(admin, ("BusinessName", "Babbage Analytical Ltd"), ("Address", "7 Gear Row\nLondon N1 9GU"),
            ("TaxId", "GB999999973"), ("Register", "Companies House 01234567"), ("InvoicePrefix", "BA-"), ("StandardDays", "5"), ("ExpressDays", "2"),
            ("Holidays", holiday.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        Assert.That(saved.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), await saved.Content.ReadAsStringAsync());

        using var shopper = App.Browser();
        var number = await PlaceOrderAsync(Unique("paper"), client: shopper);
        var (_, confirmation) = await shopper.GetPageAsync($"/checkout/confirmation/{number}");
        var invoice = await Staff.GetAsync($"/admin/orders/{number}/invoice");
        var text = string.Join("\n", await PdfText.PagesAsync(invoice));
        var arrives = new DeliveryPromise(5, 2).ArrivesBy(ShippingMethod.Standard, today, new HashSet<DateOnly> { holiday });

        Assert.Multiple(() =>
        {
            Assert.That(confirmation.Text(".delivery-estimate"), Does.Contain("within 5 working days: arrives by")
                .And.Contain(arrives.ToString("dddd d MMMM", CultureInfo.GetCultureInfo("en-US"))));
            Assert.That(text, Does.Contain("Babbage Analytical Ltd").And.Contain("7 Gear Row").And.Contain("London N1 9GU"));
            Assert.That(text, Does.Contain("GB999999973").And.Contain("Companies House 01234567"));
            Assert.That(text, Does.Match(@"BA-\d{6}"), "the invoice number's prefix");
        });
    }
}
