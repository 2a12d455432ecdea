using Shop.Domain.Checkout;

namespace Shop.Domain.Markets;

/// <summary>
/// A way to ship an order to an address as the checkout offers it: "DHL Paket, within 2 working days: 4.95 (free from
/// 50.00)".
/// </summary>
public sealed record ShippingOffer(ShippingMethod Method, string Name, Money Cost, DeliveryPromise Promise, Money? FreeFrom = null)
{
    public string Describe() => Promise.Describe(Method);
}
