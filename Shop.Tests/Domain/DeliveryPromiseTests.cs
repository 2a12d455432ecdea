using Shop.Domain.Checkout;

namespace Shop.Tests.Domain;

public class DeliveryPromiseTests
{
    [Test]
    public void Delivery_is_promised_in_working_days()
    {
        var promise = new DeliveryPromise(3, 1);
        var friday = new DateOnly(2026, 12, 4);
        Assert.That(promise.ArrivesBy(ShippingMethod.Standard, friday), Is.EqualTo(new DateOnly(2026, 12, 9)), "Mon, Tue, Wed");
        Assert.That(promise.ArrivesBy(ShippingMethod.Express, friday), Is.EqualTo(new DateOnly(2026, 12, 7)));
        Assert.That(promise.Describe(ShippingMethod.Express), Is.EqualTo("next working day"));
        Assert.Throws<DomainException>(() => _ = new DeliveryPromise(1, 2));
    }

    [Test]
    public void Holidays_are_not_working_days()
    {
        var promise = new DeliveryPromise(3, 1);
        var christmasEve = new DateOnly(2026, 12, 24); // a Thursday
        HashSet<DateOnly> holidays = [new(2026, 12, 25), new(2026, 12, 26), new(2027, 1, 1)];
        Assert.That(promise.ArrivesBy(ShippingMethod.Standard, christmasEve, holidays), Is.EqualTo(new DateOnly(2026, 12, 30)),
            "Fri 25 and Sat 26 are not counted, nor Sun 27: Mon 28, Tue 29, Wed 30");
        Assert.That(promise.ArrivesBy(ShippingMethod.Express, christmasEve, holidays), Is.EqualTo(new DateOnly(2026, 12, 28)));
        Assert.That(promise.ArrivesBy(ShippingMethod.Express, new DateOnly(2026, 12, 31), holidays), Is.EqualTo(new DateOnly(2027, 1, 4)));
        Assert.That(promise.ArrivesBy(ShippingMethod.Standard, christmasEve), Is.EqualTo(new DateOnly(2026, 12, 29)), "without holidays: Fri, Mon, Tue");
    }
}
