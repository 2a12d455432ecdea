using Shop.Domain.Checkout;

namespace Shop.Domain.Markets;

/// <summary>A way to ship an order to an address as the checkout offers it: "DHL Paket, 4.95, within 2 working days".</summary>
public sealed record ShippingOffer(ShippingMethod Method, string Name, Money Cost, DeliveryPromise Promise)
{
    public string Describe() => Promise.Describe(Method);
}
