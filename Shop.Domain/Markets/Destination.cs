using Shop.Domain.Checkout;

namespace Shop.Domain.Markets;

/// <summary>
/// Who buys and where it goes, as far as tax and shipping care. No address yet (the cart page): the shop's own country.
/// <see cref="BillTo"/> is the billing address when it differs from the delivery address (null: the same).
/// </summary>
public sealed record Destination(Address? ShipTo, string? VatNumber = null, Address? BillTo = null)
{
    public static Destination Unknown { get; } = new(ShipTo: null);

    /// <summary>
    /// The address whose rate a line pays: shipped goods and shipping the delivery address, digital goods the billing
    /// address (or the delivery address when there is no other).
    /// </summary>
    public Address? TaxedAt(TaxableLine line) => line.IsDigital ? BillTo ?? ShipTo : ShipTo;
}
