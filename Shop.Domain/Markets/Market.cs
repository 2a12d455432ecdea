using Shop.Domain.Checkout;

namespace Shop.Domain.Markets;

/// <summary>The shop's terms of sale by destination: what shipping it offers where, and how it taxes.</summary>
public sealed record Market(ShippingTable Shipping, TaxPolicy Tax)
{
    /// <summary>One tax rate and flat shipping everywhere: the shop before zones, and any shop that sets none up.</summary>
    public static Market Single(ShippingRates rates, TaxRule tax, DeliveryPromise? promise = null) =>
        new(ShippingTable.Single(rates, promise ?? new DeliveryPromise(3, 1)), TaxPolicy.Single(tax));
}
