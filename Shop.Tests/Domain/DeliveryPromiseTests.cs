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
}
