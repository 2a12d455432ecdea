using Shop.Domain.Checkout;

namespace Shop.Domain.Markets;

/// <summary>Who buys and where it goes, as far as tax and shipping care. No address yet (the cart page): the shop's own country.</summary>
public sealed record Destination(Address? ShipTo, string? VatNumber = null)
{
    public static Destination Unknown { get; } = new(ShipTo: null);
}
