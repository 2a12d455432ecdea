using System.Globalization;
using Shop.Domain.Checkout;

namespace Shop.Tests.Checkout;

/// <summary><c>Shop:Shipping:Holidays</c>: the confirmation's "arrives by" does not count them as working days.</summary>
public class HolidayDeliveryTests : ShopFixture
{
    // The next five days after today (the shop keeps UTC here): whichever are weekdays push the promised day back.
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);
    private static readonly HashSet<DateOnly> Holidays = Enumerable.Range(1, 5).Select(Today.AddDays).ToHashSet();

    protected override Dictionary<string, string?> Settings =>
        Holidays.Select((day, i) => KeyValuePair.Create($"Shop:Shipping:Holidays:{i}", (string?)day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)))
            .ToDictionary();

    [Test]
    public async Task The_day_an_order_arrives_by_skips_the_shops_holidays()
    {
        var slug = await App.WithDbAsync(db => db.Products.Where(p => !p.Options.Any() && p.Variants.Sum(v => v.StockOnHand) > 5)
            .OrderBy(p => p.Id).Select(p => p.Slug).FirstAsync());
        using var shopper = new Shopper(App.Browser());
        await shopper.AddToCartAsync(slug);
        var confirmation = await shopper.Client.FollowAsync(await shopper.CheckoutAsync(TestNonces.Valid));

        var placed = await App.WithDbAsync(db => db.Orders.Select(o => o.PlacedAt).SingleAsync());
        var day = DateOnly.FromDateTime(placed.UtcDateTime);
        var promise = new DeliveryPromise(3, 1);
        var arrives = promise.ArrivesBy(ShippingMethod.Standard, day, Holidays);
        Assert.That(arrives, Is.GreaterThan(promise.ArrivesBy(ShippingMethod.Standard, day)), "five days off always hold a weekday");
        Assert.That(confirmation.Text(".delivery-estimate"), Does.EndWith($"arrives by {arrives.ToString("dddd d MMMM", CultureInfo.InvariantCulture)}."));
    }
}
