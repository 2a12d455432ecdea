namespace Shop.Domain.Checkout;

/// <summary>How an order travels. Costs come from <see cref="ShippingRates"/>.</summary>
public enum ShippingMethod
{
    Standard = 1,
    Express = 2,
}
